package th.ac.ums.model.validation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Field rules shared by the sync server and the desktop client, so that the desktop shows
 * the same message the server would answer. Each method adds at most one error per field.
 */
public final class Rules {
    /** Pragmatic email shape (RFC 5321 lengths, one @, a dot in the domain, no spaces). */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern STUDENT_CODE = Pattern.compile("^[0-9]{8}$");
    /** Thai numbers: mobile 0[689]xxxxxxxx or landline 0xxxxxxxx, dashes/spaces allowed, or +66. */
    private static final Pattern PHONE = Pattern.compile("^(?:\\+66|0)[0-9](?:[ -]?[0-9]){7,8}$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200B-\\u200D]]");
    public static final int MAX_EMAIL = 254;
    /**
     * The dates (and days of timestamps) any body may hold: outside them is a typing error. Each field
     * then has its own plausible range ({@link DateRules}); the upper bound lets a Buddhist Era year
     * (2569) reach that check, which says which year to write instead.
     */
    public static final java.time.LocalDate EARLIEST_DATE = java.time.LocalDate.of(1900, 1, 1);
    public static final java.time.LocalDate LATEST_DATE = java.time.LocalDate.of(2799, 12, 31);

    /** Whether a date is within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static boolean plausible(java.time.LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    private Rules() {
    }

    public static boolean required(Errors errors, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(field, "is required");
            return false;
        }
        return true;
    }

    public static void email(Errors errors, String field, String value) {
        if (!required(errors, field, value)) {
            return;
        }
        if (EmailAddress.hasHiddenOrLookAlikeCharacters(value)) {
            errors.add(field, "must not contain invisible, full-width or other look-alike characters");
        } else if (value.length() > MAX_EMAIL) {
            errors.add(field, "must be at most " + MAX_EMAIL + " characters");
        } else if (!EMAIL.matcher(value).matches()) {
            errors.add(field, "must be a valid email address");
        }
    }

    public static void studentCode(Errors errors, String field, String value) {
        if (required(errors, field, value) && !STUDENT_CODE.matcher(value).matches()) {
            errors.add(field, "must be exactly 8 digits");
        }
    }

    public static void optionalPhone(Errors errors, String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            errors.add(field, "must be a Thai phone number such as 081-234-5678");
        }
    }

    /** A person or place name: required, at most {@code max} characters, no control characters. */
    public static void name(Errors errors, String field, String value, int max) {
        if (required(errors, field, value)) {
            text(errors, field, value, max);
        }
    }

    /** Free text: at most {@code max} characters (code points), no control characters. */
    public static void text(Errors errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (!UnicodeText.isWellFormed(value)) {
            errors.add(field, "must be valid Unicode text");
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(field, "must be at most " + max + " characters");
        } else if (CONTROL.matcher(value.replace("\n", "").replace("\t", "")).find()) {
            errors.add(field, "must not contain control characters");
        }
    }

    /** Name written in Thai script (Thai letters, spaces, dots and hyphens). */
    public static void thaiName(Errors errors, String field, String value, int max) {
        name(errors, field, value, max);
        if (value != null && !errors.has(field) && !value.matches("^[\\u0E00-\\u0E7F .\\-]+$")) {
            errors.add(field, "must be written in Thai");
        }
    }

    /** Name written in Latin script. */
    public static void latinName(Errors errors, String field, String value, int max) {
        name(errors, field, value, max);
        if (value != null && !errors.has(field) && !value.matches("^[\\p{IsLatin} .'\\-]+$")) {
            errors.add(field, "must be written in English letters");
        }
    }

    /** Money in THB: positive, at most two decimals, below one billion. */
    public static void positiveMoney(Errors errors, String field, BigDecimal value) {
        if (!required(errors, field, value)) {
            return;
        }
        if (value.signum() <= 0) {
            errors.add(field, "must be greater than 0");
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(field, "must have at most two decimals");
        } else if (value.compareTo(new BigDecimal("999999999.99")) > 0) {
            errors.add(field, "is too large");
        }
    }

    /** Parses money sent as a JSON string ("1500.00"); adds an error and returns null when it is not. */
    public static BigDecimal parseMoney(Errors errors, String field, String value) {
        if (!required(errors, field, value)) {
            return null;
        }
        if (!value.matches("^-?[0-9]{1,12}(\\.[0-9]{1,2})?$")) {
            errors.add(field, "must be an amount in THB such as \"1500.00\"");
            return null;
        }
        return new BigDecimal(value);
    }

    public static void range(Errors errors, String field, Integer value, int min, int max) {
        if (required(errors, field, value) && (value < min || value > max)) {
            errors.add(field, "must be between " + min + " and " + max);
        }
    }

    public static <E extends Enum<E>> E oneOf(Errors errors, String field, String value, Class<E> type) {
        if (!required(errors, field, value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
