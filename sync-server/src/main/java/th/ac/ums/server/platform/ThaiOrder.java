package th.ac.ums.server.platform;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.HexFormat;
import th.ac.ums.model.validation.TextForm;

/**
 * Thai dictionary order as a sortable column: the ICU (CLDR) Thai collation key of a name,
 * written as lower-case hex in an {@code ascii_bin} column, so that the database orders and
 * indexes it byte by byte on MariaDB and MySQL alike, and keyset cursors carry it as plain text.
 * A leading vowel (เ แ โ ใ ไ) sorts under its consonant (เจริญกุล under จ), ฤ and ฦ after ร and
 * ล, tone marks only break ties. Keys longer than {@link #MAX} characters are cut: such names then
 * tie on the key and are ordered by the next sort column (ties never break paging: the id ends
 * every sort).
 */
public final class ThaiOrder {
    /** The key column's width. */
    public static final int MAX = 255;
    /** Frozen, so one instance serves every thread. */
    private static final Collator COLLATOR = thai();

    private ThaiOrder() {
    }

    private static Collator thai() {
        Collator c = Collator.getInstance(new ULocale("th_TH"));
        c.setStrength(Collator.TERTIARY);
        return c.freeze();
    }

    /** The sort key of a name (null and empty give the empty key). */
    public static String key(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        byte[] bytes = COLLATOR.getCollationKey(TextForm.normalize(name)).toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == 0 ? bytes.length - 1 : bytes.length;
        String hex = HexFormat.of().formatHex(bytes, 0, length);
        return hex.length() > MAX ? hex.substring(0, MAX) : hex;
    }
}
