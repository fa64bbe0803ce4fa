package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Traces on the real server with an in-memory exporter: one request is a SERVER span named by its
 * route, with its status and request id, and the database and Redis work inside it are its CLIENT
 * children carrying the same request id; off (the default) nothing is made.
 */
class TracingIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    final Staff staff = new Staff(env);

    /** The spans as the exporter received them. */
    static final class Captured implements SpanExporter {
        final List<SpanData> spans = new CopyOnWriteArrayList<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    private static List<SpanData> of(Captured c, String requestId) {
        return c.spans.stream().filter(s -> requestId.equals(s.getAttributes().get(Tracing.REQUEST_ID))).toList();
    }

    @Test
    void aRequestIsAServerSpanWithItsDatabaseAndRedisWorkAsChildren() throws Exception {
        Api registrar = staff.signedIn(Role.REGISTRAR).api(env);
        Captured captured = new Captured();
        Api.Response r;
        try (AutoCloseable tracing = Tracing.to(captured)) {
            r = registrar.get("/api/v1/students?limit=5");
        }
        assertEquals(200, r.status(), r::text);
        String requestId = r.header("X-Request-Id");
        List<SpanData> spans = of(captured, requestId);
        List<SpanData> server = spans.stream().filter(s -> s.getKind() == SpanKind.SERVER).toList();
        assertEquals(1, server.size(), spans.toString());
        SpanData request = server.get(0);
        assertEquals("GET /api/v1/students", request.getName());
        assertEquals(200L, request.getAttributes().get(io.opentelemetry.api.common.AttributeKey.longKey(
                "http.response.status_code")));
        List<SpanData> children = spans.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertTrue(children.stream().anyMatch(s -> s.getName().equals("db")), "the page's query: " + children);
        assertTrue(children.stream().anyMatch(s -> s.getName().equals("redis")), "the session check: " + children);
        for (SpanData child : children) {
            assertEquals(request.getTraceId(), child.getTraceId(), child.toString());
            assertEquals(request.getSpanId(), child.getParentSpanId(), child.toString());
        }
    }

    @Test
    void offByDefaultAndOffAgainWhenClosed() throws Exception {
        assertFalse(Tracing.enabled());
        assertTrue(Tracing.fromEnvironment(Map.of(), "1.0.0").isEmpty(), "no endpoint, no tracing");
        Captured captured = new Captured();
        try (AutoCloseable tracing = Tracing.to(captured)) {
            assertTrue(Tracing.enabled());
        }
        Api.Response r = env.api().get("/api/v1/client-versions");
        assertEquals(200, r.status());
        assertTrue(of(captured, r.header("X-Request-Id")).isEmpty());
        assertFalse(Tracing.enabled());
    }
}
