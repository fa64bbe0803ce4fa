package th.ac.ums.model.api;

import java.util.List;

/**
 * The contract's page shape, the same on both sides: the server writes it, the console reads it.
 * {@code page} is null for keyset pages after the first; {@code nextCursor}/{@code prevCursor} are
 * null at either end. The members are written in this order (docs/api.md, "Lists").
 */
public record Page<T>(List<T> data, Integer page, int pageSize, long total, boolean totalExact, long totalPages,
                      String nextCursor, String prevCursor) {

    /** The first {@code limit} items of a short list, with its whole size as the exact total. */
    public static <T> Page<T> first(List<T> all, int limit) {
        List<T> data = all.size() > limit ? all.subList(0, limit) : all;
        return new Page<>(data, 1, limit, all.size(), true, (all.size() + limit - 1) / limit, null, null);
    }

    /** A complete list as one page (small lists that are never paged, such as one user's sessions). */
    public static <T> Page<T> whole(List<T> data) {
        return new Page<>(data, 1, Math.max(data.size(), 1), data.size(), true, data.isEmpty() ? 0 : 1, null, null);
    }
}
