package th.ac.ums.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the benchmark harness: {@code bench/run all} (the whole suite on the 1M seed),
 * {@code bench/run quick} (the same on 20,000 students with short runs) or single benchmarks
 * {@code bench/run b1 … b9 [options]}, {@code bench/run r1} (reports). Prints each benchmark's table; the suite also writes its
 * summary into docs/PERFORMANCE.md.
 */
public final class Bench {
    /** The benchmarks in the order the suite runs them: the seed first, the 30-minute soak last. */
    static final List<String> SUITE = List.of("b8", "b1", "b2", "b3", "b4", "b5", "b7", "b9", "b6");

    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        String server = System.getenv().getOrDefault("UMS_BENCH_DB", "jdbc:mysql://127.0.0.1:3306/");
        String user = System.getenv().getOrDefault("UMS_BENCH_DB_USER", "root");
        String password = System.getenv().getOrDefault("UMS_BENCH_DB_PASSWORD", "");
        boolean quick = args.contains("quick");
        boolean suite = quick || args.contains("all");
        long students = option(args, "--students", quick ? 20_000 : 1_000_000);
        if (students != 1_000_000) {
            ListBench.DATABASE = "umsbench_list_" + students;
        }
        if (args.contains("counts")) {
            ListBench.ensureSeeded(server, user, password, students, System.out);
            CountBench.run(server, user, password, (int) option(args, "--samples", 30), System.out);
            return;
        }
        if (args.contains("serve")) {
            BenchServer.serve(server, user, password, args);
            return;
        }
        if (args.contains("r1")) {
            ReportsBench.run(server, user, password, option(args, "--students", 200_000),
                    (int) option(args, "--seconds", 20), (int) option(args, "--workers", 8), System.out);
            return;
        }
        List<String> selected = suite ? SUITE : SUITE.stream().filter(args::contains).toList();
        if (selected.isEmpty()) {
            System.err.println("usage: bench/run all | quick | b1 … b9 [--students N] [--seconds S] (docs/PERFORMANCE.md)");
            System.exit(2);
        }
        Report report = suite ? new Report(java.nio.file.Path.of("docs/PERFORMANCE.md"), quick ? "quick" : "full",
                "./bench/run " + String.join(" ", argv), Report.machine(server, user, password)
                + String.format(" Seed: %,d students.", students)) : null;
        Sizes sizes = suite ? Sizes.of(quick) : Sizes.from(args);
        PrintStream out = System.out;
        for (String id : selected) {
            if (!id.equals("b8") && !id.equals("b4") && !id.equals("b5")) {
                ListBench.ensureSeeded(server, user, password, students, out);
            }
            out.printf("%n==== %s ====%n", id.toUpperCase());
            Report.Row row = switch (id) {
                case "b1" -> b1(server, user, password, sizes, out);
                case "b2" -> b2(server, user, password, Double.parseDouble(optionText(args, "--zipf", "0.99")), sizes, out);
                case "b3" -> b3(server, user, password, sizes, out);
                case "b4" -> b4(server, user, password, sizes, out);
                case "b5" -> b5(server, user, password, sizes, out);
                case "b6" -> b6(server, user, password, sizes, args.contains("--server-heap")
                        ? new ServerProcess.Flags(List.of("-Xmx" + optionText(args, "--server-heap", "")), java.util.Map.of())
                        : ServerProcess.distribution(), out);
                case "b7" -> b7(students, out);
                case "b9" -> b9(server, user, password, (int) option(args, "--lines", BankFileBench.LINES),
                        (int) option(args, "--reps", 3), out);
                default -> b8(server, user, password, students, out);
            };
            out.printf("%s: %s; %s -> %s%n", row.id(), row.ratio(), row.absolute(), row.met() ? "met" : "MISSED");
            if (report != null) {
                report.add(row);
            }
        }
        if (report != null) {
            report.finish();
            out.println("\nsummary written to docs/PERFORMANCE.md");
        }
    }

    /** How long and how much each benchmark runs: the full suite's sizes, the quick ones, or the command line's. */
    record Sizes(Duration measure, Duration warmUp, int keyset, int offset, int authRequests, int users,
                 int loginSeconds, int connections, int sessions, long rate, Duration soak) {
        static Sizes of(boolean quick) {
            return quick ? new Sizes(Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 20, 5_000, 1_000, 10, 1_000,
                    2_000, 100, Duration.ofSeconds(60))
                    : new Sizes(Duration.ofSeconds(20), Duration.ofSeconds(60), 500, 60, 50_000, 10_000, 30, 10_000,
                    50_000, 200, Duration.ofMinutes(30));
        }

        static Sizes from(List<String> args) {
            Sizes d = of(false);
            long seconds = option(args, "--seconds", -1);
            return new Sizes(seconds > 0 ? Duration.ofSeconds(seconds) : d.measure(),
                    Duration.ofSeconds(option(args, "--warmup", d.warmUp().toSeconds())),
                    (int) option(args, "--keyset", d.keyset()), (int) option(args, "--offset", d.offset()),
                    (int) option(args, "--requests", d.authRequests()), (int) option(args, "--users", d.users()),
                    seconds > 0 ? (int) seconds : d.loginSeconds(),
                    (int) option(args, "--connections", d.connections()), (int) option(args, "--sessions", d.sessions()),
                    option(args, "--rate", d.rate()), seconds > 0 ? Duration.ofSeconds(seconds) : d.soak());
        }
    }

    private static Report.Row b1(String server, String user, String password, Sizes sizes, PrintStream out)
            throws Exception {
        ListBench.B1 r = ListBench.b1(server, user, password, sizes.measure(), out);
        out.printf("%nB1 GET /students?facultyId&status&sort&limit=100 (%d query shapes), %d connections%n",
                r.queries(), ListBench.CONNECTIONS);
        out.printf("| | closed-loop req/s | max req/s with p99 < 50 ms | p50 ms | p99 ms |%n");
        out.printf("| server | %,.0f | %,.0f | %.1f | %.1f |%n", r.closedServer(), r.server().rate(),
                r.server().at().p(50), r.server().at().p(99));
        out.printf("| same SQL, plain JDBC | %,.0f | %,.0f | %.1f | %.1f |%n", r.closedJdbc(), r.jdbc().rate(),
                r.jdbc().at().p(50), r.jdbc().at().p(99));
        double ratio = r.server().rate() / Math.max(1, r.jdbc().rate());
        return new Report.Row("B1", "filtered, sorted student pages, 64 connections",
                String.format("**%.2fx** of plain JDBC (max rate with p99 < 50 ms)", ratio),
                String.format("server %,.0f req/s (p99 %.1f ms) vs JDBC %,.0f req/s; closed loop %,.0f vs %,.0f",
                        r.server().rate(), r.server().at().p(99), r.jdbc().rate(), r.closedServer(), r.closedJdbc()),
                "≥ 0.7x", ratio >= 0.7);
    }

    private static Report.Row b2(String server, String user, String password, double exponent, Sizes sizes,
                                 PrintStream out) throws Exception {
        ListBench.B2 r = ListBench.b2(server, user, password, exponent, sizes.warmUp(), sizes.measure(), out);
        out.printf("%nB2 GET /students/{id}, Zipf exponent %.2f over all students, %d connections%n",
                r.exponent(), ListBench.CONNECTIONS);
        out.printf("| | req/s | p50 ms | p99 ms | hit rate |%n");
        out.printf("| cache on | %,.0f | %.1f | %.1f | %.1f%% |%n", r.cached().perSecond(), r.cached().p(50),
                r.cached().p(99), r.hitRate() * 100);
        out.printf("| cache off | %,.0f | %.1f | %.1f | |%n", r.uncached().perSecond(), r.uncached().p(50),
                r.uncached().p(99));
        double ratio = r.cached().perSecond() / Math.max(1, r.uncached().perSecond());
        return new Report.Row("B2", String.format("Student 360, Zipf %.2f ids, cache on vs off", r.exponent()),
                String.format("**%.2fx**, hit rate %.1f %%", ratio, r.hitRate() * 100),
                String.format("%,.0f vs %,.0f req/s; p99 %.1f vs %.1f ms", r.cached().perSecond(),
                        r.uncached().perSecond(), r.cached().p(99), r.uncached().p(99)),
                "≥ 3x, hit rate ≥ 90 %", ratio >= 3 && r.hitRate() >= 0.9);
    }

    private static Report.Row b3(String server, String user, String password, Sizes sizes, PrintStream out)
            throws Exception {
        List<ListBench.Depth> depths = ListBench.b3(server, user, password, sizes.keyset(), sizes.offset(), out);
        double firstKeyset = depths.get(0).keyset().getValueAtPercentile(99);
        double firstOffset = depths.get(0).offset().getValueAtPercentile(99);
        out.printf("%nB3 students in code order, 100 a page, sequential requests (ms)%n");
        out.printf("| depth | keyset p50 | keyset p99 | keyset p99 / first | offset p50 | offset p99 | offset p99 / first |%n");
        for (ListBench.Depth d : depths) {
            out.printf("| %d%% | %.1f | %.1f | %.2fx | %.1f | %.1f | %.1fx |%n", d.percent(),
                    d.keyset().getValueAtPercentile(50) / 1000.0, d.keyset().getValueAtPercentile(99) / 1000.0,
                    d.keyset().getValueAtPercentile(99) / firstKeyset, d.offset().getValueAtPercentile(50) / 1000.0,
                    d.offset().getValueAtPercentile(99) / 1000.0, d.offset().getValueAtPercentile(99) / firstOffset);
        }
        ListBench.Depth deep = depths.get(depths.size() - 1);
        double ratio = deep.keyset().getValueAtPercentile(99) / firstKeyset;
        return new Report.Row("B3", "keyset page at 90 % depth (offset page for comparison)",
                String.format("**%.2fx** of the first page (p99); offset %.1fx", ratio,
                        deep.offset().getValueAtPercentile(99) / firstOffset),
                String.format("keyset p99 %.1f ms at 90 %% vs %.1f ms first; offset p99 %.1f ms at 90 %%",
                        deep.keyset().getValueAtPercentile(99) / 1000.0, firstKeyset / 1000.0,
                        deep.offset().getValueAtPercentile(99) / 1000.0),
                "≤ 1.5x", ratio <= 1.5);
    }

    private static Report.Row b4(String server, String user, String password, Sizes sizes, PrintStream out)
            throws Exception {
        AuthBench.B4 r = AuthBench.b4(server, user, password, sizes.authRequests(), out);
        out.printf("%nB4 authentication path (sequential requests, microseconds)%n");
        out.printf("| | p50 | p90 | p99 | p99.9 |%n");
        row("bare route /observe/health/live", r.bare());
        row("GET /api/v1/me/session (JWT + Redis session + limit)", r.auth());
        row("Redis GET round trip (Jedis, load generator's JVM)", r.redis());
        long p50 = r.auth().getValueAtPercentile(50) - r.bare().getValueAtPercentile(50);
        long p99 = r.auth().getValueAtPercentile(99) - r.bare().getValueAtPercentile(99);
        return new Report.Row("B4", "authentication overhead (JWT + Redis session + rate limit)",
                String.format("**%d µs** p99 over the bare route; %.2f Redis round trips", p99, r.redisCallsPerRequest()),
                String.format("p50 %d µs overhead; Redis GET p50 %d µs", p50, r.redis().getValueAtPercentile(50)),
                "≤ 1 ms p99, ≤ 2 round trips", p99 <= 1000 && r.redisCallsPerRequest() <= 2);
    }

    private static Report.Row b5(String server, String user, String password, Sizes sizes, PrintStream out)
            throws Exception {
        AuthBench.B5 r = AuthBench.b5(server, user, password, sizes.users(), 8, sizes.loginSeconds(), out);
        out.printf("%nB5 logins: %,d users, %,d logins (%d failed)%n", r.users(), r.logins(), r.failures());
        out.printf("| logins/s | hash loop verifications/s | ratio |%n| %.1f | %.1f | %.2fx |%n",
                r.loginsPerSecond(), r.hashesPerSecond(), r.loginsPerSecond() / r.hashesPerSecond());
        double ratio = r.loginsPerSecond() / r.hashesPerSecond();
        return new Report.Row("B5", String.format("sign-ins of %,d users vs a bare Argon2id loop", r.users()),
                String.format("**%.2fx**", ratio), String.format("%.1f logins/s vs %.1f hashes/s, %d failed",
                r.loginsPerSecond(), r.hashesPerSecond(), r.failures()), "≥ 0.9x", ratio >= 0.9 && r.failures() == 0);
    }

    private static Report.Row b6(String server, String user, String password, Sizes sizes, ServerProcess.Flags flags,
                                 PrintStream out) throws Exception {
        SoakBench.Soak r = SoakBench.b6(server, user, password, sizes.connections(), sizes.sessions(), sizes.rate(),
                sizes.soak(), flags, out);
        Load.Result l = r.load();
        boolean met = l.p(99) < 50 && l.errors() == 0 && r.peakRssKb() < 512 * 1024;
        return new Report.Row("B6", String.format("soak: %,d keep-alive connections, %,d sessions, 80/20 at %d req/s, "
                        + "%d min, server `%s`", r.connections(), r.sessions(), sizes.rate(), r.seconds() / 60, r.flags()),
                String.format("RSS peak **%,d MB** (idle %,d MB: %.2fx)", r.peakRssKb() >> 10, r.idleRssKb() >> 10,
                        r.peakRssKb() / (double) Math.max(1, r.idleRssKb())),
                String.format("%,d requests, %,d errors; p50 %.1f / p99 %.1f / p99.9 %.1f ms; heap after GC %,d MB; "
                                + "hit rate %.1f %%; %,d connections still open", l.requests(), l.errors(), l.p(50),
                        l.p(99), l.p(99.9), r.heapAfterGc() >> 20, r.hitRate() * 100, r.alive()),
                "p99 < 50 ms, 0 errors, RSS < 512 MB", met);
    }

    private static Report.Row b8(String server, String user, String password, long students, PrintStream out)
            throws Exception {
        SeedBench.Result r = SeedBench.run(server, user, password, students, out);
        out.printf("%nB8 seed --students %,d%n", r.students());
        out.printf("| rows | seed s | seed rows/s | LOAD DATA s | LOAD DATA rows/s | ratio |%n");
        out.printf("| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2fx |%n", r.rows(), r.seedSeconds(),
                r.rows() / r.seedSeconds(), r.referenceSeconds(), r.rows() / r.referenceSeconds(), r.ratio());
        return new Report.Row("B8", String.format("seed %,d students", r.students()),
                String.format("**%.2fx** of LOAD DATA", r.ratio()),
                String.format("%,d rows in %.1f s (%,.0f rows/s) vs %.1f s", r.rows(), r.seedSeconds(),
                        r.rows() / r.seedSeconds(), r.referenceSeconds()),
                "≥ 0.8x, < 180 s", r.ratio() >= 0.8 && r.seedSeconds() < 180);
    }

    private static Report.Row b9(String server, String user, String password, int lines, int reps, PrintStream out)
            throws Exception {
        BankFileBench.Result r = BankFileBench.run(server, user, password, lines, reps, out);
        double upload = r.lines() / r.median(BankFileBench.Rep::first);
        double reference = r.lines() / r.median(BankFileBench.Rep::reference);
        double again = r.median(x -> x.second() / x.first());
        boolean recordedNothing = r.reps().stream().allMatch(x -> x.secondRecorded() == 0);
        out.printf("%nB9 bank file of %,d lines (KTB layout), %d repetitions, medians (spread)%n", r.lines(),
                r.reps().size());
        out.printf("| | s | lines/s | server CPU s |%n");
        out.printf("| upload | %.1f (%s) | %,.0f | %.1f |%n", r.median(BankFileBench.Rep::first),
                r.spread(BankFileBench.Rep::first, "%.1f"), upload, r.median(BankFileBench.Rep::firstCpu));
        out.printf("| same file again | %.1f (%s) | %,.0f | %.1f |%n", r.median(BankFileBench.Rep::second),
                r.spread(BankFileBench.Rep::second, "%.1f"), r.lines() / r.median(BankFileBench.Rep::second),
                r.median(BankFileBench.Rep::secondCpu));
        out.printf("| plain JDBC batch of the same payments | %.1f (%s) | %,.0f | |%n",
                r.median(BankFileBench.Rep::reference), r.spread(BankFileBench.Rep::reference, "%.1f"), reference);
        double ratio = upload / reference;
        return new Report.Row("B9", String.format("bank file of %,d lines against the seed, uploaded twice", r.lines()),
                String.format("**%.2fx** of a plain JDBC batch; again in %.0f %% of the first upload's time", ratio,
                        again * 100),
                String.format("%,.0f vs %,.0f lines/s; second upload recorded %s", upload, reference,
                        recordedNothing ? "nothing" : "**something**"),
                "≥ 0.5x; again < 20 %, records nothing", ratio >= 0.5 && again < 0.2 && recordedNothing);
    }

    static void row(String name, org.HdrHistogram.Histogram h) {
        System.out.printf("| %s | %d | %d | %d | %d |%n", name, h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9));
    }

    private static Report.Row b7(long students, PrintStream out) throws Exception {
        try (ServerProcess server = ListBench.server(true)) {
            List<ClientBench.Run> runs = ClientBench.b7(server.base(), ListBench.ADMIN, AuthBench.PASSWORD, students, out);
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
            ClientBench.Run grid = runs.get(0);
            ClientBench.Run memory = runs.get(1);
            double ratio = grid.pulses().getValueAtPercentile(99) / (double) Math.max(1, memory.pulses().getValueAtPercentile(99));
            out.printf("p99 pulse ratio: %.2fx%n", ratio);
            boolean met = grid.overShare() < 0.01 && ratio <= 1.2 && grid.jumps().getValueAtPercentile(50) <= 150
                    && grid.heapPeak() < 512L << 20;
            return new Report.Row("B7", String.format("console grid over %,d students, headless (software rendering)", students),
                    String.format("p99 pulse **%.2fx** of the in-memory grid", ratio),
                    String.format("%.1f %% of pulses over 16.7 ms (in-memory grid %.1f %%); FX-thread work p99 %d vs %d ms;"
                                    + " rows after a jump p50 %d ms, max %d ms; heap peak %,d MB",
                            grid.overShare() * 100, memory.overShare() * 100, grid.fxWork().getValueAtPercentile(99),
                            memory.fxWork().getValueAtPercentile(99), grid.jumps().getValueAtPercentile(50),
                            grid.jumps().getMaxValue(), grid.heapPeak() >> 20),
                    "< 1 % over 16.7 ms; p99 ≤ 1.2x; rows ≤ 150 ms after a jump; heap < 512 MB", met);
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
