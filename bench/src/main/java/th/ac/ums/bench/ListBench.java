package th.ac.ums.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.QueryParams;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.seed.SeedCommand;
import th.ac.ums.server.students.StudentLists;

/**
 * B1 (a filtered, sorted student page under 64 connections against the same SQL from plain JDBC),
 * B2 (Student 360 with Zipf-skewed ids, cache on against cache off) and B3 (keyset and offset pages
 * at 0/10/50/90 % depth against the first page), on one seeded database that is kept between runs.
 */
final class ListBench {
    /** The seeded database: {@code umsbench_list} for the million, {@code umsbench_list_N} for other sizes. */
    static String DATABASE = "umsbench_list";
    static final String ADMIN = "listbench@ums.ac.th";
    static final int CONNECTIONS = 64;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();

    private ListBench() {
    }

    /** Seeds the bench database unless it already holds exactly {@code students} students. */
    static void ensureSeeded(String serverUrl, String user, String password, long students, PrintStream out)
            throws Exception {
        long have = -1;
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + DATABASE + "`.students")) {
                rs.next();
                have = rs.getLong(1);
            } catch (SQLException missing) {
                // not seeded yet
            }
            if (have == students) {
                out.printf("using %s: %,d students already seeded%n", DATABASE, have);
                return;
            }
            st.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            st.execute("CREATE DATABASE `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Settings settings = Settings.load(Map.of("db.url", serverUrl + DATABASE, "db.user", user,
                "db.password", password), Map.of());
        SeedCommand.seed(settings, students, 7, LocalDate.of(2026, 11, 28), false, out);
    }

    /** The server under test in its own JVM, on the list database, with the cache on or off. */
    static ServerProcess server(boolean cache) throws Exception {
        return ServerProcess.start(DATABASE, "1g", "--cache", String.valueOf(cache));
    }

    /** The load generator's own connection to the bench database, with the server's pool settings. */
    static th.ac.ums.server.platform.Infrastructure pool(String db, String user, String password) {
        return BenchServer.infrastructure(db, user, password, DATABASE, Map.of());
    }

    // ---------------------------------------------------------------- B1

    record B1(double closedServer, double closedJdbc, Load.Search server, Load.Search jdbc, int queries) {
    }

    /** The filtered, sorted first pages B1 asks for: every faculty with three sorts. */
    static List<String> b1Queries(DataSource ds) throws SQLException {
        List<String> queries = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM faculties ORDER BY id")) {
            while (rs.next()) {
                for (String sort : List.of("lastNameEn", "-createdAt", "studentCode")) {
                    queries.add("facultyId=" + rs.getLong(1) + "&status=ACTIVE&sort=" + sort + "&limit=100");
                }
            }
        }
        return queries;
    }

    static B1 b1(String db, String user, String password, Duration measure, PrintStream out) throws Exception {
        try (ServerProcess s = server(true); var infra = pool(db, user, password)) {
            String token = AuthBench.login(s.base(), ADMIN);
            DataSource pool = infra.db().primaryDataSource();
            List<String> queries = b1Queries(pool);
            List<ListQuery.Sql> sql = new ArrayList<>();
            for (String q : queries) {
                sql.add(new ListQuery(StudentLists.STUDENTS, PageRequest.parse(QueryParams.of(q), StudentLists.STUDENTS,
                        Set.of())).page());
            }
            Load.Op http = w -> {
                String q = queries.get(ThreadLocalRandom.current().nextInt(queries.size()));
                get(s.base() + "/api/v1/students?" + q, token);
            };
            Load.Op jdbc = w -> {
                ListQuery.Sql q = sql.get(ThreadLocalRandom.current().nextInt(sql.size()));
                try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(q.text())) {
                    for (int i = 0; i < q.params().size(); i++) {
                        ps.setObject(i + 1, q.params().get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                }
            };
            // every query once through each path first, so both measure a warm buffer pool and totals cache
            for (String q : queries) {
                get(s.base() + "/api/v1/students?" + q, token);
            }
            Load.Result closedServer = Load.closed(CONNECTIONS, Duration.ofSeconds(10), measure, http);
            out.printf("  B1 closed loop, server: %,.0f/s p99 %.1f ms%n", closedServer.perSecond(), closedServer.p(99));
            Load.Result closedJdbc = Load.closed(CONNECTIONS, Duration.ofSeconds(10), measure, jdbc);
            out.printf("  B1 closed loop, JDBC:   %,.0f/s p99 %.1f ms%n", closedJdbc.perSecond(), closedJdbc.p(99));
            Load.Search server = Load.maxRate("server", CONNECTIONS, closedServer.perSecond(), 50, measure, http, out);
            Load.Search reference = Load.maxRate("JDBC", CONNECTIONS, closedJdbc.perSecond(), 50, measure, jdbc, out);
            return new B1(closedServer.perSecond(), closedJdbc.perSecond(), server, reference, queries.size());
        }
    }

    // ---------------------------------------------------------------- B2

    record B2(Load.Result cached, double hitRate, Load.Result uncached, double exponent) {
    }

    /** Zipf over ranks 1..n with the given exponent, ranks scattered over the ids (scrambled). */
    static final class Zipf {
        private final double[] cdf;
        private final long[] ids;

        Zipf(long[] ids, double exponent) {
            this.ids = ids.clone();
            Random random = new Random(42);
            for (int i = this.ids.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                long t = this.ids[i];
                this.ids[i] = this.ids[j];
                this.ids[j] = t;
            }
            cdf = new double[ids.length];
            double sum = 0;
            for (int i = 0; i < ids.length; i++) {
                sum += 1 / Math.pow(i + 1, exponent);
                cdf[i] = sum;
            }
            for (int i = 0; i < cdf.length; i++) {
                cdf[i] /= sum;
            }
        }

        long next() {
            int i = java.util.Arrays.binarySearch(cdf, ThreadLocalRandom.current().nextDouble());
            return ids[Math.min(i < 0 ? -i - 1 : i, ids.length - 1)];
        }
    }

    static B2 b2(String db, String user, String password, double exponent, Duration warmUp, Duration measure,
                 PrintStream out) throws Exception {
        long[] ids = ids(db, user, password, "SELECT id FROM students ORDER BY id");
        Zipf zipf = new Zipf(ids, exponent);
        Load.Result cached;
        double hitRate;
        try (ServerProcess s = server(true)) {
            String token = AuthBench.login(s.base(), ADMIN);
            Load.Op op = w -> get(s.base() + "/api/v1/students/" + zipf.next(), token);
            Load.closed(CONNECTIONS, warmUp, Duration.ZERO, op);
            long[] before = cacheCounts(s);
            long redisBefore = AuthBench.redisCalls(s);
            long cpuBefore = cpuTicks(s);
            cached = Load.closed(CONNECTIONS, Duration.ZERO, measure, op);
            long cpuAfter = cpuTicks(s);
            long redisAfter = AuthBench.redisCalls(s);
            long[] after = cacheCounts(s);
            long hits = after[0] - before[0];
            long misses = after[1] - before[1];
            hitRate = hits / (double) Math.max(1, hits + misses);
            out.printf("  B2 cache on:  %,.0f/s p99 %.1f ms, hit rate %.1f%%, %.2f Redis round trips a request%n",
                    cached.perSecond(), cached.p(99), hitRate * 100,
                    (redisAfter - redisBefore) / (double) Math.max(1, cached.requests()));
            out.printf("  B2 cache on:  server CPU %.0f µs a request (utime+stime over %,d requests, %,d failed)%n",
                    (cpuAfter - cpuBefore) * 10_000.0 / Math.max(1, cached.requests()), cached.requests(),
                    cached.errors());
        }
        Load.Result uncached;
        try (ServerProcess s = server(false)) {
            String token = AuthBench.login(s.base(), ADMIN);
            Load.Op op = w -> get(s.base() + "/api/v1/students/" + zipf.next(), token);
            uncached = Load.closed(CONNECTIONS, warmUp, measure, op);
            out.printf("  B2 cache off: %,.0f/s p99 %.1f ms%n", uncached.perSecond(), uncached.p(99));
        }
        return new B2(cached, hitRate, uncached, exponent);
    }

    /** CPU the server's JVM used so far (utime + stime from /proc, in 10 ms clock ticks). */
    static long cpuTicks(ServerProcess s) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + s.pid() + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The server's Student 360 cache hits and misses so far. */
    static long[] cacheCounts(ServerProcess s) throws Exception {
        String name = "ums_cache_requests_total";
        String scrape = s.metrics();
        return new long[] {(long) ServerProcess.sum(scrape, name, "cache=\"student360\"", "result=\"hit\""),
                (long) ServerProcess.sum(scrape, name, "cache=\"student360\"", "result=\"miss\"")};
    }

    /** One column of longs from the bench database, in the order the query gives. */
    static long[] ids(String db, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db + DATABASE, user, password);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Long> list = new ArrayList<>();
            while (rs.next()) {
                list.add(rs.getLong(1));
            }
            return list.stream().mapToLong(Long::longValue).toArray();
        }
    }

    // ---------------------------------------------------------------- B3

    record Depth(int percent, Histogram keyset, Histogram offset) {
    }

    /**
     * The students list in its default order (student code), 100 rows a page. For each depth the
     * offset page is fetched once to get the cursor at that depth; then keyset pages (from that
     * cursor) and offset pages (page=N) are timed one at a time, alternating.
     */
    static List<Depth> b3(String db, String user, String password, int keysetSamples, int offsetSamples,
                          PrintStream out) throws Exception {
        List<Depth> depths = new ArrayList<>();
        try (ServerProcess s = server(true)) {
            String token = AuthBench.login(s.base(), ADMIN);
            String list = s.base() + "/api/v1/students?limit=100";
            String first = get(list, token);
            long total = Long.parseLong(first.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
            for (int percent : new int[] {0, 10, 50, 90}) {
                long page = Math.max(1, total * percent / 100 / 100);
                String offsetUrl = list + "&page=" + page;
                String body = get(offsetUrl, token);
                String cursor = body.replaceAll("(?s).*\"nextCursor\":\"([^\"]+)\".*", "$1");
                String keysetUrl = percent == 0 ? list : list + "&cursor=" + cursor;
                Histogram k = new Histogram(3);
                Histogram o = new Histogram(3);
                for (int i = 0; i < 20; i++) {
                    get(keysetUrl, token);
                }
                for (int i = 0; i < Math.max(keysetSamples, offsetSamples); i++) {
                    if (i < keysetSamples) {
                        long t = System.nanoTime();
                        get(keysetUrl, token);
                        k.recordValue((System.nanoTime() - t) / 1000);
                    }
                    if (i < offsetSamples) {
                        long t = System.nanoTime();
                        get(offsetUrl, token);
                        o.recordValue((System.nanoTime() - t) / 1000);
                    }
                }
                out.printf("  B3 depth %d%% (page %,d): keyset p50 %.1f p99 %.1f ms; offset p50 %.1f p99 %.1f ms%n",
                        percent, page, k.getValueAtPercentile(50) / 1000.0, k.getValueAtPercentile(99) / 1000.0,
                        o.getValueAtPercentile(50) / 1000.0, o.getValueAtPercentile(99) / 1000.0);
                depths.add(new Depth(percent, k, o));
            }
        }
        return depths;
    }

    static String get(String url, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
