package th.ac.ums.server.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Redis for sessions, rate limits, cache and pub/sub. Every key carries the configured
 * prefix; every failure to reach Redis becomes {@link RedisUnavailable} (503, fail closed).
 * Lua scripts are loaded from the classpath and run with EVALSHA, falling back to EVAL.
 */
public final class RedisStore implements AutoCloseable {
    private final UnifiedJedis jedis;
    private final String prefix;
    private final Metrics metrics;
    private final ConcurrentHashMap<String, Script> scripts = new ConcurrentHashMap<>();
    private final RedisEndpoint endpoint;

    public RedisStore(UnifiedJedis jedis, String prefix, Metrics metrics, RedisEndpoint endpoint) {
        this.jedis = jedis;
        this.prefix = prefix;
        this.metrics = metrics;
        this.endpoint = endpoint;
    }

    /** How to reach Redis, kept so pub/sub can open its own dedicated connection. */
    public record RedisEndpoint(URI uri, String sentinelMaster, Set<HostAndPort> sentinels, int timeoutMillis) {
    }

    public static RedisStore connect(Settings settings, Metrics metrics) {
        int timeout = (int) settings.duration("redis.timeout").toMillis();
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(settings.integer("redis.pool-size"));
        pool.setMaxIdle(settings.integer("redis.pool-size"));
        pool.setMinIdle(2);
        pool.setMaxWait(java.time.Duration.ofMillis(timeout));
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(java.time.Duration.ofSeconds(30));
        String master = settings.optionalString("redis.sentinel.master-name").orElse(null);
        URI uri = URI.create(settings.string("redis.url"));
        UnifiedJedis client;
        Set<HostAndPort> sentinels = new HashSet<>();
        if (master != null) {
            for (String node : settings.list("redis.sentinel.nodes")) {
                sentinels.add(HostAndPort.from(node));
            }
            client = RedisSentinelClient.builder()
                    .masterName(master)
                    .sentinels(sentinels)
                    .clientConfig(clientConfig(uri, timeout))
                    .sentinelClientConfig(DefaultJedisClientConfig.builder().timeoutMillis(timeout).build())
                    .poolConfig(pool)
                    .build();
        } else {
            client = RedisClient.builder()
                    .fromURI(uri)
                    .clientConfig(clientConfig(uri, timeout))
                    .poolConfig(pool)
                    .build();
        }
        return new RedisStore(client, settings.string("redis.prefix"), metrics,
                new RedisEndpoint(uri, master, sentinels, timeout));
    }

    static DefaultJedisClientConfig clientConfig(URI uri, int timeout) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeout)
                .socketTimeoutMillis(timeout)
                .clientName("ums-sync-server")
                .resp2();
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isBlank()) {
            int colon = userInfo.indexOf(':');
            String user = colon > 0 ? userInfo.substring(0, colon) : null;
            String password = colon >= 0 ? userInfo.substring(colon + 1) : userInfo;
            if (user != null && !user.isBlank()) {
                config.user(user);
            }
            config.password(password);
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            config.database(Integer.parseInt(path.substring(1)));
        }
        if ("rediss".equals(uri.getScheme())) {
            config.ssl(true);
        }
        return config.build();
    }

    /** The full key for a logical name: prefix + parts joined by ':'. */
    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    public String prefix() {
        return prefix;
    }

    public RedisEndpoint endpoint() {
        return endpoint;
    }

    /** Runs a command; connection problems become {@link RedisUnavailable}. */
    public <T> T call(Function<UnifiedJedis, T> command) {
        long start = System.nanoTime();
        try {
            return Tracing.enabled() ? Tracing.client("redis", "redis", () -> command.apply(jedis)) : command.apply(jedis);
        } catch (JedisConnectionException e) {
            metrics.redisError();
            throw new RedisUnavailable(e);
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            metrics.redisError();
            throw new RedisUnavailable(e);
        } finally {
            metrics.redisCall(System.nanoTime() - start);
        }
    }

    /** Runs a Lua script from {@code /redis/NAME.lua}; KEYS are passed as given (already prefixed). */
    public Object eval(String name, List<String> keys, List<String> args) {
        Script script = scripts.computeIfAbsent(name, Script::load);
        return call(j -> {
            try {
                return j.evalsha(script.sha(), keys, args);
            } catch (JedisDataException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("NOSCRIPT")) {
                    return j.eval(script.source(), keys, args);
                }
                throw e;
            }
        });
    }

    public boolean answers() {
        try {
            return "PONG".equals(call(UnifiedJedis::ping));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Deletes every key under the given sub-prefix (SCAN + UNLINK, never KEYS). */
    public long deleteByPrefix(String subPrefix) {
        String match = prefix + subPrefix + "*";
        return call(j -> {
            long deleted = 0;
            String cursor = ScanParams.SCAN_POINTER_START;
            ScanParams params = new ScanParams().match(match).count(1000);
            do {
                ScanResult<String> page = j.scan(cursor, params);
                if (!page.getResult().isEmpty()) {
                    deleted += j.unlink(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!"0".equals(cursor));
            return deleted;
        });
    }

    public UnifiedJedis jedis() {
        return jedis;
    }

    @Override
    public void close() {
        jedis.close();
    }

    /** A Lua script and its SHA-1, as Redis computes it for EVALSHA. */
    record Script(String source, String sha) {
        static Script load(String name) {
            try (InputStream in = RedisStore.class.getResourceAsStream("/redis/" + name + ".lua")) {
                if (in == null) {
                    throw new IllegalStateException("no Lua script " + name);
                }
                String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Script(source, sha1(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String sha1(String source) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-1")
                        .digest(source.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(digest);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
