package th.ac.ums.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the benchmark harness: {@code bench/run [b8] [--students N]}. Prints a table;
 * figures go to docs/PERFORMANCE.md.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        long students = option(args, "--students", 1_000_000);
        String server = System.getenv().getOrDefault("UMS_BENCH_DB", "jdbc:mysql://127.0.0.1:3306/");
        String user = System.getenv().getOrDefault("UMS_BENCH_DB_USER", "root");
        String password = System.getenv().getOrDefault("UMS_BENCH_DB_PASSWORD", "");
        if (args.contains("b1") || args.contains("b2") || args.contains("b3") || args.contains("b7")) {
            ListBench.ensureSeeded(server, user, password, students, System.out);
        }
        if (args.contains("serve-list")) {
            try (BenchServer s = ListBench.server(server, user, password, true)) {
                long sessions = option(args, "--sessions", 0);
                if (sessions > 0) {
                    SoakBench.writeSessions(s, (int) sessions, java.nio.file.Path.of(optionText(args, "--tokens", "")));
                }
                System.out.println("BENCH SERVER " + s.base());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // serve until the parent closes our stdin
                }
            }
            return;
        }
        if (args.contains("b7")) {
            b7(System.out);
        }
        if (args.contains("b6")) {
            SoakBench.b6(server, user, password, (int) option(args, "--connections", 10_000),
                    (int) option(args, "--sessions", 50_000), option(args, "--rate", 200),
                    java.time.Duration.ofSeconds(option(args, "--seconds", 1800)), System.out);
        }
        java.time.Duration measure = java.time.Duration.ofSeconds(option(args, "--seconds", 20));
        if (args.contains("b1")) {
            ListBench.B1 r = ListBench.b1(server, user, password, measure, System.out);
            System.out.printf("%nB1 GET /students?facultyId&status&sort&limit=100 (%d query shapes), %d connections%n",
                    r.queries(), ListBench.CONNECTIONS);
            System.out.printf("| | closed-loop req/s | max req/s with p99 < 50 ms | p50 ms | p99 ms |%n");
            System.out.printf("| server | %,.0f | %,.0f | %.1f | %.1f |%n", r.closedServer(), r.server().rate(),
                    r.server().at().p(50), r.server().at().p(99));
            System.out.printf("| same SQL, plain JDBC | %,.0f | %,.0f | %.1f | %.1f |%n", r.closedJdbc(), r.jdbc().rate(),
                    r.jdbc().at().p(50), r.jdbc().at().p(99));
            System.out.printf("ratio (max rate at p99 < 50 ms): %.2fx; closed loop: %.2fx%n",
                    r.server().rate() / r.jdbc().rate(), r.closedServer() / r.closedJdbc());
        }
        if (args.contains("b2")) {
            double exponent = Double.parseDouble(optionText(args, "--zipf", "0.99"));
            ListBench.B2 r = ListBench.b2(server, user, password, exponent,
                    java.time.Duration.ofSeconds(option(args, "--warmup", 60)), measure, System.out);
            System.out.printf("%nB2 GET /students/{id}, Zipf exponent %.2f over all students, %d connections%n",
                    r.exponent(), ListBench.CONNECTIONS);
            System.out.printf("| | req/s | p50 ms | p99 ms | hit rate |%n");
            System.out.printf("| cache on | %,.0f | %.1f | %.1f | %.1f%% |%n", r.cached().perSecond(), r.cached().p(50),
                    r.cached().p(99), r.hitRate() * 100);
            System.out.printf("| cache off | %,.0f | %.1f | %.1f | |%n", r.uncached().perSecond(), r.uncached().p(50),
                    r.uncached().p(99));
            System.out.printf("ratio: %.2fx%n", r.cached().perSecond() / r.uncached().perSecond());
        }
        if (args.contains("b3")) {
            List<ListBench.Depth> depths = ListBench.b3(server, user, password, (int) option(args, "--keyset", 500),
                    (int) option(args, "--offset", 60), System.out);
            double firstKeyset = depths.get(0).keyset().getValueAtPercentile(99);
            double firstOffset = depths.get(0).offset().getValueAtPercentile(99);
            System.out.printf("%nB3 students in code order, 100 a page, sequential requests (ms)%n");
            System.out.printf("| depth | keyset p50 | keyset p99 | keyset p99 / first | offset p50 | offset p99 | offset p99 / first |%n");
            for (ListBench.Depth d : depths) {
                System.out.printf("| %d%% | %.1f | %.1f | %.2fx | %.1f | %.1f | %.1fx |%n", d.percent(),
                        d.keyset().getValueAtPercentile(50) / 1000.0, d.keyset().getValueAtPercentile(99) / 1000.0,
                        d.keyset().getValueAtPercentile(99) / firstKeyset, d.offset().getValueAtPercentile(50) / 1000.0,
                        d.offset().getValueAtPercentile(99) / 1000.0, d.offset().getValueAtPercentile(99) / firstOffset);
            }
        }
        if (args.contains("b4")) {
            AuthBench.B4 r = AuthBench.b4(server, user, password, (int) option(args, "--requests", 50_000), System.out);
            System.out.printf("%nB4 authentication path (sequential requests, microseconds)%n");
            System.out.printf("| | p50 | p90 | p99 | p99.9 |%n");
            row("bare route /observe/health/live", r.bare());
            row("GET /api/v1/me/session (JWT + Redis session + limit)", r.auth());
            row("Redis GET round trip (Jedis, same JVM)", r.redis());
            System.out.printf("auth overhead p50 %d us, p99 %d us; Redis round trips per authenticated request: %.2f%n",
                    r.auth().getValueAtPercentile(50) - r.bare().getValueAtPercentile(50),
                    r.auth().getValueAtPercentile(99) - r.bare().getValueAtPercentile(99), r.redisCallsPerRequest());
        }
        if (args.contains("b5")) {
            AuthBench.B5 r = AuthBench.b5(server, user, password, (int) option(args, "--users", 10_000),
                    (int) option(args, "--clients", 8), (int) option(args, "--seconds", 30), System.out);
            System.out.printf("%nB5 logins: %,d users, %,d logins (%d failed)%n", r.users(), r.logins(), r.failures());
            System.out.printf("| logins/s | hash loop verifications/s | ratio |%n| %.1f | %.1f | %.2fx |%n",
                    r.loginsPerSecond(), r.hashesPerSecond(), r.loginsPerSecond() / r.hashesPerSecond());
        }
        if (args.isEmpty() || args.contains("b8")) {
            SeedBench.Result r = SeedBench.run(server, user, password, students, System.out);
            System.out.printf("%nB8 seed --students %,d%n", r.students());
            System.out.printf("| rows | seed s | seed rows/s | LOAD DATA s | LOAD DATA rows/s | ratio |%n");
            System.out.printf("| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2fx |%n", r.rows(), r.seedSeconds(),
                    r.rows() / r.seedSeconds(), r.referenceSeconds(), r.rows() / r.referenceSeconds(), r.ratio());
        }
    }

    static void row(String name, org.HdrHistogram.Histogram h) {
        System.out.printf("| %s | %d | %d | %d | %d |%n", name, h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9));
    }

    private static void b7(java.io.PrintStream out) throws Exception {
        String[] url = new String[1];
        Process server = ClientBench.serverProcess(url);
        try {
            List<ClientBench.Run> runs = ClientBench.b7(url[0], ListBench.ADMIN, AuthBench.PASSWORD, out);
            out.printf("%nB7 students grid, 1,200-step scroll-bar drag + 3,000 rows scrolled + 20 random jumps%n");
            out.printf("| grid | pulses | over 16.7 ms | p99 pulse ms | max pulse ms | FX work over 16.7 ms "
                    + "| FX work p99 ms | jump p50 ms | jump max ms | heap peak MB | heap after GC MB |%n");
            for (ClientBench.Run r : runs) {
                out.printf("| %s | %,d | %.2f%% | %d | %d | %.2f%% | %d | %d | %d | %,d | %,d |%n", r.name(),
                        r.pulses().getTotalCount(), r.overShare() * 100, r.pulses().getValueAtPercentile(99),
                        r.pulses().getMaxValue(), r.fxOverShare() * 100, r.fxWork().getValueAtPercentile(99),
                        r.jumps().getValueAtPercentile(50), r.jumps().getMaxValue(), r.heapPeak() >> 20,
                        r.heapAfterGc() >> 20);
            }
            out.printf("p99 pulse ratio: %.2fx%n", runs.get(0).pulses().getValueAtPercentile(99)
                    / (double) Math.max(1, runs.get(1).pulses().getValueAtPercentile(99)));
        } finally {
            server.getOutputStream().close();
            server.destroy();
            server.waitFor();
        }
    }

    static String optionText(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    static long option(List<String> args, String name, long fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Long.parseLong(args.get(i + 1).replace("_", "")) : fallback;
    }
}
