package th.ac.ums.server.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prometheus metrics: requests and latency per route, errors, DB pool and bulkhead use,
 * Redis calls and failures, cache hits and misses, logins. Scraped at /observe/metrics.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter redisErrors;
    private final Timer redisCalls;
    private final java.util.List<Runnable> beforeScrape = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        redisErrors = Counter.builder("ums_redis_errors").description("Redis calls that failed to reach Redis")
                .register(registry);
        redisCalls = Timer.builder("ums_redis_calls").description("Redis round trips").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void recordRequest(String method, String route, int status, long nanos) {
        Timer.builder("http_server_requests")
                .description("HTTP requests by route, method and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", String.valueOf(status))
                .tag("outcome", outcome(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (status >= 500) {
            Counter.builder("http_server_errors").tag("route", route).tag("status", String.valueOf(status))
                    .register(registry).increment();
        }
    }

    private static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        return "SUCCESS";
    }

    public void redisError() {
        redisErrors.increment();
    }

    public void redisCall(long nanos) {
        redisCalls.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void cache(String cache, boolean hit) {
        Counter.builder("ums_cache_requests").tag("cache", cache).tag("result", hit ? "hit" : "miss")
                .register(registry).increment();
    }

    /** How long refreshing a report rollup took ({@code all}: one whole refresh, stored). */
    public void reportRefresh(String report, long nanos) {
        Timer.builder("ums_report_refresh").description("Report rollup refreshes, by report").tag("report", report)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void count(String name, String... tags) {
        Counter.builder(name).tags(tags).register(registry).increment();
    }

    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    public void bindGate(String pool, DbGate gate) {
        Gauge.builder("ums_db_gate_in_use", gate::inUse).tag("pool", pool).register(registry);
        Gauge.builder("ums_db_gate_waiting", gate::waiting).tag("pool", pool).register(registry);
        Gauge.builder("ums_db_gate_rejected", gate::rejected).tag("pool", pool).register(registry);
    }

    /** Work to do before each scrape (gauges counted on demand, at their own pace). */
    public void beforeScrape(Runnable hook) {
        beforeScrape.add(hook);
    }

    public String scrape() {
        beforeScrape.forEach(Runnable::run);
        return registry.scrape();
    }
}
