package th.ac.ums.server.paging;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import th.ac.ums.model.validation.Values;
import th.ac.ums.server.domain.Refusal;

/**
 * A whitelisted filter: query parameter, SQL condition (a column compared for equality, or an
 * expression with its own placeholders), and how to parse and check the value. A parser may
 * answer {@link Bound} to give each placeholder of the expression its own value. A search filter
 * treats an empty value as "no search"; every other filter refuses it (see {@link QueryParams}).
 */
public record Filter(String param, String column, Function<String, Object> parser, boolean search) {

    /** Values for each placeholder of a filter's expression, in order. */
    public record Bound(List<Object> values) {
    }

    public static Filter id(String param, String column) {
        return new Filter(param, column,
                raw -> Values.id(raw).orElseThrow(() -> Refusal.invalid(param, Values.ID_RULE)), false);
    }

    public static <E extends Enum<E>> Filter oneOf(String param, String column, Class<E> type) {
        return new Filter(param, column, raw -> Values.oneOf(raw, type).map(Enum::name)
                .orElseThrow(() -> Refusal.invalid(param, Values.oneOfRule(type))), false);
    }

    public static Filter bool(String param, String column) {
        return new Filter(param, column,
                raw -> Values.bool(raw).orElseThrow(() -> Refusal.invalid(param, Values.BOOLEAN_RULE)), false);
    }

    /**
     * {@code true} or {@code false}: the column holds one of {@code whenTrue}'s values, or one of the
     * others. Written as {@code column IN (…)} over the enum's values (so an index on the column
     * serves it, and a contradiction with an equality filter on the same column is seen by the
     * optimizer as an impossible range instead of a walk of the whole sort index).
     */
    public static <E extends Enum<E>> Filter inSet(String param, String column, Class<E> type, Set<E> whenTrue) {
        E[] all = type.getEnumConstants();
        String expression = column + " IN (" + String.join(", ", java.util.Collections.nCopies(all.length, "?")) + ")";
        return new Filter(param, expression, raw -> {
            boolean yes = Values.bool(raw).orElseThrow(() -> Refusal.invalid(param, Values.BOOLEAN_RULE));
            List<Object> values = new java.util.ArrayList<>();
            for (E e : all) {
                if (whenTrue.contains(e) == yes) {
                    values.add(e.name());
                }
            }
            while (values.size() < all.length) {
                values.add(values.get(0));
            }
            return new Bound(values);
        }, false);
    }

    /**
     * A date {@code YYYY-MM-DD} of a real day from 1900 to 2199, bound to the one placeholder of
     * {@code expression} (for example {@code "i.due_date >= ?"}: a range, which an index on the
     * column serves).
     */
    public static Filter date(String param, String expression) {
        return date(param, expression, date -> date);
    }

    /**
     * A date as {@link #date(String, String)} reads and checks it, bound as {@code bind} makes it (for
     * example the first instant of that day in the university's time zone, for a column of instants).
     */
    public static Filter date(String param, String expression, Function<java.time.LocalDate, Object> bind) {
        return new Filter(param, expression, raw -> {
            java.time.LocalDate date = null;
            if (raw.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
                try {
                    date = java.time.LocalDate.parse(raw, java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT));
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
            }
            if (date == null) {
                throw Refusal.invalid(param, "must be a date YYYY-MM-DD");
            }
            th.ac.ums.model.validation.Errors errors = new th.ac.ums.model.validation.Errors();
            th.ac.ums.model.validation.DateRules.within(errors, param, date, java.time.LocalDate.of(1900, 1, 1),
                    java.time.LocalDate.of(2199, 12, 31));
            if (!errors.isEmpty()) {
                throw Refusal.invalid(errors.list());
            }
            return bind.apply(date);
        }, false);
    }

    /** Exact text (trimmed), at most {@code maxLength} characters. */
    public static Filter text(String param, String column, int maxLength) {
        return new Filter(param, column, raw -> {
            String value = raw.trim();
            if (value.codePointCount(0, value.length()) > maxLength) {
                throw Refusal.invalid(param, "must be at most " + maxLength + " characters");
            }
            return value;
        }, false);
    }

    /**
     * A search box: trimmed, at most {@code maxLength} characters, empty means no search; {@code bind}
     * turns the text into the expression's values (for example LIKE prefixes of its canonical forms).
     */
    public static Filter search(String param, String expression, int maxLength, Function<String, List<Object>> bind) {
        return new Filter(param, expression, raw -> {
            String value = raw.trim();
            if (value.codePointCount(0, value.length()) > maxLength) {
                throw Refusal.invalid(param, "must be at most " + maxLength + " characters");
            }
            return new Bound(bind.apply(value));
        }, true);
    }

    /** A LIKE pattern matching values that start with {@code text} (its wildcards escaped). */
    public static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    Object parse(QueryParams query) {
        return (search ? query.search(param) : query.value(param)).map(parser).orElse(null);
    }
}
