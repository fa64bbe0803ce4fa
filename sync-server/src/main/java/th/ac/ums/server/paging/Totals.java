package th.ac.ums.server.paging;

import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Db;

/**
 * Totals for list pages without counting a million rows per request: a capped count is
 * exact up to {@link #CAP}; beyond it the optimizer's estimate is used and flagged
 * {@code totalExact: false}. A {@link TotalsCache} (Redis, shared by all instances) keeps
 * the answer so repeated pages cost no extra statement.
 */
public final class Totals {
    public static final int CAP = 10_000;
    private final Db db;
    private final TotalsCache cache;

    public Totals(Db db, TotalsCache cache) {
        this.db = db;
        this.cache = cache;
    }

    /** A total and whether it is exact. */
    public record Total(long count, boolean exact) {
    }

    Total total(ListSpec spec, ListQuery query, PageRequest request) {
        ListQuery.Sql counted = query.cappedCount(CAP + 1);
        String key = spec.name() + "|" + counted.text().hashCode() + "|" + counted.params();
        Optional<Total> cached = cache.get(spec.name(), key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Total total = db.read(exec -> {
            long n = single(exec.createQuery(counted.text()).params(counted.params()).execute(), "n");
            if (n <= CAP) {
                return new Total(n, true);
            }
            ListQuery.Sql estimate = query.estimate();
            long rows = single(exec.createQuery(estimate.text()).params(estimate.params()).execute(), "rows");
            return new Total(Math.max(rows, n), false);
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
