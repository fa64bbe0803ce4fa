package th.ac.ums.client.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money as staff type it, read into what the server takes ({@code "10000.00"}): digits with or
 * without grouping ({@code 10,000}, {@code 10 000}), up to two decimals ({@code 10,000.50}), spaces
 * around, and the currency before or after ({@code ฿10,000}, {@code 10,000 บาท}, {@code 10000 THB}).
 * Anything else (letters, a minus sign, grouping in the wrong place such as {@code 1,00}, three
 * decimals, two points) is refused: the form marks the field before anything is sent. Every money
 * field of the console reads through here.
 */
public final class Money {
    /** A whole part: plain digits, or groups of three after one to three digits (comma, space or thin space between). */
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|\\d{1,3}(?:[, \\u00A0\\u202F\\u2009]\\d{3})+)(?:\\.(\\d{1,2}))?");
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private Money() {
    }

    /** The amount in the server's form ({@code "10000.00"}), or empty when it is not an amount. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().replace('\u00A0', ' ');
        s = strip(s, "฿");
        s = strip(s, "บาท");
        s = strip(s, "THB");
        s = strip(s, "฿");
        if (s.isEmpty() || !AMOUNT.matcher(s).matches()) {
            return Optional.empty();
        }
        String digits = s.replaceAll("[, \\u202F\\u2009]", "");
        BigDecimal v = new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY);
        if (v.compareTo(LIMIT) >= 0) {
            return Optional.empty();
        }
        return Optional.of(v.toPlainString());
    }

    /**
     * Reads a money field: the amount in the server's form, or null with the field's error put in
     * {@code errors} (in the console's words: not an amount, or not more than 0).
     */
    public static String read(String typed, java.util.Map<String, String> errors, String field) {
        Optional<String> v = parse(typed);
        if (v.isEmpty()) {
            errors.put(field, typed == null || typed.isBlank() ? "server.required" : "money.bad");
            return null;
        }
        if (new BigDecimal(v.get()).signum() <= 0) {
            errors.put(field, "money.notPositive");
            return null;
        }
        return v.get();
    }

    /** Removes a currency written before or after the amount (with or without a space). */
    private static String strip(String s, String currency) {
        if (s.startsWith(currency)) {
            s = s.substring(currency.length()).strip();
        }
        if (s.endsWith(currency)) {
            s = s.substring(0, s.length() - currency.length()).strip();
        }
        return s;
    }
}
