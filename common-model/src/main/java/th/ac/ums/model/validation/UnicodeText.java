package th.ac.ums.model.validation;

/**
 * Character classes that text checks share: hidden characters (which make two strings look
 * alike), every kind of white space, and well-formed UTF-16.
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /**
     * Unicode's Default_Ignorable_Code_Point property and general category Cf (format): zero-width
     * spaces and joiners, the byte-order mark, bidirectional controls, soft hyphen, variation
     * selectors, tags, Hangul fillers.
     */
    public static boolean isHidden(int cp) {
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

    /** Any Unicode white space, including the no-break spaces Java's isWhitespace leaves out. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Whether every surrogate in {@code s} is half of a pair (a lone one cannot be stored or shown). */
    public static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
