package th.ac.ums.server.paging;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.platform.Db;

/**
 * The reference for {@link JdbcPagesIT}: {@link Lister#list} as it was before issue 19 (rows read
 * through the Helidon DB client, a map of column objects per row), kept verbatim so that the JDBC
 * reading can be compared with it byte for byte.
 */
final class DbClientLister {
    private final Db db;
    private final Totals totals;

    DbClientLister(Db db, Totals totals) {
        this.db = db;
        this.totals = totals;
    }

    <T> Page<T> list(ListSpec<T> spec, PageRequest request, ListStrategy strategy) {
        ListQuery query = new ListQuery(spec, request);
        strategy.customize(query);
        ListQuery.Sql sql = strategy.page(query);
        List<DbRow> rows = db.read(exec -> {
            try (Stream<DbRow> stream = exec.createQuery(sql.text()).params(sql.params()).execute()) {
                return stream.toList();
            }
        });
        boolean more = rows.size() > request.limit();
        List<DbRow> pageRows = new ArrayList<>(more ? rows.subList(0, request.limit()) : rows);
        if (query.backward()) {
            Collections.reverse(pageRows);
        }
        List<T> data = new ArrayList<>(pageRows.size());
        for (DbRow row : pageRows) {
            data.add(spec.mapper().apply(row));
        }
        boolean first = request.cursor() == null && (request.page() == null || request.page() == 1);
        Totals.Total total = strategy.total(query, first && !more, data.size(),
                () -> totals.total(spec, query, request));
        return new Page<>(data,
                request.keyset() ? (request.cursor() == null ? Integer.valueOf(1) : null) : request.page(),
                request.limit(),
                total.count(),
                total.exact(),
                (total.count() + request.limit() - 1) / request.limit(),
                nextCursor(strategy, request, pageRows, more),
                prevCursor(strategy, request, pageRows, more, first));
    }

    private static String nextCursor(ListStrategy strategy, PageRequest request, List<DbRow> rows, boolean more) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        boolean hasNext = backward || more;
        if (!hasNext || rows.isEmpty()) {
            return null;
        }
        return strategy.cursor(rows.get(rows.size() - 1), request, false).encode();
    }

    private static String prevCursor(ListStrategy strategy, PageRequest request, List<DbRow> rows, boolean more,
                                     boolean first) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        boolean hasPrev = !first && (!backward || more);
        if (!hasPrev || rows.isEmpty()) {
            return null;
        }
        return strategy.cursor(rows.get(0), request, true).encode();
    }
}
