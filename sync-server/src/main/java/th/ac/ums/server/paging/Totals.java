package th.ac.ums.server.paging;

import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Db;

/**
 * Totals for list pages. A list's total is exact: counted on an index (the optimizer picks the
 * narrowest that covers the filters) and kept in a {@link TotalsCache} (Redis, shared by all
 * instances, keyed by the resource's generation, so any change to the resource counts again). A
 * search's total is exact up to {@link #CAP}; beyond it the answer is "more than CAP" (the total
 * is CAP and {@code totalExact: false}), never a guess.
 */
public final class Totals {
    public static final int CAP = 10_000;
    private final Db db;
    private final TotalsCache cache;

    public Totals(Db db, TotalsCache cache) {
        this.db = db;
        this.cache = cache;
    }

    /** A total and whether it is exact; an inexact one is a lower bound ("more than count"). */
    public record Total(long count, boolean exact) {
    }

    Total total(ListSpec<?> spec, ListQuery query, PageRequest request) {
        boolean search = query.isSearch();
        ListQuery.Sql counted = search ? query.cappedCount(CAP + 1) : query.count();
        String key = spec.name() + "|" + counted.text().hashCode() + "|" + counted.params();
        Optional<Total> cached = cache.get(spec.name(), key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Total total = db.read(exec -> {
            long n = single(exec.createQuery(counted.text()).params(counted.params()).execute(), "n");
            return search && n > CAP ? new Total(CAP, false) : new Total(n, true);
        });
        cache.put(spec.name(), key, total);
        return total;
    }

    private static long single(Stream<DbRow> rows, String column) {
        try (rows) {
            List<DbRow> list = rows.toList();
            if (list.isEmpty()) {
                return 0;
            }
            Object value = list.get(0).column(column).asOptional().orElse(null);
            if (value == null) {
                return 0;
            }
            return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
        }
    }
}
