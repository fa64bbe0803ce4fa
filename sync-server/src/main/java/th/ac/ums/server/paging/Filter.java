package th.ac.ums.server.paging;

import java.util.Arrays;
import java.util.function.Function;
import th.ac.ums.server.http.ApiException;
import th.ac.ums.server.http.QueryParams;

/** A whitelisted equality filter: query parameter, column, and how to parse and check the value. */
public record Filter(String param, String column, Function<String, Object> parser) {

    public static Filter id(String param, String column) {
        return new Filter(param, column, raw -> {
            if (!raw.matches("^[1-9][0-9]{0,17}$")) {
                throw ApiException.invalid(param, "must be a record id (a positive whole number)");
            }
            return Long.parseLong(raw);
        });
    }

    public static <E extends Enum<E>> Filter oneOf(String param, String column, Class<E> type) {
        return new Filter(param, column, raw -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(raw)) {
                    return constant.name();
                }
            }
            throw ApiException.invalid(param, "must be one of " + Arrays.toString(type.getEnumConstants()));
        });
    }

    public static Filter bool(String param, String column) {
        return new Filter(param, column, raw -> switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(param, "must be true or false");
        });
    }

    public static Filter text(String param, String column, int maxLength) {
        return new Filter(param, column, raw -> {
            if (raw.length() > maxLength) {
                throw ApiException.invalid(param, "must be at most " + maxLength + " characters");
            }
            return raw;
        });
    }

    Object parse(QueryParams query) {
        return query.string(param).map(parser).orElse(null);
    }
}
