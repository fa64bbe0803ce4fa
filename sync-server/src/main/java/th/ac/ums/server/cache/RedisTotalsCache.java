package th.ac.ums.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import th.ac.ums.server.paging.Totals;
import th.ac.ums.server.paging.TotalsCache;
import th.ac.ums.server.platform.Metrics;
import th.ac.ums.server.platform.Prefetched;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.platform.RedisUnavailable;
import th.ac.ums.server.platform.RequestScope;

/**
 * List totals in Redis, shared by all instances. The key carries the resource's generation, so a
 * change to the resource makes the old totals unreachable at once; a TTL bounds what an instance
 * that missed a change event could still see. Lists of tables written without a change event
 * (sign-ins, sessions and the audit entries they add) are never cached: they count every time.
 * Each instance remembers which total a route and query read last ({@link #prefetchKey}), so the
 * next such request reads it in the session check's round trip instead of a second one.
 */
public final class RedisTotalsCache implements TotalsCache {
    private final RedisStore redis;
    private final ReadCache cache;
    private final Metrics metrics;
    private final Duration exactTtl;
    private final Duration estimateTtl;
    private final java.util.Set<String> unannounced;
    /** Route and query (a request's signature) -> the resource and key its total was read under. */
    private final Cache<String, Learned> learned = Caffeine.newBuilder().maximumSize(10_000).build();

    private record Learned(String resource, String digest) {
    }

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

    private static String digest(String key) {
        return Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length());
    }

    private String fullKey(String resource, String digest) {
        return redis.key("tot", resource, String.valueOf(cache.generation(resource)), digest);
    }

    /**
     * The Redis key of the total the last request with this signature read, at the resource's current
     * generation; null if none is known or the resource is not cached. Only a hint: {@link #get} uses
     * the prefetched value only if it computes that same key itself.
     */
    public String prefetchKey(String signature) {
        Learned l = signature == null ? null : learned.getIfPresent(signature);
        if (l == null || !cache.enabled() || unannounced.contains(l.resource())) {
            return null;
        }
        return fullKey(l.resource(), l.digest());
    }

    @Override
    public Optional<Totals.Total> get(String resource, String key) {
        if (!cache.enabled() || unannounced.contains(resource)) {
            return Optional.empty();
        }
        String digest = digest(key);
        String full = fullKey(resource, digest);
        String signature = RequestScope.current().signature();
        Learned now = new Learned(resource, digest);
        if (signature != null && !now.equals(learned.getIfPresent(signature))) {
            learned.put(signature, now);
        }
        try {
            Optional<Prefetched> prefetched = RequestScope.current().takePrefetched(full);
            String v = prefetched.isPresent() ? prefetched.get().value() : redis.call(j -> j.get(full));
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
            redis.call(j -> j.psetex(fullKey(resource, digest(key)).getBytes(StandardCharsets.UTF_8), ttl,
                    v.getBytes(StandardCharsets.UTF_8)));
        } catch (RedisUnavailable e) {
            // not cached this time
        }
    }
}
