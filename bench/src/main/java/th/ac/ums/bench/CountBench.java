package th.ac.ums.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Issue 16: the latency of a list's exact total for every combination of the filters of students,
 * invoices and payments, with the totals cache off (every request counts) and on (repeated
 * requests are answered from Redis). Requests ask for one row ({@code limit=1}), so their time is
 * the count's plus one indexed row and the HTTP round trip.
 */
final class CountBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CountBench() {
    }

    record Combination(String resource, String filters) {
    }

    static void run(String db, String user, String password, int samples, PrintStream out) throws Exception {
        List<Combination> combinations;
        try (var infra = ListBench.pool(db, user, password); Connection c = infra.db().primaryDataSource().getConnection()) {
            combinations = combinations(c);
        }
        Map<Combination, Histogram[]> results = new LinkedHashMap<>();
        Map<Combination, String> totals = new LinkedHashMap<>();
        for (boolean cache : new boolean[] {false, true}) {
            try (ServerProcess s = ListBench.server(cache)) {
                String token = AuthBench.login(s.base(), ListBench.ADMIN);
                int n = 0;
                for (Combination combo : combinations) {
                    String url = s.base() + "/api/v1/" + combo.resource() + "?limit=1"
                            + (combo.filters().isEmpty() ? "" : "&" + combo.filters())
                            // a due-date window is read in due-date order (as the console asks for it)
                            + (combo.filters().contains("dueFrom") ? "&sort=dueDate" : "");
                    String first = get(url, token);
                    totals.put(combo, first);
                    Histogram h = new Histogram(3);
                    for (int i = 0; i < samples; i++) {
                        long t = System.nanoTime();
                        get(url, token);
                        h.recordValue((System.nanoTime() - t) / 1000);
                    }
                    results.computeIfAbsent(combo, k -> new Histogram[2])[cache ? 1 : 0] = h;
                    out.printf("counts: cache %s, %d/%d combinations%n", cache ? "on" : "off", ++n, combinations.size());
                }
            }
        }
        out.printf("%n| list | filters | total | p50 / p99 ms, cache off | p50 / p99 ms, cache on |%n|---|---|---:|---:|---:|%n");
        double worstOff = 0;
        double worstOn = 0;
        for (Map.Entry<Combination, Histogram[]> e : results.entrySet()) {
            Histogram off = e.getValue()[0];
            Histogram on = e.getValue()[1];
            worstOff = Math.max(worstOff, off.getValueAtPercentile(99) / 1000.0);
            worstOn = Math.max(worstOn, on.getValueAtPercentile(99) / 1000.0);
            out.printf("| %s | %s | %s | %.1f / %.1f | %.1f / %.1f |%n", e.getKey().resource(),
                    e.getKey().filters().isEmpty() ? "(none)" : e.getKey().filters(), totals.get(e.getKey()),
                    off.getValueAtPercentile(50) / 1000.0, off.getValueAtPercentile(99) / 1000.0,
                    on.getValueAtPercentile(50) / 1000.0, on.getValueAtPercentile(99) / 1000.0);
        }
        out.printf("%ncounts: worst p99 %.1f ms with the cache off, %.1f ms with it on (%d combinations, %d requests each)%n",
                worstOff, worstOn, results.size(), samples);
    }

    /** Every subset of each list's filters, with values taken from the seeded data. */
    static List<Combination> combinations(Connection c) throws SQLException {
        long faculty = one(c, "SELECT faculty_id FROM students GROUP BY faculty_id ORDER BY COUNT(*) DESC LIMIT 1");
        long program = one(c, "SELECT program_id FROM students WHERE faculty_id = " + faculty
                + " GROUP BY program_id ORDER BY COUNT(*) DESC LIMIT 1");
        long student = one(c, "SELECT student_id FROM payments ORDER BY id LIMIT 1");
        long term = one(c, "SELECT academic_term_id FROM invoices WHERE student_id = " + student + " LIMIT 1");
        long invoice = one(c, "SELECT invoice_id FROM payments WHERE student_id = " + student + " LIMIT 1");
        String due = text(c, "SELECT MIN(due_date) FROM invoices WHERE academic_term_id = " + term);
        List<Combination> all = new ArrayList<>();
        subsets("students", List.of("facultyId=" + faculty, "programId=" + program, "status=ACTIVE"), all);
        all.add(new Combination("students", "status=GRADUATED"));
        subsets("invoices", List.of("studentId=" + student, "termId=" + term, "status=PAID",
                "dueFrom=" + due + "&dueTo=" + java.time.LocalDate.parse(due).plusDays(30), "outstanding=true"), all);
        subsets("payments", List.of("studentId=" + student, "invoiceId=" + invoice, "kind=PAYMENT"), all);
        return all;
    }

    private static void subsets(String resource, List<String> filters, List<Combination> into) {
        for (int mask = 0; mask < 1 << filters.size(); mask++) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < filters.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(filters.get(i));
                }
            }
            into.add(new Combination(resource, String.join("&", chosen)));
        }
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        String body = r.body();
        int j = body.lastIndexOf("\"totalExact\":");
        int i = body.lastIndexOf("\"total\":", j);
        if (i < 0 || j < 0) {
            return "?";
        }
        String total = body.substring(i + 8, body.indexOf(',', i)).trim();
        boolean exact = body.startsWith("true", j + 13);
        return String.format("%,d%s", Long.parseLong(total), exact ? "" : " (more than)");
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
