package th.ac.ums.model.validation;

/**
 * The Thai 13-digit national identification number: the last digit checks the first twelve
 * (each multiplied by 13 down to 2, summed; check = (11 - sum mod 11) mod 10). Personal data under
 * the PDPA: lists and exports show it masked ({@link #mask}).
 */
public final class NationalId {
    private NationalId() {
    }

    /** Whether {@code id} is 13 digits whose last digit checks the others. */
    public static boolean isValid(String id) {
        if (id == null || !id.matches("^[0-9]{13}$")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (id.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == id.charAt(12) - '0';
    }

    /** All but the last four digits hidden: {@code XXXXXXXXX1234}; null stays null. */
    public static String mask(String id) {
        if (id == null || id.length() < 4) {
            return id;
        }
        return "X".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    /** The check digit that completes twelve digits (for test data and the seed). */
    public static char checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return (char) ('0' + (11 - sum % 11) % 10);
    }
}
