package th.ac.ums.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.platform.Metrics;
import th.ac.ums.server.platform.Prefetched;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.platform.RedisUnavailable;
import th.ac.ums.server.platform.RequestScope;
import th.ac.ums.server.sync.ChangeEvent;
import th.ac.ums.server.sync.EventBus;

/**
 * Read-through cache of serialized answers, shared by all instances: Redis holds them (TTL as
 * configured), a small in-process cache in front of it saves the Redis round trip for the hottest
 * keys. Every committed change drops the keys it touches, in Redis and, through the event bus,
 * in every instance's local cache. Per-resource generation numbers make cached list totals of a
 * resource obsolete at once when the resource changes.
 */
public final class ReadCache {
    private static final Logger LOG = LoggerFactory.getLogger(ReadCache.class);

    private final RedisStore redis;
    private final Metrics metrics;
    private final Duration ttl;
    private final boolean enabled;
    private final Cache<String, byte[]> local;
    private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

    public ReadCache(RedisStore redis, Metrics metrics, Duration ttl, boolean enabled) {
        this.redis = redis;
        this.metrics = metrics;
        this.ttl = ttl;
        this.enabled = enabled;
        this.local = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofSeconds(30)).build();
    }

    /** Subscribes to changes so this instance forgets what they touch. */
    public void attach(EventBus bus) {
        bus.listen(this::onChange);
    }

    /** The cached bytes of {@code key}, or what {@code load} answers (then cached). */
    public <T> byte[] get(String cacheName, String key, Supplier<T> load) {
        if (!enabled) {
            return Json.write(load.get());
        }
        byte[] hot = local.getIfPresent(key);
        if (hot != null) {
            metrics.cache(cacheName, true);
            return hot;
        }
        Optional<byte[]> shared = fromRedis(key);
        if (shared.isPresent()) {
            local.put(key, shared.get());
            metrics.cache(cacheName, true);
            return shared.get();
        }
        metrics.cache(cacheName, false);
        byte[] fresh = Json.write(load.get());
        put(key, fresh);
        return fresh;
    }

    /**
     * What Redis holds for {@code key}: the value the session check prefetched when it read this very
     * key (see {@link Prefetched}), else one GET.
     */
    private Optional<byte[]> fromRedis(String key) {
        String full = redis.key("c", key);
        Optional<Prefetched> prefetched = RequestScope.current().takePrefetched(full);
        if (prefetched.isPresent()) {
            String value = prefetched.get().value();
            return Optional.ofNullable(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }
        try {
            byte[] value = redis.call(j -> j.get(full.getBytes(StandardCharsets.UTF_8)));
            return Optional.ofNullable(value);
        } catch (RedisUnavailable e) {
            return Optional.empty();
        }
    }

    private void put(String key, byte[] value) {
        local.put(key, value);
        try {
            redis.call(j -> j.psetex(redis.key("c", key).getBytes(StandardCharsets.UTF_8), ttl.toMillis(), value));
        } catch (RedisUnavailable e) {
            LOG.debug("cache write skipped: Redis unavailable");
        }
    }

    /** Drops keys here and in Redis (other instances drop their local copies on the change event). */
    public void evict(String... keys) {
        for (String key : keys) {
            local.invalidate(key);
        }
        try {
            redis.call(j -> {
                String[] full = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    full[i] = redis.key("c", keys[i]);
                }
                return j.del(full);
            });
        } catch (RedisUnavailable e) {
            LOG.warn("could not evict {} from Redis; entries expire within {}", keys.length, ttl);
        }
    }

    /**
     * The full Redis key of {@code key} for the session check to read along (see auth.CachePrefetcher),
     * or null when the cache is off or this instance holds the value itself (no Redis read then).
     */
    public String prefetchKey(String key) {
        if (!enabled || local.getIfPresent(key) != null) {
            return null;
        }
        return redis.key("c", key);
    }

    /** The current generation of a resource (part of cache keys of its lists and totals). */
    public long generation(String resource) {
        return generations.computeIfAbsent(resource, r -> new AtomicLong()).get();
    }

    private void onChange(ChangeEvent change) {
        if (change.isRolledBack()) {
            return;
        }
        String resource = Keys.resourceOf(change.entity());
        generations.computeIfAbsent(resource, r -> new AtomicLong()).incrementAndGet();
        for (String key : Keys.touchedBy(change)) {
            local.invalidate(key);
        }
    }

    /**
     * Evicts from Redis what the changes of one commit touch (called by the writer after commit): one
     * DEL for up to 1,000 keys, not one per change (a bank-file batch commits 1,500 changes).
     */
    public void evictFor(java.util.List<ChangeEvent> changes) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        changes.forEach(c -> keys.addAll(Keys.touchedBy(c)));
        java.util.List<String> all = new java.util.ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 1000) {
            evict(all.subList(i, Math.min(all.size(), i + 1000)).toArray(String[]::new));
        }
    }

    public boolean enabled() {
        return enabled;
    }
}
