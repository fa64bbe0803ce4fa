package th.ac.ums.server.paging;

import io.helidon.common.uri.UriQuery;
import java.util.Optional;
import java.util.Set;
import th.ac.ums.model.validation.TextForm;
import th.ac.ums.model.validation.Values;
import th.ac.ums.server.domain.Refusal;

/**
 * Typed, validated query parameters; a malformed value is 400 with the parameter named. The
 * rules, the same on every route (docs/api.md, "Query parameters"):
 * <ul>
 *   <li>a parameter the route does not declare, or one given twice, is refused;</li>
 *   <li>a value must be text of at most 200 characters (a cursor 2,000) without control characters or invalid
 *       Unicode (an undecodable percent-escape arrives as U+FFFD and is refused, never searched for);</li>
 *   <li>an empty value is refused ("leave the parameter out"), except the search text {@code q},
 *       where an empty or blank value means no search;</li>
 *   <li>ids, numbers, booleans and enumerations must match their grammar exactly: no spaces around
 *       them, no other spelling or case.</li>
 * </ul>
 */
public final class QueryParams {
    public static final int MAX_VALUE_LENGTH = 200;
    /** A cursor carries the sort's values (Thai sort keys among them), so it may be longer. */
    public static final int MAX_CURSOR_LENGTH = 2_000;
    private final UriQuery query;

    QueryParams(UriQuery query) {
        this.query = query;
    }

    /** The parameters of a request's query. */
    public static QueryParams of(UriQuery query) {
        return new QueryParams(query);
    }

    /** Parameters of a raw query string such as {@code status=ACTIVE&limit=5}. */
    public static QueryParams of(String rawQuery) {
        return new QueryParams(UriQuery.create(rawQuery));
    }

    /** The value as sent (empty when sent empty), after the checks every value gets. */
    private Optional<String> raw(String name) {
        if (!query.contains(name)) {
            return Optional.empty();
        }
        if (query.all(name).size() > 1) {
            throw Refusal.invalid(name, "is given more than once; send it once");
        }
        String value = query.get(name);
        int max = name.equals("cursor") ? MAX_CURSOR_LENGTH : MAX_VALUE_LENGTH;
        if (value.length() > max) {
            throw Refusal.invalid(name, "must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0xFFFD)) {
            throw Refusal.invalid(name, "must not contain control characters or invalid UTF-8");
        }
        return Optional.of(value);
    }

    /** The value exactly as sent (not trimmed); an empty value is refused. */
    public Optional<String> value(String name) {
        return raw(name).map(v -> {
            if (v.isBlank()) {
                throw Refusal.invalid(name, "must not be empty; leave " + name + " out instead");
            }
            return v;
        });
    }

    /** Free text (trimmed, in the normal form of stored text); an empty value is refused. */
    public Optional<String> string(String name) {
        return value(name).map(String::trim).map(TextForm::normalize);
    }

    /** Search text (trimmed, in the normal form of stored text); empty or blank means no search. */
    public Optional<String> search(String name) {
        return raw(name).map(String::trim).filter(v -> !v.isEmpty()).map(TextForm::normalize);
    }

    /** A value that must match {@code grammar} exactly; {@code expected} says what it must be. */
    public Optional<String> exact(String name, String grammar, String expected) {
        return value(name).map(v -> {
            if (!v.matches(grammar)) {
                throw Refusal.invalid(name, expected);
            }
            return v;
        });
    }

    public Optional<Long> id(String name) {
        return value(name).map(v -> Values.id(v).orElseThrow(() -> Refusal.invalid(name, Values.ID_RULE)));
    }

    /**
     * A page size: a whole number of at least 1; above {@code max} counts as {@code max} (any
     * number of digits); absent is {@code dflt}.
     */
    public int limit(String name, int dflt, int max) {
        return value(name).map(v -> {
            if (!Values.wholeNumber(v)) {
                throw Refusal.invalid(name, "must be a whole number from 1 (above " + max + " counts as " + max + ")");
            }
            return Values.limit(v, max).orElseThrow(() -> Refusal.invalid(name, "must be at least 1"));
        }).orElse(dflt);
    }

    public Optional<Boolean> bool(String name) {
        return value(name).map(v -> Values.bool(v).orElseThrow(() -> Refusal.invalid(name, Values.BOOLEAN_RULE)));
    }

    public <E extends Enum<E>> Optional<E> oneOf(String name, Class<E> type) {
        return value(name).map(v -> Values.oneOf(v, type)
                .orElseThrow(() -> Refusal.invalid(name, Values.oneOfRule(type))));
    }

    /**
     * Refuses parameters outside {@code names} (a typo must not silently list everything), and
     * checks every value's text, read or not. An empty name (a stray {@code &}, as in
     * {@code ?&limit=1} or {@code ?a=1&&b=2}) is no parameter and is ignored, as browsers do.
     */
    public void allowOnly(Set<String> names) {
        for (String name : query.names()) {
            if (name.isEmpty()) {
                continue;
            }
            if (!names.contains(name)) {
                throw Refusal.invalid(clip(name), "is not a known parameter");
            }
            raw(name);
        }
    }

    public Set<String> names() {
        return query.names();
    }

    private static String clip(String name) {
        String c = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return c.replaceAll("\\p{Cntrl}", "?");
    }
}
