package th.ac.ums.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run r1 [--students N] [--seconds S] [--workers W]}: the three report routes
 * ({@code /reports/aging}, {@code /reports/finance}, {@code /reports/dashboard}) in a closed loop,
 * each for S seconds, while a writer records a payment every second (so the reports keep changing:
 * the rollups are refreshed in the background, the old read-through cache recomputed on the next
 * request). Prints p50/p99/max per route. Issue 16, docs/PERFORMANCE.md "Reports from rollups".
 */
final class ReportsBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();
    static final List<String> ROUTES = List.of("/api/v1/reports/aging?groupBy=faculty", "/api/v1/reports/finance",
            "/api/v1/reports/dashboard");

    private ReportsBench() {
    }

    static void run(String db, String user, String password, long students, int seconds, int workers,
                    PrintStream out) throws Exception {
        // the million is the list benchmarks' database (seeded once, 7 minutes); other sizes their own
        ListBench.DATABASE = students == 1_000_000 ? "umsbench_list" : "umsbench_reports_" + students;
        ListBench.ensureSeeded(db, user, password, students, out);
        try (ServerProcess s = ListBench.server(true)) {
            String token = AuthBench.login(s.base(), ListBench.ADMIN);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong paid = new AtomicLong();
            Thread writer = Thread.ofPlatform().start(() -> payEverySecond(s.base(), token, writing, paid));
            out.printf("%,d students, %d workers, %d s per route, a payment every second%n", students, workers, seconds);
            out.println("| route | requests/s | p50 ms | p99 ms | max ms | errors |");
            out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
            for (String route : ROUTES) {
                Load.Result r = Load.closed(workers, Duration.ofSeconds(5), Duration.ofSeconds(seconds),
                        w -> get(s.base() + route, token));
                out.printf("| `%s` | %,.0f | %.1f | %.1f | %.1f | %d |%n", route.substring(7), r.perSecond(), r.p(50),
                        r.p(99), r.micros().getMaxValue() / 1000.0, r.errors());
            }
            writing.set(false);
            writer.join();
            String scrape = s.metrics();
            out.printf("payments made: %d%n", paid.get());
            for (String report : List.of("all", "aging", "finance", "dashboard")) {
                String tag = "report=\"" + report + "\"";
                double count = ServerProcess.sum(scrape, "ums_report_refresh_seconds_count", tag);
                double sum = ServerProcess.sum(scrape, "ums_report_refresh_seconds_sum", tag);
                double max = ServerProcess.sum(scrape, "ums_report_refresh_seconds_max", tag);
                out.printf("background refresh %s: %.0f, mean %.0f ms, max %.0f ms%n", report, count,
                        count == 0 ? 0 : sum / count * 1000, max * 1000);
            }
            for (String f : Load.failures()) {
                out.println("  failure: " + f);
            }
        }
    }

    private static void payEverySecond(String base, String token, AtomicBoolean writing, AtomicLong paid) {
        try {
            List<Long> invoices = new ArrayList<>();
            for (JsonNode i : JSON.readTree(get(base + "/api/v1/invoices?outstanding=true&limit=100", token))
                    .get("data")) {
                invoices.add(i.get("id").asLong());
            }
            int n = 0;
            while (writing.get() && !invoices.isEmpty()) {
                long invoice = invoices.get(n++ % invoices.size());
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/payments"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"invoiceId\":" + invoice + ",\"amount\":\"1.00\","
                                + "\"method\":\"TRANSFER\",\"reference\":\"BENCH\",\"receivedAt\":\""
                                + Instant.now().minusSeconds(1) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    paid.incrementAndGet();
                }
                Thread.sleep(1000);
            }
        } catch (Exception e) {
            System.err.println("writer stopped: " + e);
        }
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
