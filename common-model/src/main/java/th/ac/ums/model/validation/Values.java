package th.ac.ums.model.validation;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The grammar of single values in a request (a query parameter, a path segment, a header): exact,
 * with no spaces around a value and no other spelling or case. Each check answers the value or
 * nothing; what a refusal means (400 with the parameter named, or 404 for a path) is the caller's.
 */
public final class Values {
    /** What an id must be, as a field error says it. */
    public static final String ID_RULE = "must be a record id (a positive whole number)";
    /** What a boolean must be, as a field error says it. */
    public static final String BOOLEAN_RULE = "must be true or false";

    private static final Pattern ID = Pattern.compile("^[1-9][0-9]{0,17}$");
    private static final Pattern VERSION = Pattern.compile("^(0|[1-9][0-9]{0,17})$");
    private static final Pattern WHOLE = Pattern.compile("^-?[0-9]+$");

    private Values() {
    }

    /** A record id: a positive whole number of at most 18 digits, without sign, leading zero or spaces. */
    public static Optional<Long> id(String raw) {
        return raw != null && ID.matcher(raw).matches() ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }

    /** A record version: 0 or a positive whole number of at most 18 digits, nothing around it. */
    public static Optional<Long> version(String raw) {
        return raw != null && VERSION.matcher(raw).matches() ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }

    /** {@code true} or {@code false}, spelled exactly so. */
    public static Optional<Boolean> bool(String raw) {
        if ("true".equals(raw)) {
            return Optional.of(Boolean.TRUE);
        }
        return "false".equals(raw) ? Optional.of(Boolean.FALSE) : Optional.empty();
    }

    /** The constant of {@code type} named exactly {@code raw} (case and all). */
    public static <E extends Enum<E>> Optional<E> oneOf(String raw, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** What a value of {@code type} must be, as a field error says it: {@code must be one of [A, B]}. */
    public static String oneOfRule(Class<? extends Enum<?>> type) {
        return "must be one of " + Arrays.toString(type.getEnumConstants());
    }

    /** Whether {@code raw} is a whole number (digits, perhaps after a minus sign), of any length. */
    public static boolean wholeNumber(String raw) {
        return raw != null && WHOLE.matcher(raw).matches();
    }

    /**
     * A page size: a whole number of at least 1, any number of digits, above {@code max} counting as
     * {@code max}; nothing for anything else (zero, negative, not a whole number).
     */
    public static Optional<Integer> limit(String raw, int max) {
        if (!wholeNumber(raw) || raw.startsWith("-") || raw.matches("^0+$")) {
            return Optional.empty();
        }
        String digits = raw.replaceFirst("^0+", "");
        return Optional.of(digits.length() > 9 ? max : Math.min(Integer.parseInt(digits), max));
    }
}
