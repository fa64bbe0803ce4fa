package th.ac.ums.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's summary table in docs/PERFORMANCE.md, between {@code <!-- suite:NAME -->} and
 * {@code <!-- /suite:NAME -->}: rewritten after every benchmark, so an interrupted run still leaves
 * what it measured (marked as running).
 */
final class Report {
    /** A target's verdict: judged and met or missed, or not judgeable on this machine (say why). */
    enum Status {
        MET("met"), MISSED("**missed**"), NOT_JUDGEABLE("not judgeable here");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /**
     * One benchmark's line: the ratio against its same-run reference, the absolute figures (medians
     * of its runs with their min–max spread), the verdict and why (which part missed, or why a part
     * cannot be judged on this machine).
     */
    record Row(String id, String what, String ratio, String absolute, String target, Status status, String reason) {
        Row(String id, String what, String ratio, String absolute, String target, boolean met) {
            this(id, what, ratio, absolute, target, met ? Status.MET : Status.MISSED, "");
        }

        String verdict() {
            return status.label + (reason.isEmpty() ? "" : ": " + reason);
        }
    }

    private final Path file;
    private final String name;
    private final String command;
    private final String machine;
    private final Instant started = Instant.now();
    private final List<Row> rows = new ArrayList<>();

    Report(Path file, String name, String command, String machine) {
        this.file = file;
        this.name = name;
        this.command = command;
        this.machine = machine;
    }

    void add(Row row) throws Exception {
        rows.add(row);
        write(false);
    }

    void finish() throws Exception {
        write(true);
    }

    private void write(boolean done) throws Exception {
        String begin = "<!-- suite:" + name + " -->";
        String end = "<!-- /suite:" + name + " -->";
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int i = text.indexOf(begin);
        int j = text.indexOf(end);
        if (i < 0 || j < i) {
            throw new IllegalStateException(file + " has no " + begin + " … " + end + " block");
        }
        Files.writeString(file, text.substring(0, i + begin.length()) + "\n" + table(done) + text.substring(j),
                StandardCharsets.UTF_8);
    }

    private String table(boolean done) {
        Duration took = Duration.between(started, Instant.now());
        StringBuilder b = new StringBuilder();
        b.append("Written by `").append(command).append("` on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
                .append(" at commit ").append(commit()).append(done ? ", in " : ", **still running** after ")
                .append(took.toMinutes()).append(" min.\n").append(machine).append("\n\n")
                .append("Each figure is the median of the benchmark's runs with their spread (min–max) in brackets; ")
                .append("the number of runs is in the row.\n\n")
                .append("| id | what | ratio (reference measured in the same run) | absolute | target | status |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            b.append("| ").append(r.id()).append(" | ").append(r.what()).append(" | ").append(r.ratio()).append(" | ")
                    .append(r.absolute()).append(" | ").append(r.target()).append(" | ")
                    .append(r.verdict()).append(" |\n");
        }
        return b.toString();
    }

    /** The short commit of the working tree, marked when it has uncommitted changes. */
    static String commit() {
        try {
            String head = run("git", "rev-parse", "--short", "HEAD").trim();
            return run("git", "status", "--porcelain", "--untracked-files=no").isBlank() ? head : head + " (modified)";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Cores, CPU, memory, OS, JDK, MariaDB and Redis versions of this machine. */
    static String machine(String dbUrl, String user, String password) {
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (Exception e) {
            // not Linux: leave it unknown
        }
        String db = "?";
        try (Connection c = DriverManager.getConnection(dbUrl, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            db = rs.getString(1);
        } catch (Exception e) {
            db = "unreachable";
        }
        String redis = "?";
        URI r = URI.create(System.getenv().getOrDefault("UMS_BENCH_REDIS", "redis://127.0.0.1:6379/0"));
        try (var jedis = new redis.clients.jedis.Jedis(r.getHost(), r.getPort())) {
            redis = jedis.info("server").lines().filter(l -> l.startsWith("redis_version:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (Exception e) {
            redis = "unreachable";
        }
        db += " (" + DbTuning.describe(dbUrl, user, password) + ")";
        return String.format("Machine: %d cores (%s), %.0f GiB, %s %s, %s %s, MariaDB %s and Redis %s on loopback.",
                Runtime.getRuntime().availableProcessors(), cpu, memKb / 1048576.0, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"), db, redis);
    }
}
