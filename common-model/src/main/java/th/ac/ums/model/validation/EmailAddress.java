package th.ac.ums.model.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonical form of an e-mail address. Login, both login limits, uniqueness on create,
 * patch and import, searches and the audit trail compare addresses only in this form, so that
 * an address typed with an invisible character, a byte-order mark, a no-break space or in
 * full-width letters is the same account (and the same login limit) as the plain spelling.
 *
 * <p>Steps: default-ignorable and format characters are removed; the rest is normalised to
 * NFKC (full-width and other compatibility letters become their plain forms, a no-break space a
 * space); every kind of Unicode white space is trimmed from both ends; letters are lowered
 * with {@link Locale#ROOT} (no Turkish dotless i surprises).
 */
public final class EmailAddress {
    private EmailAddress() {
    }

    /** The canonical form of {@code raw}; null stays null. */
    public static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder visible = new StringBuilder(raw.length());
        raw.codePoints().filter(cp -> !isHidden(cp)).forEach(visible::appendCodePoint);
        String normal = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        return trimSpace(normal).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code raw} holds a character that makes it look like another address: a hidden
     * (default-ignorable or format) character, or one that NFKC changes (full-width letters,
     * ligatures, a no-break space). Such an address is refused when an account is created.
     */
    public static boolean hasHiddenOrLookAlikeCharacters(String raw) {
        return raw.codePoints().anyMatch(EmailAddress::isHidden)
                || !Normalizer.isNormalized(raw, Normalizer.Form.NFKC);
    }

    /**
     * Unicode's Default_Ignorable_Code_Point property and general category Cf (format): zero-width
     * spaces and joiners, the byte-order mark, bidirectional controls, soft hyphen, variation
     * selectors, tags, Hangul fillers.
     */
    static boolean isHidden(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            return true;
        }
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
                || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
