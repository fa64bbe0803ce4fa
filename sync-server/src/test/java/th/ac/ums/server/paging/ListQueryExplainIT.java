package th.ac.ums.server.paging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.dbclient.DbRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.testing.TestEnv;

/**
 * Runs EXPLAIN on every list query the API can issue, on a seeded database: every list, every
 * filter and pair of filters, every sort in both directions, as a first page, a keyset page
 * deeper in, a page going back, and an offset page. A full scan or a filesort (or temporary
 * table) over a table that grows with the number of students fails the test.
 */
public class ListQueryExplainIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    /** Tables that grow with the number of students (by the aliases the list specs use). */
    static final Map<String, String> BIG = Map.ofEntries(
            Map.entry("s", "students"), Map.entry("st", "students"), Map.entry("i", "invoices"),
            Map.entry("l", "invoice_lines"), Map.entry("pay", "payments"), Map.entry("a", "applications"),
            Map.entry("ap", "applicants"), Map.entry("h", "holds"), Map.entry("e", "enrollments"),
            Map.entry("sec", "class_sections"), Map.entry("ae", "audit_events"), Map.entry("sh", "session_history"),
            Map.entry("r", "receipts"), Map.entry("rr", "receipts"), Map.entry("rc", "receipts"));
    // users and user_roles hold staff and instructors (thousands, not millions): not listed here.

    static Db db;
    static Lister lister;

    /**
     * Seeds 5,000 students; with UMS_EXPLAIN_DB_URL set (a database seeded with a million students,
     * for instance) the same checks run there instead, read-only.
     */
    @BeforeAll
    static void seed() {
        String big = System.getenv("UMS_EXPLAIN_DB_URL");
        if (big != null && !big.isBlank()) {
            var infra = th.ac.ums.server.platform.Infrastructure.open(
                    env.settings().with(Map.of("db.url", big)), env.clock());
            db = infra.db();
        } else {
            env.seed(5_000);
            db = env.infrastructure().db();
            receiptsForTheSeedsPayments();
        }
        lister = new Lister(db, new Totals(db, TotalsCache.none()));
    }

    /**
     * The seed records no receipts (its payments are history from before them): give every seeded
     * payment one here, numbered per kind as the server would, so receipt plans see real cardinalities.
     */
    private static void receiptsForTheSeedsPayments() {
        long user = db.write(tx -> tx.createInsert("INSERT INTO users (email, display_name, password_hash) VALUES "
                + "('cashier@explain.test', 'Cashier', 'x')").returnGeneratedKeys().insert().generatedKeys()
                .findFirst().map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow());
        db.write(tx -> tx.dml("INSERT INTO receipts (number, kind, fiscal_year, serial, payment_id, invoice_id, "
                + "student_id, refers_to_receipt_id, issued_on, issued_at, issued_by) SELECT CONCAT(IF(p.kind = "
                + "'PAYMENT', 'RC', 'CN'), '2570-', LPAD(p.id, 6, '0')), IF(p.kind = 'PAYMENT', 'RECEIPT', "
                + "'CREDIT_NOTE'), 2570, p.id, p.id, p.invoice_id, p.student_id, NULL, DATE(p.received_at), "
                + "p.received_at, ? FROM payments p ORDER BY p.id", user));
        db.write(tx -> tx.dml("UPDATE receipts SET status = 'CANCELLED', cancelled_at = issued_at, cancelled_by = "
                + "issued_by, cancel_reason = 'explain' WHERE MOD(id, 50) = 0"));
    }

    @TestFactory
    Stream<DynamicTest> everyListQueryUsesAnIndexWithoutFilesort() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ListSpec<?> spec : Catalog.all()) {
            for (List<Filter> filters : subsets(spec.filters())) {
                if (!spec.requireOneOf().isEmpty()
                        && filters.stream().noneMatch(f -> spec.requireOneOf().contains(f.param()))) {
                    continue;
                }
                for (SortKey sort : spec.sorts()) {
                    for (boolean desc : new boolean[] {false, true}) {
                        String query = query(spec, filters, sort, desc);
                        tests.add(DynamicTest.dynamicTest(spec.name() + "?" + query, () -> explainAll(spec, query)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private void explainAll(ListSpec<?> spec, String query) throws SQLException {
        PageRequest first = PageRequest.parse(QueryParams.of(query + "&limit=50"), spec, Set.of());
        explain(spec, first, "first page");
        Page<?> page = lister.list(spec, first, q -> {
        });
        if (page.nextCursor() != null) {
            PageRequest next = PageRequest.parse(QueryParams.of(query + "&limit=50&cursor=" + page.nextCursor()),
                    spec, Set.of());
            explain(spec, next, "keyset page");
            Page<?> second = lister.list(spec, next, q -> {
            });
            if (second.prevCursor() != null) {
                explain(spec, PageRequest.parse(QueryParams.of(query + "&limit=50&cursor=" + second.prevCursor()),
                        spec, Set.of()), "page back");
            }
        }
        explain(spec, PageRequest.parse(QueryParams.of(query + "&limit=50&page=3"), spec, Set.of()), "offset page");
    }

    private void explain(ListSpec<?> spec, PageRequest request, String what) throws SQLException {
        ListQuery.Sql sql = new ListQuery(spec, request).page();
        List<String> problems = new ArrayList<>();
        db.jdbc(c -> {
            explainRows(c, sql, problems);
            return null;
        });
        assertTrue(problems.isEmpty(), () -> what + ": " + problems + "\n" + sql.text());
    }

    static void explainRows(Connection c, ListQuery.Sql sql, List<String> problems) throws SQLException {
        explainRows(c, sql.text(), sql.params(), problems);
    }

    /** Adds a line to problems for every full scan, filesort or temporary table over a big table. */
    public static void explainRows(Connection c, String text, List<Object> params, List<String> problems)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + text)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("table");
                    String type = rs.getString("type");
                    String extra = String.valueOf(rs.getString("Extra"));
                    if (table == null || !BIG.containsKey(table)) {
                        continue;
                    }
                    if ("ALL".equals(type)) {
                        problems.add("full scan of " + BIG.get(table) + " (id " + rs.getString("id") + ", "
                                + rs.getString("select_type") + ", rows " + rs.getString("rows") + ", " + extra + ")");
                    }
                    if (extra.contains("filesort") || extra.contains("temporary")) {
                        problems.add(extra + " on " + BIG.get(table));
                    }
                }
            }
        }
    }

    /** The empty set, every single filter, and every pair of filters. */
    static List<List<Filter>> subsets(List<Filter> filters) {
        List<List<Filter>> all = new ArrayList<>();
        all.add(List.of());
        for (int i = 0; i < filters.size(); i++) {
            all.add(List.of(filters.get(i)));
            for (int j = i + 1; j < filters.size(); j++) {
                all.add(List.of(filters.get(i), filters.get(j)));
            }
        }
        return all;
    }

    private static String query(ListSpec<?> spec, List<Filter> filters, SortKey sort, boolean desc) {
        StringBuilder q = new StringBuilder("sort=").append(desc ? "-" : "").append(sort.name().replace(",", desc ? ",-" : ","));
        for (Filter f : filters) {
            q.append('&').append(f.param()).append('=').append(sampleValue(spec, f));
        }
        return q.toString();
    }

    /** A value that occurs in the seeded data (the most frequent one), so plans see real cardinalities. */
    private static String sampleValue(ListSpec<?> spec, Filter filter) {
        String column = filter.column();
        if (column.contains("?")) {
            return switch (filter.param()) {
                case "q" -> "a";
                case "dueFrom", "dueTo", "from", "to" -> "2026-09-01";
                case "outstanding" -> "true";
                default -> "INSTRUCTOR";
            };
        }
        String sql = "SELECT " + column + " AS v FROM " + spec.table() + " " + spec.alias() + " GROUP BY " + column
                + " ORDER BY COUNT(*) DESC LIMIT 1";
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.query(sql)) {
                return rows.findFirst().map(r -> {
                    Object v = r.column("v").asOptional().orElse(null);
                    if (v instanceof Boolean b) {
                        return b.toString();
                    }
                    if (v instanceof Number n && column.endsWith("active") || column.endsWith("disabled")) {
                        return ((Number) v).intValue() != 0 ? "true" : "false";
                    }
                    return String.valueOf(v);
                }).orElseGet(() -> fallback(filter));
            }
        });
    }

    private static String fallback(Filter filter) {
        assertFalse(filter.column().isEmpty());
        return switch (filter.param()) {
            case "entity" -> "user";
            case "action" -> "user.created";
            case "active", "disabled" -> "true";
            default -> "1";
        };
    }
}
