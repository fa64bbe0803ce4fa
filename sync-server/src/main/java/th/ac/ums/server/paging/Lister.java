package th.ac.ums.server.paging;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.ResultRow;

/**
 * Runs list pages: one statement for the rows (read in index order), the total from
 * {@link Totals} (cached; exact when small, estimated when huge), and cursors for the next
 * and previous pages.
 */
public final class Lister {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private final Db db;
    private final Totals totals;

    public Lister(Db db, Totals totals) {
        this.db = db;
        this.totals = totals;
    }

    /** A page of the plain walk of the sort's index, with {@code customize}'s conditions. */
    public <T> Page<T> list(ListSpec<T> spec, PageRequest request, Consumer<ListQuery> customize) {
        return list(spec, request, ListStrategy.walk(customize));
    }

    /** A page whose rows {@code strategy} chooses (the plain walk, or a search). */
    public <T> Page<T> list(ListSpec<T> spec, PageRequest request, ListStrategy strategy) {
        ListQuery query = new ListQuery(spec, request);
        strategy.customize(query);
        ListQuery.Sql sql = strategy.page(query);
        Rows<T> rows = db.jdbcRead(c -> read(c, sql, spec, request.limit(), query.backward()));
        List<T> data = rows.data();
        boolean more = rows.more();
        boolean first = request.cursor() == null && (request.page() == null || request.page() == 1);
        Totals.Total total = strategy.total(query, first && !more, data.size(),
                () -> totals.total(spec, query, request));
        return new Page<>(data,
                request.keyset() ? (request.cursor() == null ? Integer.valueOf(1) : null) : request.page(),
                request.limit(),
                total.count(),
                total.exact(),
                (total.count() + request.limit() - 1) / request.limit(),
                nextCursor(strategy, request, rows, more),
                prevCursor(strategy, request, rows, more, first));
    }

    /**
     * A page's rows, in page order, and its first and last rows kept for the cursors; {@code more}: the
     * statement gave a row beyond the page. Plain JDBC, not the DB client: the client copies every
     * column of every row into a map of column objects before the mapper reads it, which was most of a
     * page's server time; here the mapper reads the result set's row in place ({@link ResultRow}).
     */
    record Rows<T>(List<T> data, boolean more, DbRow first, DbRow last) {
    }

    /**
     * Reads at most {@code limit + 1} rows (the statement's own limit) and maps the first {@code limit},
     * in page order: reversed when the statement walks backwards. The result set is scrollable; the driver
     * holds the rows in memory either way (no streaming), so scrolling costs nothing extra.
     */
    static <T> Rows<T> read(Connection c, ListQuery.Sql sql, ListSpec<T> spec, int limit, boolean backward)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.text(), ResultSet.TYPE_SCROLL_INSENSITIVE,
                ResultSet.CONCUR_READ_ONLY)) {
            List<Object> params = sql.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultRow row = ResultRow.over(rs);
                int count = rs.last() ? rs.getRow() : 0;
                int size = Math.min(count, limit);
                List<T> data = new ArrayList<>(size);
                ResultRow first = null;
                ResultRow last = null;
                for (int i = 0; i < size; i++) {
                    rs.absolute(backward ? size - i : i + 1);
                    data.add(spec.mapper().apply(row));
                    if (i == 0) {
                        first = row.copy();
                    }
                    if (i == size - 1) {
                        last = row.copy();
                    }
                }
                return new Rows<>(data, count > limit, first, last);
            }
        }
    }

    /** One record in the list's shape, or 404. */
    public <T> T one(ListSpec<T> spec, long id, String what) {
        return db.read(exec -> find(exec, spec, id)).orElseThrow(() -> th.ac.ums.server.domain.Refusal.notFound(what));
    }

    /** One record in the list's shape, read through {@code exec} (a transaction or a read). */
    public static <T> Optional<T> find(DbExecute exec, ListSpec<T> spec, long id) {
        String sql = "SELECT " + spec.select() + " FROM " + spec.table() + " " + spec.alias() + " " + spec.joins()
                + " WHERE " + spec.alias() + ".id = ?";
        try (Stream<DbRow> rows = exec.query(sql, id)) {
            return rows.findFirst().map(spec.mapper());
        }
    }

    /** Many records as the list shows them (in no particular order; ids that do not exist are absent). */
    public static <T> List<T> findAll(DbExecute exec, ListSpec<T> spec, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + spec.select() + " FROM " + spec.table() + " " + spec.alias() + " " + spec.joins()
                + " WHERE " + spec.alias() + ".id IN (" + th.ac.ums.server.platform.MultiRow.marks(ids.size()) + ")";
        try (Stream<DbRow> rows = exec.createQuery(sql).params(new java.util.ArrayList<Object>(ids)).execute()) {
            return rows.map(spec.mapper()).toList();
        }
    }

    private static String nextCursor(ListStrategy strategy, PageRequest request, Rows<?> rows, boolean more) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        // Going forward, "more" means rows after this page; going back, we came from a later page.
        boolean hasNext = backward || more;
        if (!hasNext || rows.data().isEmpty()) {
            return null;
        }
        return strategy.cursor(rows.last(), request, false).encode();
    }

    private static String prevCursor(ListStrategy strategy, PageRequest request, Rows<?> rows, boolean more,
                                     boolean first) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        boolean hasPrev = !first && (!backward || more);
        if (!hasPrev || rows.data().isEmpty()) {
            return null;
        }
        return strategy.cursor(rows.first(), request, true).encode();
    }

    /** The position of {@code row} in the request's sort: its sort columns, read as {@code _k0, _k1, ...}. */
    public static Cursor sortCursor(DbRow row, PageRequest request, boolean backward) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < request.sort().columns().size(); i++) {
            values.add(keyValue(row.column("_k" + i).get()));
        }
        return new Cursor(request.sort().name(), request.descending(), backward, values, request.fingerprint());
    }

    /** A sort column's value as a cursor holds it. */
    public static Object keyValue(Object raw) {
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw instanceof LocalDateTime t) {
            return TS.format(t);
        }
        if (raw instanceof java.sql.Timestamp t) {
            return TS.format(t.toLocalDateTime());
        }
        if (raw instanceof LocalDate d) {
            return d.toString();
        }
        if (raw instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (raw instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return String.valueOf(raw);
    }
}
