package th.ac.ums.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The server under test in its own JVM ({@code Bench serve …}), so that the load generator never
 * shares a heap, JIT or garbage collector with it. Extra JVM flags for the server (a JFR
 * recording, another heap size) come from {@code UMS_BENCH_SERVER_JVM}, extra settings
 * ({@code key=value ...}, keys as in application.yaml) from {@code UMS_BENCH_SERVER_SETTINGS}.
 */
final class ServerProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Process process;
    private final String base;
    private final java.util.concurrent.BlockingQueue<String> answers = new java.util.concurrent.LinkedBlockingQueue<>();

    private ServerProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts {@code Bench serve --database D [args]} with the given heap and waits until it listens.
     * @param heap the server's -Xmx, e.g. "1g"
     * @param args the serve command's options (--fresh, --cache false, --sessions N --tokens F)
     */
    static ServerProcess start(String database, String heap, String... args) throws Exception {
        return start(database, new Flags(List.of("-Xmx" + heap), java.util.Map.of()), args);
    }

    /** JVM flags and environment for the server's JVM. */
    record Flags(List<String> jvm, java.util.Map<String, String> env) {
    }

    /**
     * The JVM flags the server distribution starts with by default (the {@code JAVA_OPTS} default
     * of installer/src/main/dist/bin/ums-server), read from the script itself so that the soak
     * measures what IT installs.
     */
    static Flags distribution() throws java.io.IOException {
        String script = Files.readString(Path.of("installer/src/main/dist/bin/ums-server"));
        java.util.regex.Matcher opts = java.util.regex.Pattern.compile("\\$\\{JAVA_OPTS:-([^}]*)}").matcher(script);
        if (!opts.find()) {
            throw new IllegalStateException("no JAVA_OPTS default in bin/ums-server");
        }
        return new Flags(List.of(opts.group(1).trim().split("\\s+")), java.util.Map.of());
    }

    static ServerProcess start(String database, Flags flags, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(flags.jvm());
        String extra = System.getenv().getOrDefault("UMS_BENCH_SERVER_JVM", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.replace("{db}", database).split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "th.ac.ums.bench.Bench", "serve",
                "--database", database));
        command.addAll(List.of(args));
        String settings = System.getenv().getOrDefault("UMS_BENCH_SERVER_SETTINGS", "").trim();
        if (!settings.isEmpty()) {
            for (String kv : settings.split("\\s+")) {
                command.addAll(List.of("--set", kv));
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(flags.env());
        Process p = builder.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> head = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("BENCH SERVER ")) {
                ServerProcess server = new ServerProcess(p, line.substring("BENCH SERVER ".length()).trim());
                Thread.ofPlatform().daemon().start(() -> server.drain(lines));
                return server;
            }
            head.add(line);
        }
        throw new IllegalStateException("the bench server did not start:\n" + String.join("\n", head));
    }

    private void drain(BufferedReader lines) {
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                // the server's log is not part of the measurement; answers to commands are
                if (line.startsWith("BENCH ")) {
                    answers.add(line.substring(6));
                }
            }
        } catch (java.io.IOException e) {
            // the server ended
        }
    }

    /** Sends a command to the serve loop (see BenchServer.serve) and waits for its one-line answer. */
    String command(String line, java.time.Duration timeout) throws Exception {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        String answer = answers.poll(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (answer == null) {
            throw new IllegalStateException("no answer to " + line);
        }
        return answer;
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** The server's Prometheus text. */
    String metrics() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/observe/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The sum of every sample of a metric whose line starts with {@code name} and holds every label given. */
    double metric(String name, String... labels) throws Exception {
        return sum(metrics(), name, labels);
    }

    /** The same over a scrape already taken (several figures from one scrape). */
    static double sum(String scrape, String name, String... labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            if (Arrays.stream(labels).allMatch(line::contains)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Clock ticks a second of /proc/PID/stat's CPU times (USER_HZ, 100 on Linux). */
    static final long TICKS_PER_SECOND = 100;

    /** The server's CPU time so far, user + system, in clock ticks, from /proc/PID/stat. */
    long cpuTicks() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);   // fields 14 and 15: utime, stime
    }

    /** Resident set size in KiB from /proc (0 when it cannot be read). */
    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    /** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux unless told otherwise). */
    private static final long TICKS = ticks();

    private static long ticks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (Exception e) {
            return 100;
        }
    }

    /**
     * The server process's own CPU time so far (user + system, every thread), in nanoseconds, from
     * /proc/PID/stat: what a request costs the server, whatever else runs on the shared cores.
     */
    long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1_000_000_000L / TICKS;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * The same without the JIT compiler threads (C1/C2 CompilerThread): the CPU the requests and
     * the garbage collector took, not the compiling of a JVM that is still warming up.
     */
    long cpuNanosWithoutJit() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        continue;
                    }
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (java.io.IOException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return ticks * 1_000_000_000L / TICKS;
    }

    /** Runs a jcmd command against the server and returns its output. */
    String jcmd(String... command) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> cmd = new ArrayList<>(List.of(jcmd, Long.toString(pid())));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor();
        }
    }
}
