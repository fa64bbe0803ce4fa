package th.ac.ums.server.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import th.ac.ums.server.paging.Totals;
import th.ac.ums.server.paging.TotalsCache;
import th.ac.ums.server.platform.Metrics;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.platform.RedisUnavailable;

/**
 * List totals in Redis, shared by all instances. The key carries the resource's generation, so a
 * change to the resource makes the old totals unreachable at once; a TTL bounds what an instance
 * that missed a change event could still see. Lists of tables written without a change event
 * (sign-ins, sessions and the audit entries they add) are never cached: they count every time.
 */
public final class RedisTotalsCache implements TotalsCache {
    private final RedisStore redis;
    private final ReadCache cache;
    private final Metrics metrics;
    private final Duration exactTtl;
    private final Duration estimateTtl;
    private final java.util.Set<String> unannounced;

    /** {@code unannounced}: the list resources some writes change without a change event. */
    public RedisTotalsCache(RedisStore redis, ReadCache cache, Metrics metrics, Duration exactTtl,
                            Duration estimateTtl, java.util.Set<String> unannounced) {
        this.redis = redis;
        this.cache = cache;
        this.metrics = metrics;
        this.exactTtl = exactTtl;
        this.estimateTtl = estimateTtl;
        this.unannounced = java.util.Set.copyOf(unannounced);
    }

    private String key(String resource, String key) {
        return redis.key("tot", resource, String.valueOf(cache.generation(resource)),
                Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length()));
    }

    @Override
    public Optional<Totals.Total> get(String resource, String key) {
        if (!cache.enabled() || unannounced.contains(resource)) {
            return Optional.empty();
        }
        try {
            String v = redis.call(j -> j.get(key(resource, key)));
            metrics.cache("totals", v != null);
            if (v == null) {
                return Optional.empty();
            }
            int sep = v.indexOf(':');
            return Optional.of(new Totals.Total(Long.parseLong(v.substring(sep + 1)), v.charAt(0) == 'e'));
        } catch (RedisUnavailable e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String resource, String key, Totals.Total total) {
        if (!cache.enabled() || unannounced.contains(resource)) {
            return;
        }
        try {
            String v = (total.exact() ? "e:" : "x:") + total.count();
            long ttl = (total.exact() ? exactTtl : estimateTtl).toMillis();
            redis.call(j -> j.psetex(key(resource, key).getBytes(StandardCharsets.UTF_8), ttl,
                    v.getBytes(StandardCharsets.UTF_8)));
        } catch (RedisUnavailable e) {
            // not cached this time
        }
    }
}
