package th.ac.ums.server.paging;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.platform.Db;

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

    public Page<Object> list(ListSpec spec, PageRequest request, Consumer<ListQuery> customize) {
        ListQuery query = new ListQuery(spec, request);
        customize.accept(query);
        ListQuery.Sql sql = query.page();
        List<DbRow> rows = db.read(exec -> fetch(exec, sql));
        boolean more = rows.size() > request.limit();
        List<DbRow> pageRows = new ArrayList<>(more ? rows.subList(0, request.limit()) : rows);
        if (query.backward()) {
            Collections.reverse(pageRows);
        }
        List<Object> data = new ArrayList<>(pageRows.size());
        for (DbRow row : pageRows) {
            data.add(spec.mapper().apply(row));
        }
        Totals.Total total = totals.total(spec, query, request);
        String fingerprint = request.fingerprint();
        return new Page<>(data,
                request.keyset() ? (request.cursor() == null ? Integer.valueOf(1) : null) : request.page(),
                request.limit(),
                total.count(),
                total.exact(),
                (total.count() + request.limit() - 1) / request.limit(),
                nextCursor(spec, request, pageRows, more, fingerprint),
                prevCursor(spec, request, pageRows, more, fingerprint));
    }

    /** The total of a list query (for searches that read their pages another way). */
    public Totals.Total total(ListSpec spec, ListQuery query, PageRequest request) {
        return totals.total(spec, query, request);
    }

    /** One record in the list's shape, or 404. */
    public Object one(ListSpec spec, long id, String what) {
        String sql = "SELECT " + spec.select() + " FROM " + spec.table() + " " + spec.alias() + " " + spec.joins()
                + " WHERE " + spec.alias() + ".id = ?";
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.query(sql, id)) {
                return rows.findFirst().map(spec.mapper());
            }
        }).orElseThrow(() -> th.ac.ums.server.domain.Refusal.notFound(what));
    }

    static List<DbRow> fetch(DbExecute exec, ListQuery.Sql sql) {
        try (Stream<DbRow> stream = exec.createQuery(sql.text()).params(sql.params()).execute()) {
            return stream.toList();
        }
    }

    private String nextCursor(ListSpec spec, PageRequest request, List<DbRow> rows, boolean more, String fp) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        // Going forward, "more" means rows after this page; going back, we came from a later page.
        boolean hasNext = backward || more;
        if (!hasNext || rows.isEmpty()) {
            return null;
        }
        return cursor(request, rows.get(rows.size() - 1), false, fp);
    }

    private String prevCursor(ListSpec spec, PageRequest request, List<DbRow> rows, boolean more, String fp) {
        boolean first = request.cursor() == null && (request.page() == null || request.page() == 1);
        boolean backward = request.cursor() != null && request.cursor().backward();
        boolean hasPrev = !first && (!backward || more);
        if (!hasPrev || rows.isEmpty()) {
            return null;
        }
        return cursor(request, rows.get(0), true, fp);
    }

    private String cursor(PageRequest request, DbRow row, boolean backward, String fingerprint) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < request.sort().columns().size(); i++) {
            values.add(keyValue(row.column("_k" + i).get()));
        }
        return new Cursor(request.sort().name(), request.descending(), backward, values, fingerprint).encode();
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
