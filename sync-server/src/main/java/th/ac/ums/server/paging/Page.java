package th.ac.ums.server.paging;

import java.util.List;

/** The contract's page shape. {@code page} is null for keyset pages after the first. */
public record Page<T>(List<T> data, Integer page, int pageSize, long total, boolean totalExact, long totalPages,
                      String nextCursor, String prevCursor) {
}
