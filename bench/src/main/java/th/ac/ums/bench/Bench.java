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
        if (args.isEmpty() || args.contains("b8")) {
            SeedBench.Result r = SeedBench.run(server, user, password, students, System.out);
            System.out.printf("%nB8 seed --students %,d%n", r.students());
            System.out.printf("| rows | seed s | seed rows/s | LOAD DATA s | LOAD DATA rows/s | ratio |%n");
            System.out.printf("| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2fx |%n", r.rows(), r.seedSeconds(),
                    r.rows() / r.seedSeconds(), r.referenceSeconds(), r.rows() / r.referenceSeconds(), r.ratio());
        }
    }

    static long option(List<String> args, String name, long fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Long.parseLong(args.get(i + 1).replace("_", "")) : fallback;
    }
}
