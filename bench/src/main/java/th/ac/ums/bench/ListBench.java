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
        DbTuning.settle(serverUrl, user, password, out);
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

    /** @param cpuMsPerPage the server process's CPU time over the closed-loop phase divided by the pages it served */
    record B1(double closedServer, double closedJdbc, Load.Search server, Load.Search jdbc, int queries,
              double cpuMsPerPage, double cpuMsPerPageWithoutJit) {
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
            int cpuPages = Integer.parseInt(System.getenv().getOrDefault("UMS_BENCH_CPU_PAGES", "0"));
            if (cpuPages > 0) {
                cpuPerPage(s, AuthBench.login(s.base(), ADMIN), queries, cpuPages, out);
                Load.Result none = new Load.Result(0, new Histogram(3), 0, 0);
                return new B1(0, 0, new Load.Search(0, none, List.of()), new Load.Search(0, none, List.of()),
                        queries.size(), 0, 0);
            }
            Load.closed(CONNECTIONS, Duration.ofSeconds(10), Duration.ZERO, http);
            long cpu = s.cpuNanos();
            long cpuNoJit = s.cpuNanosWithoutJit();
            Load.Result closedServer = Load.closed(CONNECTIONS, Duration.ZERO, measure, http);
            long pages = Math.max(1, closedServer.requests() - closedServer.errors());
            double cpuMsPerPage = (s.cpuNanos() - cpu) / 1e6 / pages;
            double cpuMsPerPageWithoutJit = (s.cpuNanosWithoutJit() - cpuNoJit) / 1e6 / pages;
            out.printf("  B1 closed loop, server: %,.0f/s p99 %.1f ms, server CPU %.2f ms a page (%.2f without the JIT)%n",
                    closedServer.perSecond(), closedServer.p(99), cpuMsPerPage, cpuMsPerPageWithoutJit);
            Load.Result closedJdbc = Load.closed(CONNECTIONS, Duration.ofSeconds(10), measure, jdbc);
            out.printf("  B1 closed loop, JDBC:   %,.0f/s p99 %.1f ms%n", closedJdbc.perSecond(), closedJdbc.p(99));
            Load.Search server = Load.maxRate("server", CONNECTIONS, closedServer.perSecond(), 50, measure, http, out);
            Load.Search reference = Load.maxRate("JDBC", CONNECTIONS, closedJdbc.perSecond(), 50, measure, jdbc, out);
            return new B1(closedServer.perSecond(), closedJdbc.perSecond(), server, reference, queries.size(),
                    cpuMsPerPage, cpuMsPerPageWithoutJit);
        }
    }

    /**
     * {@code UMS_BENCH_CPU_PAGES=N}: the server's own CPU time (utime + stime from /proc) per B1 page, over N
     * sequential pages after a warm-up of N, three times, then the same pages asking for gzip; B1 ends there.
     */
    static void cpuPerPage(ServerProcess s, String token, List<String> queries, int pages, PrintStream out)
            throws Exception {
        for (int i = 0; i < pages; i++) {
            getBytes(s.base() + "/api/v1/students?" + queries.get(i % queries.size()), token, false);
        }
        for (boolean gzip : new boolean[] {false, true}) {
            for (int rep = 0; rep < 3; rep++) {
                String fresh = AuthBench.login(s.base(), ADMIN);   // a long run outlives an access token
                long before = s.cpuTicks();
                long bytes = 0;
                for (int i = 0; i < pages; i++) {
                    bytes += getBytes(s.base() + "/api/v1/students?" + queries.get(i % queries.size()), fresh, gzip);
                }
                double ms = (s.cpuTicks() - before) * 1000.0 / ServerProcess.TICKS_PER_SECOND / pages;
                out.printf("  B1 server CPU per page%s: %.3f ms (%d pages, %,d bytes a page)%n",
                        gzip ? " (gzip asked)" : "", ms, pages, bytes / pages);
            }
        }
    }

    /** The body's size as sent (compressed when {@code gzip} and the server compresses). */
    static long getBytes(String url, String token, boolean gzip) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> r;
        try {
            r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.ConnectException e) {   // a loopback connect lost on a busy machine: once more
            Thread.sleep(100);
            r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode());
        }
        if (gzip && !"gzip".equals(r.headers().firstValue("Content-Encoding").orElse(""))) {
            throw new IllegalStateException("gzip asked for but not given");
        }
        return r.body().length;
    }

    // ---------------------------------------------------------------- B2

    /**
     * @param idealHitRate  the hit rate an unbounded cache would have had on the ids this run asked
     *                      for (warmed by the same warm-up ids), over the measured phase
     * @param redisCallsPerHit the server's own Redis calls (its ums_redis_calls timer: one per
     *                      round trip, a pipeline or script once) per request in a hits-only phase
     * @param redisCommandsPerHit commands Redis received per request in the same phase, from
     *                      MONITOR, on the server's connections (an upper bound on round trips: a
     *                      pipeline shows each of its commands); NaN when MONITOR is not available
     * @param hitShare      the share of the hits-only phase's requests the server counted as hits
     * @param hit           latency of a hit (sequential requests, microseconds)
     * @param bare          latency of the bare authenticated route /api/v1/me/session, interleaved with the hits
     */
    record B2(Load.Result cached, double hitRate, Load.Result uncached, double exponent, double idealHitRate,
              double redisCallsPerHit, double redisCommandsPerHit, double hitShare, Histogram hit, Histogram bare) {
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

        /** The {@code n} most frequent ids (ranks 1..n). */
        long[] top(int n) {
            return java.util.Arrays.copyOf(ids, Math.min(n, ids.length));
        }

        long next() {
            int i = java.util.Arrays.binarySearch(cdf, ThreadLocalRandom.current().nextDouble());
            return ids[Math.min(i < 0 ? -i - 1 : i, ids.length - 1)];
        }
    }

    /**
     * The ids a run asked for: those of the warm-up as a set, those of the measured phase counted
     * with the ones never asked for before. An unbounded cache misses exactly on an id's first
     * request (order does not matter), so its hit rate over the measured phase is
     * 1 - first-time ids / requests, on the very sequence the load used.
     */
    static final class IdLog {
        private final java.util.Set<Long> warm = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.Set<Long> fresh = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.LongAdder measured = new java.util.concurrent.atomic.LongAdder();
        private volatile boolean measuring;

        long next(Zipf zipf) {
            long id = zipf.next();
            if (!measuring) {
                warm.add(id);
            } else {
                measured.increment();
                if (!warm.contains(id)) {
                    fresh.add(id);
                }
            }
            return id;
        }

        void measure() {
            measuring = true;
        }

        double idealHitRate() {
            long n = measured.sum();
            return n == 0 ? Double.NaN : (n - fresh.size()) / (double) n;
        }
    }

    static B2 b2(String db, String user, String password, double exponent, Duration warmUp, Duration measure,
                 int hitRequests, PrintStream out) throws Exception {
        long[] ids = ids(db, user, password, "SELECT id FROM students ORDER BY id");
        Zipf zipf = new Zipf(ids, exponent);
        Load.Result cached;
        double hitRate;
        IdLog log = new IdLog();
        HitPhase hits;
        try (ServerProcess s = server(true)) {
            String token = AuthBench.login(s.base(), ADMIN);
            Load.Op op = w -> get(s.base() + "/api/v1/students/" + log.next(zipf), token);
            Load.closed(CONNECTIONS, warmUp, Duration.ZERO, op);
            log.measure();
            long[] before = cacheCounts(s);
            long redisBefore = AuthBench.redisCalls(s);
            long cpuBefore = cpuTicks(s);
            cached = Load.closed(CONNECTIONS, Duration.ZERO, measure, op);
            long cpuAfter = cpuTicks(s);
            long redisAfter = AuthBench.redisCalls(s);
            long[] after = cacheCounts(s);
            long hitCount = after[0] - before[0];
            long misses = after[1] - before[1];
            hitRate = hitCount / (double) Math.max(1, hitCount + misses);
            out.printf("  B2 cache on:  %,.0f/s p99 %.1f ms, hit rate %.1f%% (unbounded cache on the same ids %.1f%%), "
                    + "%.2f Redis round trips a request%n", cached.perSecond(), cached.p(99), hitRate * 100,
                    log.idealHitRate() * 100, (redisAfter - redisBefore) / (double) Math.max(1, cached.requests()));
            out.printf("  B2 cache on:  server CPU %.0f µs a request (utime+stime over %,d requests, %,d failed)%n",
                    (cpuAfter - cpuBefore) * 10_000.0 / Math.max(1, cached.requests()), cached.requests(),
                    cached.errors());
            hits = hitPhase(s, token, zipf.top(20), hitRequests, out);
        }
        Load.Result uncached;
        try (ServerProcess s = server(false)) {
            String token = AuthBench.login(s.base(), ADMIN);
            Load.Op op = w -> get(s.base() + "/api/v1/students/" + zipf.next(), token);
            uncached = Load.closed(CONNECTIONS, warmUp, measure, op);
            out.printf("  B2 cache off: %,.0f/s p99 %.1f ms%n", uncached.perSecond(), uncached.p(99));
        }
        return new B2(cached, hitRate, uncached, exponent, log.idealHitRate(), hits.callsPerHit(), hits.commandsPerHit(),
                hits.hitShare(), hits.hit(), hits.bare());
    }

    record HitPhase(double callsPerHit, double commandsPerHit, double hitShare, Histogram hit, Histogram bare) {
    }

    /**
     * Hits only: the hottest ids, each fetched once first so they are cached. Round trips: the
     * server's Redis-call count over {@code n} sequential hits, and the commands Redis itself saw
     * on the server's connections (MONITOR; connections found by the commands that carry this
     * token's session id, so other servers on the shared Redis are left out). Then latency, with
     * nothing watching: rounds of hits alternating with the bare authenticated route.
     */
    static HitPhase hitPhase(ServerProcess s, String token, long[] hot, int n, PrintStream out) throws Exception {
        for (long id : hot) {
            get(s.base() + "/api/v1/students/" + id, token);
        }
        String me = s.base() + "/api/v1/me/session";
        for (int i = 0; i < n; i++) {
            get(me, token);
            get(s.base() + "/api/v1/students/" + hot[i % hot.length], token);
        }
        long[] c0 = cacheCounts(s);
        double r0 = s.metric("ums_redis_calls_seconds_count");
        double commands;
        try (RedisMonitor monitor = RedisMonitor.start()) {
            Thread.sleep(200);
            for (int i = 0; i < n; i++) {
                get(s.base() + "/api/v1/students/" + hot[i % hot.length], token);
            }
            Thread.sleep(300);
            commands = monitor.commandsOfSession(sessionId(token)) / (double) n;
        }
        double calls = (s.metric("ums_redis_calls_seconds_count") - r0) / n;
        long[] c1 = cacheCounts(s);
        double hitShare = (c1[0] - c0[0]) / (double) n;
        Histogram hit = new Histogram(3);
        Histogram bare = new Histogram(3);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < n / 5; i++) {
                long t = System.nanoTime();
                get(me, token);
                bare.recordValue((System.nanoTime() - t) / 1000);
            }
            for (int i = 0; i < n / 5; i++) {
                long t = System.nanoTime();
                get(s.base() + "/api/v1/students/" + hot[i % hot.length], token);
                hit.recordValue((System.nanoTime() - t) / 1000);
            }
        }
        out.printf("  B2 hits only (%,d): %.2f Redis calls (server's count), %.2f Redis commands (MONITOR) a hit, "
                        + "%.1f%% counted as hits; hit p99 %,d µs vs /me/session p99 %,d µs%n", n, calls, commands,
                hitShare * 100, hit.getValueAtPercentile(99), bare.getValueAtPercentile(99));
        return new HitPhase(calls, commands, hitShare, hit, bare);
    }

    /** The session id ({@code sid} claim) of a bearer token. */
    static String sessionId(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return payload.replaceAll("(?s).*\"sid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /**
     * Redis MONITOR on its own connection, collecting every command line until closed. Costly for
     * Redis while it runs, so only around a short phase, never under a throughput measurement.
     */
    static final class RedisMonitor implements AutoCloseable {
        private final redis.clients.jedis.Jedis jedis;
        private final java.util.Queue<String> lines = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final Thread thread;
        private volatile boolean failed;

        private RedisMonitor(redis.clients.jedis.Jedis jedis) {
            this.jedis = jedis;
            this.thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    jedis.monitor(new redis.clients.jedis.JedisMonitor() {
                        @Override
                        public void onCommand(String command) {
                            lines.add(command);
                        }
                    });
                } catch (RuntimeException closed) {
                    failed = lines.isEmpty();
                }
            });
        }

        static RedisMonitor start() {
            URI r = URI.create(System.getenv().getOrDefault("UMS_BENCH_REDIS", "redis://127.0.0.1:6379/0"));
            return new RedisMonitor(new redis.clients.jedis.Jedis(r.getHost(), r.getPort()));
        }

        /**
         * Commands sent on the connections that carried {@code sessionId} during the phase (Lua
         * scripts' own calls left out: they run inside Redis, no round trip); NaN when nothing was seen.
         */
        double commandsOfSession(String sessionId) {
            List<String> seen = new ArrayList<>(lines);
            java.util.Set<String> clients = new java.util.HashSet<>();
            for (String l : seen) {
                if (l.contains(sessionId) && !l.contains(" lua]")) {
                    clients.add(client(l));
                }
            }
            if (failed || clients.isEmpty()) {
                return Double.NaN;
            }
            return seen.stream().filter(l -> !l.contains(" lua]") && clients.contains(client(l))).count();
        }

        private static String client(String line) {
            int i = line.indexOf('[');
            int j = line.indexOf(']', i + 1);
            return i < 0 || j < 0 ? "" : line.substring(i, j);
        }

        @Override
        public void close() throws InterruptedException {
            jedis.disconnect();
            thread.join(5000);
        }
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
