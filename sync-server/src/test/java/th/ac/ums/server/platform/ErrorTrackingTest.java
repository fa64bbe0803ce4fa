package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Error tracking against a local capture of Sentry's ingestion endpoint: off without a DSN; with
 * one, a logged error arrives tagged with its request id, and none of the e-mail address, password,
 * token and citizen id that were in its message and exception do.
 */
class ErrorTrackingTest {
    private static final String EMAIL = "somchai.j@ums.ac.th";
    private static final String PASSWORD = "Hunter2-Secret!";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLXZhbHVl";
    private static final String CITIZEN = "1101700203451";

    @Test
    void offUnlessADsnIsSet() {
        assertTrue(ErrorTracking.install(Map.of(), "1.0.0").isEmpty());
        assertTrue(ErrorTracking.install(Map.of("SENTRY_DSN", " "), "1.0.0").isEmpty());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertEquals(null, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("SENTRY"));
    }

    @Test
    void anErrorArrivesWithItsRequestIdAndWithoutPersonalDataPasswordsOrTokens() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            try (InputStream in = "gzip".equalsIgnoreCase(encoding)
                    ? new GZIPInputStream(new ByteArrayInputStream(body)) : new ByteArrayInputStream(body)) {
                received.add(exchange.getRequestURI() + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try {
            String dsn = "http://publickey@127.0.0.1:" + collector.getAddress().getPort() + "/42";
            try (ErrorTracking tracking = ErrorTracking.install(Map.of("SENTRY_DSN", dsn), "1.2.0").orElseThrow()) {
                MDC.put(RequestIds.MDC_KEY, "req-7f3a9c");
                // the secrets go to Sentry's appender only: the test's own log must not carry them (.ci/scan-secrets)
                ch.qos.logback.classic.Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
                        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
                var console = root.getAppender("JSON");
                root.detachAppender(console);
                try {
                    LoggerFactory.getLogger("th.ac.ums.server.finance.Payments").error(
                            "payment for {} failed: password={} Authorization: Bearer {} citizen {}", EMAIL, PASSWORD,
                            JWT, CITIZEN, new IllegalStateException("refused " + EMAIL + " token=" + JWT));
                } finally {
                    MDC.clear();
                    root.addAppender(console);
                }
                tracking.flush();
                long until = System.nanoTime() + 10_000_000_000L;
                while (received.stream().noneMatch(b -> b.contains("payment for")) && System.nanoTime() < until) {
                    Thread.sleep(50);
                }
            }
        } finally {
            collector.stop(0);
        }
        String all = String.join("\n", received);
        assertTrue(all.contains("/api/42/envelope/"), all);
        assertTrue(all.contains("payment for [email] failed"), all);
        assertTrue(all.contains("req-7f3a9c"), "the request id is the event's tag: " + all);
        assertTrue(all.contains("IllegalStateException"), "the exception's type and stack arrive");
        for (String secret : List.of(EMAIL, PASSWORD, JWT, "eyJhbGciOiJIUzI1NiJ9", CITIZEN)) {
            assertFalse(all.contains(secret), secret + " left the server: " + all);
        }
    }

    @Test
    void scrubbingLeavesTheRestOfTheText() {
        assertEquals("sign-in of [email] from 10.0.0.7 refused (code=[redacted])",
                ErrorTracking.scrub("sign-in of a.b@ums.ac.th from 10.0.0.7 refused (code=123456)"));
        assertEquals("{\"password\":\"[redacted]\",\"amount\":\"150.00\"}",
                ErrorTracking.scrub("{\"password\":\"s3cret\",\"amount\":\"150.00\"}"));
        assertEquals("invoice INV-2570-000123 of student 6501234567", ErrorTracking.scrub(
                "invoice INV-2570-000123 of student 6501234567"));
    }
}
