package th.ac.ums.client.api;

import java.util.Map;

/**
 * One page to ask for: filters and sort as the server names them, and either a keyset cursor
 * (sequential reading, constant cost) or a 1-based page number (a jump).
 */
public record PageQuery(Map<String, String> filters, String sort, int limit, String cursor, Integer page) {
    public PageQuery {
        filters = Map.copyOf(filters);
    }

    public static PageQuery first(Map<String, String> filters, String sort, int limit) {
        return new PageQuery(filters, sort, limit, null, null);
    }

    public PageQuery atCursor(String next) {
        return new PageQuery(filters, sort, limit, next, null);
    }

    public PageQuery atPage(int oneBased) {
        return new PageQuery(filters, sort, limit, null, oneBased);
    }

    public String path(String resource) {
        return Query.of(resource).withAll(filters).with("sort", sort).with("limit", limit)
                .with("cursor", cursor).with("page", cursor == null ? page : null).toString();
    }
}
