package th.ac.ums.model.validation;

import java.text.Normalizer;

/**
 * The one normal form of text, applied to every text field on the way in (server, console and
 * import alike) and to search input, so that two spellings that look the same are the same bytes:
 * Unicode NFC, then the Thai sequences NFC leaves alone —
 * <ul>
 *   <li>a tone mark (่ ้ ๊ ๋) or another upper mark typed before an upper vowel (ั ิ ี ึ ื ็): the vowel
 *       first (NFC already puts lower vowels ุ ู before tone marks);</li>
 *   <li>NIKHAHIT + SARA AA (ํ + า, which looks like ำ) becomes SARA AM ำ, also with a tone mark
 *       typed between or before them (ค ํ ่ า and ค ่ ํ า are ค่ำ);</li>
 *   <li>two SARA E (เ + เ, which looks like แ) become SARA AE แ.</li>
 * </ul>
 */
public final class TextForm {
    private static final char NIKHAHIT = '\u0E4D';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';
    private static final char SARA_E = '\u0E40';
    private static final char SARA_AE = '\u0E41';

    private TextForm() {
    }

    /** The normal form of {@code text}; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (nfc.chars().noneMatch(c -> c >= 0x0E00 && c <= 0x0E7F)) {
            return nfc;
        }
        StringBuilder sb = new StringBuilder(nfc);
        boolean changed = true;
        while (changed) {
            changed = reorderMarks(sb) | composeSaraAm(sb) | composeSaraAe(sb);
        }
        return sb.toString();
    }

    /** Whether {@code text} is already in normal form. */
    public static boolean isNormal(String text) {
        return text == null || text.equals(normalize(text));
    }

    private static boolean isToneOrUpperMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4C';   // tone marks ่ ้ ๊ ๋ and THANTHAKHAT ์
    }

    private static boolean isUpperVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37') || c == '\u0E47';
    }

    private static boolean isLowerVowel(char c) {
        return c >= '\u0E38' && c <= '\u0E3A';
    }

    private static boolean reorderMarks(StringBuilder sb) {
        boolean changed = false;
        for (int i = 0; i + 1 < sb.length(); i++) {
            char a = sb.charAt(i);
            char b = sb.charAt(i + 1);
            if (isToneOrUpperMark(a) && (isUpperVowel(b) || isLowerVowel(b))) {
                sb.setCharAt(i, b);
                sb.setCharAt(i + 1, a);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean composeSaraAm(StringBuilder sb) {
        boolean changed = false;
        for (int i = 0; i + 1 < sb.length(); i++) {
            if (sb.charAt(i) == NIKHAHIT) {
                if (sb.charAt(i + 1) == SARA_AA) {
                    sb.replace(i, i + 2, String.valueOf(SARA_AM));
                    changed = true;
                } else if (i + 2 < sb.length() && isToneOrUpperMark(sb.charAt(i + 1)) && sb.charAt(i + 2) == SARA_AA) {
                    char tone = sb.charAt(i + 1);
                    sb.replace(i, i + 3, "" + tone + SARA_AM);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static boolean composeSaraAe(StringBuilder sb) {
        boolean changed = false;
        for (int i = 0; i + 1 < sb.length(); i++) {
            if (sb.charAt(i) == SARA_E && sb.charAt(i + 1) == SARA_E) {
                sb.replace(i, i + 2, String.valueOf(SARA_AE));
                changed = true;
            }
        }
        return changed;
    }
}
