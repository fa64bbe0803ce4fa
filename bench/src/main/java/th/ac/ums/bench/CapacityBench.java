package th.ac.ums.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import redis.clients.jedis.Jedis;

/**
 * The inputs of docs/capacity.md, measured: for each route a console or portal session calls, the
 * CPU it costs the server, Redis and MariaDB (each process's own CPU time from /proc, which the
 * shared cores do not inflate the way they inflate latency), Redis commands and database queries
 * per request, and the Redis memory of a session and of a cached Student 360. Then the scaled
 * check: one instance at a constant rate of the model's mix, with the CPU the model predicts for
 * that rate beside the CPU measured.
 */
final class CapacityBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();
    private static final int WORKERS = 4;
    /** A fraction of the requests per route, for a quick look ({@code --scale-pct}). */
    static double SCALE = 1;

    private CapacityBench() {
    }

    /** What one request of a route costs: CPU milliseconds of each process, commands and queries, latency. */
    record Cost(String route, long requests, double serverMs, double redisMs, double dbMs, double roundTrips,
                double redisCommands, double dbQueries, double p50, double p99) {
    }

    /** The processes whose CPU is counted and the counters of Redis and MariaDB, read together. */
    record Sample(double server, double redis, double db, long commands, long queries, long roundTrips, long nanos) {
    }

    /** A route of the mix: its name, its share of requests, and one request of it. */
    record Route(String name, double share, Load.Op op) {
    }

    static void run(String dbUrl, String user, String password, long rate, Duration measure, PrintStream out)
            throws Exception {
        Path tokensFile = Files.createTempFile("ums-capacity-", ".tokens");
        try (ServerProcess server = ServerProcess.start(ListBench.DATABASE, "1g", "--sessions", "2000", "--tokens",
                tokensFile.toString())) {
            List<String> tokens = Files.readAllLines(tokensFile);
            Files.delete(tokensFile);
            String base = server.base();
            long redisPid = redisPid();
            long dbPid = pid("mariadbd", "mysqld");
            out.printf("  capacity: server pid %d, redis-server pid %d, MariaDB pid %d, %,d sessions%n", server.pid(),
                    redisPid, dbPid, tokens.size());
            long[] students = ListBench.ids(dbUrl, user, password, "SELECT id FROM students ORDER BY id");
            long[] faculties = ListBench.ids(dbUrl, user, password, "SELECT id FROM faculties ORDER BY id");
            long[] overdue = ListBench.ids(dbUrl, user, password,
                    "SELECT id FROM invoices WHERE status = 'OVERDUE' ORDER BY id LIMIT 20000");
            List<String> names = column(dbUrl, user, password,
                    "SELECT last_name_en FROM students ORDER BY id LIMIT 2000");
            long[] hot = java.util.Arrays.copyOf(students, 500);
            AtomicLong fresh = new AtomicLong(students.length / 2);
            Map<String, Load.Op> routes = new LinkedHashMap<>();
            routes.put("bare route `GET /observe/health/live`", w -> get(base + "/observe/health/live", null));
            routes.put("authenticated, nothing else: `GET /me/session`", w -> get(base + "/api/v1/me/session", token(tokens)));
            routes.put("Student 360, cache hit", w -> get(base + "/api/v1/students/" + pick(hot), token(tokens)));
            routes.put("Student 360, cache miss", w -> get(base + "/api/v1/students/"
                    + students[(int) (fresh.getAndIncrement() % students.length)], token(tokens)));
            routes.put("students page: faculty + status, sorted, 100 rows", w -> get(base + "/api/v1/students?facultyId="
                    + pick(faculties) + "&status=ACTIVE&sort=lastNameEn&limit=100", token(tokens)));
            routes.put("students search by name (console default), 100 rows", w -> get(base + "/api/v1/students?q="
                    + java.net.URLEncoder.encode(names.get(ThreadLocalRandom.current().nextInt(names.size())),
                    java.nio.charset.StandardCharsets.UTF_8) + "&limit=100", token(tokens)));
            routes.put("one student's invoices, 20 rows", w -> get(base + "/api/v1/invoices?studentId=" + pick(students)
                    + "&limit=20", token(tokens)));
            routes.put("payment `POST /payments` (idempotency key, receipt, audit)", w -> pay(base, token(tokens), pick(overdue), w));
            for (long id : hot) {
                get(base + "/api/v1/students/" + id, token(tokens));   // the hot set cached before its hits are measured
            }
            List<Cost> costs = new ArrayList<>();
            for (Map.Entry<String, Load.Op> e : routes.entrySet()) {
                boolean heavy = e.getKey().startsWith("students") || e.getKey().startsWith("payment")
                        || e.getKey().contains("miss");
                int n = (int) ((heavy ? 1_500 : 5_000) * SCALE);
                count(e.getValue(), n / 5);   // warm-up: JIT, pool, the route's statements
                costs.add(measure(server, e.getKey(), e.getValue(), n, server.pid(), redisPid, dbPid, dbUrl, user, password));
                Cost c = costs.get(costs.size() - 1);
                out.printf("  capacity: %s: server %.3f ms, Redis %.3f ms, MariaDB %.3f ms of CPU; %.2f Redis round trips "
                                + "(%.2f commands), %.2f queries; p50 %.2f p99 %.2f ms%n", c.route(), c.serverMs(), c.redisMs(),
                        c.dbMs(), c.roundTrips(), c.redisCommands(), c.dbQueries(), c.p50(), c.p99());
            }
            Map<String, Double> memory = redisMemory(server);
            out.printf("%nCapacity inputs (1 request at a time x %d workers; CPU from /proc, per request)%n", WORKERS);
            out.printf("| route | server CPU ms | Redis CPU ms | MariaDB CPU ms | server's Redis round trips | Redis commands "
                    + "| DB queries | p50 ms | p99 ms |%n");
            out.printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n");
            for (Cost c : costs) {
                out.printf("| %s | %.3f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", c.route(), c.serverMs(),
                        c.redisMs(), c.dbMs(), c.roundTrips(), c.redisCommands(), c.dbQueries(), c.p50(), c.p99());
            }
            out.printf("%nRedis memory per key (MEMORY USAGE, mean over a sample of each kind)%n| key kind | keys | bytes each |%n");
            memory.forEach((k, v) -> out.printf("| %s | %s |%n", k, String.format("%,.0f", v)));
            Model.print(costs, memory, out);
            scaledRun(server, costs, routes, rate, measure, server.pid(), redisPid, dbPid, dbUrl, user, password, out);
        }
    }

    /**
     * One instance at {@code rate} of the model's mix (docs/capacity.md): the CPU the per-route costs
     * predict for that mix beside the CPU the three processes spent, and the latency at that rate.
     */
    private static void scaledRun(ServerProcess server, List<Cost> costs, Map<String, Load.Op> routes, long rate, Duration measure,
                                  long serverPid, long redisPid, long dbPid, String dbUrl, String user,
                                  String password, PrintStream out) throws Exception {
        double[] shares = Mix.SHARES;
        List<Load.Op> ops = new ArrayList<>(routes.values());
        double[] predicted = new double[3];
        for (int i = 0; i < shares.length; i++) {
            Cost c = costs.get(i + 1);   // the mix starts at the authenticated route
            predicted[0] += shares[i] * c.serverMs();
            predicted[1] += shares[i] * c.redisMs();
            predicted[2] += shares[i] * c.dbMs();
        }
        double[] cumulative = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            cumulative[i] = sum;
        }
        Load.Op mixed = w -> {
            double r = ThreadLocalRandom.current().nextDouble() * cumulative[cumulative.length - 1];
            int i = 0;
            while (cumulative[i] < r) {
                i++;
            }
            ops.get(i + 1).run(w);
        };
        Load.failures();
        Load.open(rate, 64, Duration.ofSeconds(15), Duration.ZERO, mixed);
        Sample before = sample(server, serverPid, redisPid, dbPid, dbUrl, user, password);
        Load.Result r = Load.open(rate, 64, Duration.ZERO, measure, mixed);
        Sample after = sample(server, serverPid, redisPid, dbPid, dbUrl, user, password);
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        double[] measured = {(after.server() - before.server()) / seconds, (after.redis() - before.redis()) / seconds,
                (after.db() - before.db()) / seconds};
        out.printf("%nScaled check: one instance at %,d req/s of the model's mix for %d s: %,d requests, %d errors, "
                        + "p50 %.1f / p99 %.1f / p99.9 %.1f ms%n", rate, measure.toSeconds(), r.requests(), r.errors(),
                r.p(50), r.p(99), r.p(99.9));
        Load.failures().forEach(f -> out.println("  failed: " + f));
        out.printf("| process | predicted cores (rate x cost) | measured cores | measured / predicted |%n| --- | ---: | ---: | ---: |%n");
        String[] names = {"server", "Redis", "MariaDB"};
        for (int i = 0; i < 3; i++) {
            double p = rate * predicted[i] / 1000;
            out.printf("| %s | %.3f | %.3f | %.2fx |%n", names[i], p, measured[i], measured[i] / Math.max(1e-9, p));
        }
        out.printf("| server's Redis round trips/s | %,.0f | %,.0f | |%n", rate * weighted(costs, shares, Cost::roundTrips),
                (after.roundTrips() - before.roundTrips()) / seconds);
        out.printf("| Redis commands/s | %,.0f | %,.0f | |%n", rate * weighted(costs, shares, Cost::redisCommands),
                (after.commands() - before.commands()) / seconds);
        out.printf("| DB queries/s | %,.0f | %,.0f | |%n", rate * weighted(costs, shares, Cost::dbQueries),
                (after.queries() - before.queries()) / seconds);
    }

    /** The model's request mix over the routes after the bare one (docs/capacity.md, "the mix"). */
    static final class Mix {
        /** auth only, 360 hit, 360 miss, students page, name search, a student's invoices, payment. */
        static final double[] SHARES = {0.10, 0.50, 0.08, 0.05, 0.05, 0.17, 0.05};

        private Mix() {
        }
    }

    /**
     * The capacity model of docs/capacity.md over the measured costs: the peak rate of 50,000
     * sessions, the cores of each tier at half load (the headroom that keeps p99 low under bursts),
     * Redis and database work per second, and memory. Its assumptions are constants here and stated
     * in the document.
     */
    static final class Model {
        static final int STAFF = 2_000;
        static final int STUDENTS = 48_000;
        static final double STAFF_RATE = 1 / 10.0;     // requests a second per staff session while at work
        static final double STUDENT_RATE = 1 / 30.0;   // per student session
        static final double PEAK = 3;                  // registration opening, a payment deadline
        static final double SIGN_INS = 48_000 / (20 * 60.0) + 2_000 / (15 * 60.0);
        static final double LOGIN_CPU_MS = Double.parseDouble(System.getProperty("ums.capacity.login-cpu-ms", "40"));
        static final double UTILISATION = 0.5;
        static final int SERVER_CORES = 4;
        static final int DB_CORES = 16;
        static final int HOT_STUDENTS = 60_000;        // Student 360 documents alive within the cache's 5-minute TTL

        private Model() {
        }

        static void print(List<Cost> costs, Map<String, Double> memory, PrintStream out) {
            double steady = STAFF * STAFF_RATE + STUDENTS * STUDENT_RATE;
            double peak = steady * PEAK;
            double server = peak * weighted(costs, Mix.SHARES, Cost::serverMs) / 1000 + SIGN_INS * LOGIN_CPU_MS / 1000;
            double redis = peak * weighted(costs, Mix.SHARES, Cost::redisMs) / 1000;
            double dbWrite = peak * Mix.SHARES[6] * costs.get(7).dbMs() / 1000;
            double dbRead = peak * weighted(costs, Mix.SHARES, Cost::dbMs) / 1000 - dbWrite;
            double trips = peak * weighted(costs, Mix.SHARES, Cost::roundTrips);
            double queries = peak * weighted(costs, Mix.SHARES, Cost::dbQueries);
            int instances = (int) Math.ceil(server / UTILISATION / SERVER_CORES) + 1;
            int replicas = (int) Math.ceil(dbRead / UTILISATION / DB_CORES) + 1;
            // a session is its hash and its per-session rate-limit counter (the user's index of sessions is per user)
            double sessionBytes = memory.entrySet().stream().filter(e -> e.getKey().startsWith("`sess…`")
                    || e.getKey().startsWith("`rls…`")).mapToDouble(Map.Entry::getValue).sum();
            double cacheBytes = memory.entrySet().stream().filter(e -> e.getKey().startsWith("`c…`"))
                    .mapToDouble(Map.Entry::getValue).findFirst().orElse(0);
            out.printf("%nModel: %,d staff sessions at %.2f req/s and %,d student sessions at %.3f req/s: %,.0f req/s steady, "
                    + "%,.0f req/s at the %.0fx peak, and %.0f sign-ins/s (at %.0f ms of server CPU each)%n", STAFF,
                    STAFF_RATE, STUDENTS, STUDENT_RATE, steady, peak, PEAK, SIGN_INS, LOGIN_CPU_MS);
            out.printf("| tier | CPU at peak (cores) | sized at %.0f %% load | what that is |%n| --- | ---: | ---: | --- |%n",
                    UTILISATION * 100);
            out.printf("| sync servers | %.1f | %.1f | %d instances of %d cores (one spare) |%n", server,
                    server / UTILISATION, instances, SERVER_CORES);
            // Redis runs commands on one thread: past half a core it needs threaded I/O or a second primary
            out.printf("| Redis | %.2f | %.2f | %,.0f round trips/s from the servers; %s + a replica and Sentinel |%n",
                    redis, redis / UTILISATION, trips, redis / UTILISATION <= 1 ? "one primary"
                            : "one primary's main thread would be past half load: `io-threads 4` on a 4-core host, "
                            + "or sessions and cache on two primaries");
            out.printf("| MariaDB primary (writes) | %.2f | %.2f | payments and their audit: one %d-core primary |%n",
                    dbWrite, dbWrite / UTILISATION, DB_CORES);
            out.printf("| MariaDB replicas (reads) | %.1f | %.1f | %d replicas of %d cores (one spare); %,.0f queries/s in all |%n",
                    dbRead, dbRead / UTILISATION, replicas, DB_CORES, queries);
            out.printf("| Redis memory | | | sessions %,.0f B x %,d = %,.1f MB; Student 360 %,.0f B x %,d = %,.1f MB |%n",
                    sessionBytes, STAFF + STUDENTS, sessionBytes * (STAFF + STUDENTS) / 1e6, cacheBytes, HOT_STUDENTS,
                    cacheBytes * HOT_STUDENTS / 1e6);
        }
    }

    private static double weighted(List<Cost> costs, double[] shares, java.util.function.ToDoubleFunction<Cost> f) {
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i] * f.applyAsDouble(costs.get(i + 1));
        }
        return sum;
    }

    private static Cost measure(ServerProcess server, String name, Load.Op op, int n, long serverPid, long redisPid, long dbPid, String dbUrl,
                                String user, String password) throws Exception {
        Sample before = sample(server, serverPid, redisPid, dbPid, dbUrl, user, password);
        Histogram h = count(op, n);
        Sample after = sample(server, serverPid, redisPid, dbPid, dbUrl, user, password);
        return new Cost(name, n, 1000 * (after.server() - before.server()) / n, 1000 * (after.redis() - before.redis()) / n,
                1000 * (after.db() - before.db()) / n, (after.roundTrips() - before.roundTrips()) / (double) n,
                (after.commands() - before.commands() - 1) / (double) n,
                (after.queries() - before.queries() - 1) / (double) n, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0);
    }

    /** {@code n} requests over {@link #WORKERS} workers, back to back; their latencies. */
    private static Histogram count(Load.Op op, int n) throws Exception {
        Histogram h = new org.HdrHistogram.ConcurrentHistogram(3);
        AtomicLong left = new AtomicLong(n);
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().start(() -> {
                while (left.getAndDecrement() > 0) {
                    long t = System.nanoTime();
                    try {
                        op.run(worker);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    h.recordValue((System.nanoTime() - t) / 1000);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + n + " requests failed");
        }
        return h;
    }

    static Sample sample(ServerProcess server, long serverPid, long redisPid, long dbPid, String dbUrl, String user,
                         String password) throws Exception {
        long commands;
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            commands = Long.parseLong(field(j.info("stats"), "total_commands_processed"));
        }
        long queries;
        try (Connection c = DriverManager.getConnection(dbUrl, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            queries = rs.getLong(2);
        }
        return new Sample(cpuSeconds(serverPid), cpuSeconds(redisPid), cpuSeconds(dbPid), commands, queries,
                server == null ? 0 : AuthBench.redisCalls(server), System.nanoTime());
    }

    /** User plus system CPU seconds of a process (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** Redis's own pid, as its INFO tells (its process title is rewritten, so it is not found by name). */
    static long redisPid() {
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            return Long.parseLong(field(j.info("server"), "process_id"));
        }
    }

    /** The pid of the first running process with one of these names (0 when none). */
    static long pid(String... names) {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> {
            String base = Path.of(c).getFileName().toString();
            return java.util.Arrays.asList(names).contains(base);
        }).orElse(false)).mapToLong(ProcessHandle::pid).findFirst().orElse(0);
    }

    private static String field(String info, String name) {
        return info.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow()
                .substring(name.length() + 1).trim();
    }

    /**
     * Mean MEMORY USAGE of the server's Redis keys by kind (the key's first segment after the
     * server's prefix), over up to 300 keys of each kind.
     */
    private static Map<String, Double> redisMemory(ServerProcess server) {
        String prefix = "umsbench:" + ListBench.DATABASE + ":";
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            String cursor = "0";
            do {
                var page = j.scan(cursor, new redis.clients.jedis.params.ScanParams().match(prefix + "*").count(1000));
                for (String key : page.getResult()) {
                    String rest = key.substring(prefix.length());
                    String kind = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
                    counts.merge(kind, 1L, Long::sum);
                    List<String> sample = kinds.computeIfAbsent(kind, k -> new ArrayList<>());
                    if (sample.size() < 300) {
                        sample.add(key);
                    }
                }
                cursor = page.getCursor();
            } while (!cursor.equals("0"));
            Map<String, Double> memory = new LinkedHashMap<>();
            kinds.forEach((kind, keys) -> memory.put(String.format("`%s…` | %,d", kind, counts.get(kind)),
                    keys.stream().mapToLong(k -> {
                        Long bytes = j.memoryUsage(k);
                        return bytes == null ? 0 : bytes;
                    }).average().orElse(0)));
            return memory;
        }
    }

    private static String token(List<String> tokens) {
        return tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
    }

    private static long pick(long[] ids) {
        return ids[ThreadLocalRandom.current().nextInt(ids.length)];
    }

    private static void get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode());
        }
    }

    private static void pay(String base, String token, long invoice, int worker) throws Exception {
        String key = "cap-" + System.nanoTime() + "-" + worker;
        String body = "{\"invoiceId\":" + invoice + ",\"amount\":\"0.01\",\"method\":\"CASH\",\"reference\":\"" + key + "\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/payments"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("payment " + r.statusCode() + " " + r.body());
        }
    }

    private static List<String> column(String db, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db + ListBench.DATABASE, user, password);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> list = new ArrayList<>();
            while (rs.next()) {
                list.add(rs.getString(1));
            }
            return list;
        }
    }
}
