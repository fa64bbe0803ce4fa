package th.ac.ums.server.platform;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * OpenTelemetry traces, exported only when configured: a span per request (SERVER, named by its
 * route, with its status and request id) and inside it a span per database use and per Redis round
 * trip (CLIENT), all carrying {@code ums.request_id}. Set {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * (e.g. {@code http://otel-collector:4318}) to send them over OTLP/HTTP to a collector (Jaeger,
 * Tempo, …); without it no span is made and the request path does no tracing work at all.
 */
public final class Tracing {
    /** The attribute every span carries: the X-Request-Id of its request. */
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("ums.request_id");
    private static volatile Tracer tracer = OpenTelemetry.noop().getTracer("ums");
    private static volatile boolean enabled;

    private Tracing() {
    }

    /** Traces to an OTLP/HTTP collector when the environment names one; empty (nothing traced) otherwise. */
    public static Optional<AutoCloseable> fromEnvironment(Map<String, String> env, String version) {
        String endpoint = env.getOrDefault("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "");
        if (endpoint.isBlank()) {
            String base = env.getOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT", "");
            if (base.isBlank()) {
                return Optional.empty();
            }
            endpoint = base.replaceAll("/+$", "") + "/v1/traces";
        }
        SpanExporter exporter = OtlpHttpSpanExporter.builder().setEndpoint(endpoint.strip()).build();
        return Optional.of(install(BatchSpanProcessor.builder(exporter).build(),
                env.getOrDefault("OTEL_SERVICE_NAME", "ums-sync-server"), version));
    }

    /** Every span to this exporter as it ends (tests); closing it turns tracing off again. */
    public static AutoCloseable to(SpanExporter exporter) {
        return install(SimpleSpanProcessor.create(exporter), "ums-sync-server", "test");
    }

    private static AutoCloseable install(io.opentelemetry.sdk.trace.SpanProcessor processor, String service,
                                         String version) {
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.builder().put("service.name", service)
                        .put("service.version", version).build()))
                .addSpanProcessor(processor).build();
        tracer = provider.get("th.ac.ums.server");
        enabled = true;
        return () -> {
            enabled = false;
            tracer = OpenTelemetry.noop().getTracer("ums");
            provider.close();
        };
    }

    public static boolean enabled() {
        return enabled;
    }

    public static Tracer tracer() {
        return tracer;
    }

    /** Runs {@code work} inside a CLIENT span named {@code name} (a database use, a Redis round trip) when tracing is on. */
    public static <T> T client(String name, String system, Supplier<T> work) {
        if (!enabled) {
            return work.get();
        }
        Span span = tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system.name", system)
                .setAttribute(REQUEST_ID, String.valueOf(MDC.get(RequestIds.MDC_KEY)))
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
