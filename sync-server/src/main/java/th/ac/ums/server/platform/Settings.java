package th.ac.ums.server.platform;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.spi.ConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Typed view of the configuration. Sources, highest precedence first: explicit overrides
 * (tests), the contract's UMS_* environment variables, the YAML file named by UMS_CONFIG,
 * and the defaults in {@code application.yaml}.
 */
public final class Settings {
    /** Contract environment variables and the configuration keys they override. */
    static final Map<String, String> ENV_KEYS = Map.ofEntries(
            Map.entry("UMS_HTTP_HOST", "server.host"),
            Map.entry("UMS_HTTP_PORT", "server.port"),
            Map.entry("UMS_TRUSTED_PROXIES", "server.trusted-proxies"),
            Map.entry("UMS_TLS_CERTIFICATE", "server.tls.certificate"),
            Map.entry("UMS_TLS_PRIVATE_KEY", "server.tls.private-key"),
            Map.entry("UMS_TLS_KEYSTORE", "server.tls.keystore"),
            Map.entry("UMS_TLS_KEYSTORE_PASSWORD", "server.tls.keystore-password"),
            Map.entry("UMS_DB_URL", "db.url"),
            Map.entry("UMS_DB_USER", "db.user"),
            Map.entry("UMS_DB_PASSWORD", "db.password"),
            Map.entry("UMS_DB_POOL_SIZE", "db.pool-size"),
            Map.entry("UMS_DB_REPLICA_URL", "db.replica-url"),
            Map.entry("UMS_REDIS_URL", "redis.url"),
            Map.entry("UMS_REDIS_PREFIX", "redis.prefix"),
            Map.entry("UMS_REDIS_SENTINEL_MASTER", "redis.sentinel.master-name"),
            Map.entry("UMS_REDIS_SENTINELS", "redis.sentinel.nodes"),
            Map.entry("UMS_TOKEN_SECRET", "auth.token-secret"),
            Map.entry("UMS_TOKEN_SECRET_PREVIOUS", "auth.previous-token-secret"),
            Map.entry("UMS_TOKEN_SECRET_PREVIOUS_ID", "auth.previous-token-key-id"),
            Map.entry("UMS_TIME_ZONE", "university.time-zone"),
            Map.entry("UMS_CLIENTS_MINIMUM_VERSION", "clients.minimum-version"),
            Map.entry("UMS_CLIENTS_LATEST_VERSION", "clients.latest-version"),
            Map.entry("UMS_CLIENTS_DOWNLOAD_URL", "clients.download-url"),
            Map.entry("UMS_DOCUMENTS_ENGLISH", "finance.documents.english"));

    private final Config config;

    private Settings(Config config) {
        this.config = config;
    }

    /** Settings of a real process: the environment, UMS_CONFIG and the defaults. */
    public static Settings fromEnvironment() {
        return load(Map.of(), System.getenv());
    }

    /** Settings with explicit overrides (keys as in application.yaml) above the given environment. */
    public static Settings load(Map<String, String> overrides, Map<String, String> env) {
        Map<String, String> fromEnv = new HashMap<>();
        ENV_KEYS.forEach((var, key) -> {
            String value = env.get(var);
            if (value != null) {
                fromEnv.put(key, value);
            }
        });
        List<Supplier<? extends ConfigSource>> sources = new ArrayList<>();
        sources.add(ConfigSources.create(overrides).name("overrides"));
        sources.add(ConfigSources.create(fromEnv).name("environment"));
        String extra = env.get("UMS_CONFIG");
        if (extra != null && !extra.isBlank()) {
            if (!Files.isReadable(Path.of(extra))) {
                throw new IllegalStateException("UMS_CONFIG names a file that cannot be read: " + extra);
            }
            sources.add(ConfigSources.file(extra));
        }
        sources.add(ConfigSources.classpath("application.yaml"));
        Config config = Config.builder()
                .sources(sources)
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return new Settings(config);
    }

    /** A copy with more overrides on top (used by commands such as demo and by tests). */
    public Settings with(Map<String, String> overrides) {
        Config layered = Config.builder()
                .sources(ConfigSources.create(overrides).name("with"), ConfigSources.create(config))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return new Settings(layered);
    }

    public String string(String key) {
        return config.get(key).asString().orElseThrow(() -> new IllegalStateException("missing setting " + key));
    }

    public Optional<String> optionalString(String key) {
        return config.get(key).asString().asOptional().filter(s -> !s.isBlank());
    }

    public int integer(String key) {
        return config.get(key).asInt().orElseThrow(() -> new IllegalStateException("missing setting " + key));
    }

    public long longValue(String key) {
        return config.get(key).asLong().orElseThrow(() -> new IllegalStateException("missing setting " + key));
    }

    public boolean bool(String key) {
        return config.get(key).asBoolean().orElse(false);
    }

    public Duration duration(String key) {
        String raw = string(key).trim();
        return parseDuration(raw);
    }

    /** A time zone by its region id ({@code Asia/Bangkok}) or offset ({@code +07:00}); anything else stops start-up. */
    public java.time.ZoneId zone(String key) {
        String raw = string(key).trim();
        try {
            return java.time.ZoneId.of(raw);
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException(key + " is not a time zone (for example Asia/Bangkok): " + raw);
        }
    }

    public List<String> list(String key) {
        return optionalString(key).map(s -> List.of(s.split("\\s*,\\s*"))).orElse(List.of());
    }

    /** ISO-8601 (PT30M) or short forms: 500ms, 30s, 30m, 12h, 7d. */
    static Duration parseDuration(String raw) {
        if (raw.startsWith("P") || raw.startsWith("p")) {
            return Duration.parse(raw.toUpperCase());
        }
        var matcher = java.util.regex.Pattern.compile("^(\\d+)(ms|s|m|h|d)$").matcher(raw);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a duration: " + raw);
        }
        long n = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    public Config raw() {
        return config;
    }
}
