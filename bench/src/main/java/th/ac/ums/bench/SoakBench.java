package th.ac.ums.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import th.ac.ums.model.Role;
import th.ac.ums.server.sessions.Session;

/**
 * B6: a soak of the server (its own JVM, 1M seed) holding {@code connections} idle keep-alive
 * connections and {@code sessions} live sessions, under a constant-rate 80/20 mix of reads
 * (Student 360 with Zipf ids) and writes (small payments with their own idempotency keys) spread
 * over those sessions. Reports latency percentiles (coordinated-omission corrected), errors, the
 * server's RSS idle and at peak, its heap after a GC, and the cache hit rate.
 */
final class SoakBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();

    private SoakBench() {
    }

    /** In the server process: live sessions for the bench admin, their tokens one per line. */
    static void writeSessions(BenchServer s, int n, Path file) throws Exception {
        var f = s.features();
        long userId = s.infra.db().read(exec -> exec.get("SELECT id FROM users WHERE email = ?", ListBench.ADMIN)
                .map(r -> th.ac.ums.server.platform.Rows.lng(r, "id")).orElseThrow());
        List<String> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Session session = f.security().sessions().start(userId, ListBench.ADMIN, EnumSet.of(Role.ADMIN, Role.REGISTRAR,
                    Role.FINANCE), "10.0." + (i / 250) % 250 + "." + i % 250, "soak", "");
            tokens.add(f.security().tokens().issue(session));
        }
        Files.write(file, tokens);
    }

    /**
     * The soak as a whole ({@code load}: every window's latencies together) and its windows: the
     * soak runs once, and its consecutive thirds are its samples for the median and spread.
     */
    record Soak(Load.Result load, int connections, int sessions, int alive, long idleRssKb, long peakRssKb,
                long heapAfterGc, double hitRate, String flags, long seconds, List<Window> windows,
                java.util.Map<String, Long> failures) {
    }

    /** One third of the soak: its latencies and errors, the server's RSS peak in it, its failures by cause. */
    record Window(Load.Result load, long peakRssKb, List<String> failures) {
    }

    /** The soak's measured time is split into this many consecutive windows (the soak's samples). */
    static final int WINDOWS = 3;

    static Soak b6(String db, String user, String password, int connections, int sessions, long rate,
                   Duration measure, ServerProcess.Flags flags, PrintStream out) throws Exception {
        Path tokensFile = Files.createTempFile("ums-soak-", ".tokens");
        try (ServerProcess server = ServerProcess.start(ListBench.DATABASE, flags, "--sessions",
                Integer.toString(sessions), "--tokens", tokensFile.toString())) {
            String[] url = {server.base()};
            List<String> tokens = Files.readAllLines(tokensFile);
            Files.delete(tokensFile);
            long pid = server.pid();
            Thread.sleep(5000);
            long idleRss = server.rssKb();
            out.printf("  B6 server pid %d (%s %s), %,d sessions, idle RSS %,d MB%n", pid, flags.env(), flags.jvm(),
                    tokens.size(), idleRss >> 10);
            List<Socket> idle = openIdle(URI.create(url[0]), connections);
            out.printf("  B6 %,d keep-alive connections open, RSS %,d MB%n", idle.size(), server.rssKb() >> 10);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong peak = new AtomicLong(server.rssKb());
            AtomicLong overall = new AtomicLong(peak.get());
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(server.rssKb(), Math::max);
                    keepAlive(idle, Math.max(50, idle.size() / 120));
                    sleep(1000);
                }
            });
            long[] students = ListBench.ids(db, user, password, "SELECT id FROM students ORDER BY id");
            long[] invoices = ListBench.ids(db, user, password, "SELECT id FROM invoices WHERE status = 'OVERDUE' ORDER BY id "
                    + "LIMIT 20000");
            ListBench.Zipf zipf = new ListBench.Zipf(students, 0.99);
            long[] before = ListBench.cacheCounts(server);
            // Sessions take turns (a desk's steady use): with random picks ~0.07 % of 50,000 sessions went unused for
            // the 30-minute idle timeout and their next request was rightly refused with 401 (the 2026-12-02 soak's 17)
            AtomicLong turn = new AtomicLong();
            Load.Op op = w -> {
                String token = tokens.get((int) (turn.getAndIncrement() % tokens.size()));
                if (ThreadLocalRandom.current().nextInt(5) == 0) {
                    long invoice = invoices[ThreadLocalRandom.current().nextInt(invoices.length)];
                    String key = "soak-" + System.nanoTime() + "-" + w;
                    String body = "{\"invoiceId\":" + invoice + ",\"amount\":\"0.01\",\"method\":\"CASH\",\"reference\":\""
                            + key + "\"}";
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url[0] + "/api/v1/payments"))
                            .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201 && r.statusCode() != 409) {
                        throw new IllegalStateException("payment " + r.statusCode() + " " + r.body());
                    }
                } else {
                    ListBench.get(url[0] + "/api/v1/students/" + zipf.next(), token);
                }
            };
            Load.failures(); // forget what earlier benchmarks of this run counted
            Load.open(rate, 128, Duration.ofSeconds(Math.min(60, measure.toSeconds() / 5)), Duration.ZERO, op);
            Load.failures().forEach(f -> out.println("  B6 failed in the warm-up (not counted): " + f));
            List<Window> windows = new ArrayList<>();
            org.HdrHistogram.Histogram all = new org.HdrHistogram.Histogram(3);
            java.util.Map<String, Long> failures = new java.util.LinkedHashMap<>();
            long requests = 0;
            long errors = 0;
            long started = System.nanoTime();
            overall.accumulateAndGet(peak.get(), Math::max); // the warm-up is part of the soak's peak
            for (int w = 0; w < WINDOWS; w++) {
                long windowPeak = server.rssKb();
                peak.set(windowPeak);
                Load.Result lw = Load.open(rate, 128, Duration.ZERO, measure.dividedBy(WINDOWS), op);
                windowPeak = Math.max(windowPeak, peak.get());
                overall.accumulateAndGet(windowPeak, Math::max);
                List<String> why = Load.failures();
                for (String f : why) {
                    int x = f.indexOf(" x ");
                    failures.merge(f.substring(x + 3), Long.parseLong(f.substring(0, x)), Long::sum);
                }
                windows.add(new Window(lw, windowPeak, why));
                all.add(lw.micros());
                requests += lw.requests();
                errors += lw.errors();
                out.printf("  B6 window %d/%d (%d s): %,d requests, %,d errors, p50 %.1f / p99 %.1f / p99.9 %.1f ms, "
                                + "RSS peak %,d MB%n", w + 1, WINDOWS, measure.dividedBy(WINDOWS).toSeconds(), lw.requests(),
                        lw.errors(), lw.p(50), lw.p(99), lw.p(99.9), windowPeak >> 10);
                why.forEach(f -> out.println("    failed: " + f));
            }
            Load.Result r = new Load.Result(requests / ((System.nanoTime() - started) / 1e9), all, errors, requests);
            peak.set(overall.get());
            long[] after = ListBench.cacheCounts(server);
            running.set(false);
            sampler.join();
            int alive = keepAlive(idle, idle.size());
            server.jcmd("GC.run");
            Thread.sleep(1000);
            long heapAfterGc = (long) server.metric("jvm_memory_used_bytes", "area=\"heap\"");
            String histogram = server.jcmd("GC.class_histogram");
            out.println("  B6 server heap after GC, largest classes:");
            histogram.lines().skip(1).limit(16).forEach(l -> out.println("   " + l));
            String nmt = server.jcmd("VM.native_memory", "summary");
            if (nmt.contains("Total:")) {
                out.println("  B6 server native memory (NMT):");
                nmt.lines().filter(l -> l.contains("committed=") && l.startsWith("-") || l.startsWith("Total"))
                        .forEach(l -> out.println("   " + l.trim()));
            }
            double hits = after[0] - before[0];
            double misses = after[1] - before[1];
            out.printf("%nB6 soak: %,d keep-alive connections, %,d live sessions, %d req/s 80/20, %d s measured%n",
                    connections, tokens.size(), rate, measure.toSeconds());
            out.printf("| requests | errors | p50 ms | p99 ms | p99.9 ms | max ms | connections still open | RSS idle MB "
                    + "| RSS peak MB | heap after GC MB | cache hit rate |%n");
            out.printf("| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %,d | %,d | %.1f%% |%n",
                    r.requests(), r.errors(), r.p(50), r.p(99), r.p(99.9), r.micros().getMaxValue() / 1000.0,
                    alive, idleRss >> 10, peak.get() >> 10, heapAfterGc >> 20, 100 * hits / Math.max(1, hits + misses));
            out.printf("B6 RSS: idle %,d MB, peak %,d MB%n", idleRss >> 10, peak.get() >> 10);
            out.printf("B6 failures by cause (%,d errors):%s%n", errors, failures.isEmpty() ? " none" : "");
            failures.forEach((why, n) -> out.printf("  %,d x %s%n", n, why));
            idle.forEach(SoakBench::close);
            return new Soak(r, connections, tokens.size(), alive, idleRss, peak.get(), heapAfterGc, hits / Math.max(1, hits + misses),
                    String.join(" ", flags.jvm()) + (flags.env().isEmpty() ? "" : " " + flags.env()), measure.toSeconds(),
                    windows, failures);
        }
    }

    private static List<Socket> openIdle(URI base, int n) throws Exception {
        List<Socket> sockets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Socket s = new Socket(base.getHost(), base.getPort());
            s.setSoTimeout(10_000);
            if (ping(s)) {
                sockets.add(s);
            }
        }
        return sockets;
    }

    private static final AtomicLong NEXT_PING = new AtomicLong();

    /**
     * Sends one keep-alive request on the next {@code max} idle connections, round robin (every
     * connection is used well within the server's 5-minute idle time-out); answers how many answered.
     */
    private static int keepAlive(List<Socket> sockets, int max) {
        int ok = 0;
        for (int i = 0; i < Math.min(max, sockets.size()); i++) {
            Socket s = sockets.get((int) (NEXT_PING.getAndIncrement() % sockets.size()));
            ok += ping(s) ? 1 : 0;
        }
        return ok;
    }

    private static boolean ping(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write("GET /observe/health/live HTTP/1.1\r\nHost: bench\r\nConnection: keep-alive\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            String head = new String(buf, 0, Math.max(0, n), StandardCharsets.US_ASCII);
            int length = head.indexOf("\r\n\r\n");
            return n > 0 && head.startsWith("HTTP/1.1 200") && length > 0 && drain(in, head, length);
        } catch (Exception e) {
            return false;
        }
    }

    /** Reads the rest of a small chunked or sized body so the connection is ready for the next request. */
    private static boolean drain(InputStream in, String head, int headerEnd) throws Exception {
        String body = head.substring(headerEnd + 4);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            byte[] buf = new byte[4096];
            while (!body.endsWith("0\r\n\r\n")) {
                int n = in.read(buf);
                if (n <= 0) {
                    return false;
                }
                body += new String(buf, 0, n, StandardCharsets.US_ASCII);
            }
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
