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

    static long option(List<String> args, String name, long fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Long.parseLong(args.get(i + 1).replace("_", "")) : fallback;
    }
}
