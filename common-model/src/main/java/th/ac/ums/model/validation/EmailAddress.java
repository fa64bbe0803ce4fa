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
        raw.codePoints().filter(cp -> !UnicodeText.isHidden(cp)).forEach(visible::appendCodePoint);
        String normal = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        return trimSpace(normal).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code raw} holds a character that makes it look like another address: a hidden
     * (default-ignorable or format) character, or one that NFKC changes (full-width letters,
     * ligatures, a no-break space). Such an address is refused when an account is created.
     */
    public static boolean hasHiddenOrLookAlikeCharacters(String raw) {
        return raw.codePoints().anyMatch(UnicodeText::isHidden)
                || !Normalizer.isNormalized(raw, Normalizer.Form.NFKC);
    }

    private static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && UnicodeText.isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && UnicodeText.isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
