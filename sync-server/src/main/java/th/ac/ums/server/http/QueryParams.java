package th.ac.ums.server.http;

import io.helidon.common.uri.UriQuery;
import java.util.Optional;
import java.util.Set;

/** Typed, validated query parameters; a malformed value is 400 with the parameter named. */
public final class QueryParams {
    private final UriQuery query;

    QueryParams(UriQuery query) {
        this.query = query;
    }

    /** Parameters of a raw query string such as {@code status=ACTIVE&limit=5}. */
    public static QueryParams of(String rawQuery) {
        return new QueryParams(UriQuery.create(rawQuery));
    }

    public Optional<String> string(String name) {
        if (!query.contains(name)) {
            return Optional.empty();
        }
        String value = query.get(name);
        if (value.length() > 200) {
            throw ApiException.invalid(name, "is too long");
        }
        if (value.chars().anyMatch(c -> c < 0x20)) {
            throw ApiException.invalid(name, "must not contain control characters");
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public Optional<Long> id(String name) {
        return string(name).map(v -> {
            if (!v.matches("^[1-9][0-9]{0,17}$")) {
                throw ApiException.invalid(name, "must be a record id (a positive whole number)");
            }
            return Long.parseLong(v);
        });
    }

    public Optional<Integer> integer(String name) {
        return string(name).map(v -> {
            if (!v.matches("^-?[0-9]{1,9}$")) {
                throw ApiException.invalid(name, "must be a whole number");
            }
            return Integer.parseInt(v);
        });
    }

    public Optional<Boolean> bool(String name) {
        return string(name).map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false");
        });
    }

    public <E extends Enum<E>> Optional<E> oneOf(String name, Class<E> type) {
        return string(name).map(v -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(v)) {
                    return constant;
                }
            }
            throw ApiException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        });
    }

    /** Refuses parameters the route does not know (a typo must not silently list everything). */
    public void allowOnly(Set<String> names) {
        for (String name : query.names()) {
            if (!names.contains(name)) {
                throw ApiException.invalid(name, "is not a known parameter");
            }
        }
    }

    public Set<String> names() {
        return query.names();
    }
}
