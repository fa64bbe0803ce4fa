package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void defaultsComeFromApplicationYaml() {
        Settings s = Settings.load(Map.of(), Map.of());
        assertEquals("127.0.0.1", s.string("server.host"));
        assertEquals(8080, s.integer("server.port"));
        assertEquals("jdbc:mysql://127.0.0.1:3306/ums", s.string("db.url"));
        assertEquals(10, s.integer("db.pool-size"));
        assertEquals("ums:", s.string("redis.prefix"));
        assertEquals(Duration.ofMinutes(30), s.duration("auth.session-idle"));
        assertEquals(Duration.ofHours(12), s.duration("auth.session-absolute"));
        assertTrue(s.optionalString("auth.token-secret").isEmpty());
    }

    @Test
    void contractEnvironmentVariablesOverrideTheFile() {
        Settings s = Settings.load(Map.of(), Map.of("UMS_HTTP_PORT", "0", "UMS_DB_POOL_SIZE", "25",
                "UMS_REDIS_PREFIX", "x:", "UMS_DB_URL", "jdbc:mysql://db:3306/u"));
        assertEquals(0, s.integer("server.port"));
        assertEquals(25, s.integer("db.pool-size"));
        assertEquals("x:", s.string("redis.prefix"));
        assertEquals("jdbc:mysql://db:3306/u", s.string("db.url"));
    }

    @Test
    void umsConfigFileSitsBetweenEnvironmentAndDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("extra.yaml");
        Files.writeString(file, "db:\n  pool-size: 33\nrate-limit:\n  login:\n    max-failures: 9\n");
        Settings s = Settings.load(Map.of(), Map.of("UMS_CONFIG", file.toString()));
        assertEquals(33, s.integer("db.pool-size"));
        assertEquals(9, s.integer("rate-limit.login.max-failures"));
        Settings env = Settings.load(Map.of(), Map.of("UMS_CONFIG", file.toString(), "UMS_DB_POOL_SIZE", "4"));
        assertEquals(4, env.integer("db.pool-size"));
    }

    @Test
    void theUniversityTimeZoneIsBangkokUnlessUmsTimeZoneSaysOtherwise() {
        assertEquals(java.time.ZoneId.of("Asia/Bangkok"), Settings.load(Map.of(), Map.of()).zone("university.time-zone"));
        assertEquals(java.time.ZoneId.of("Europe/London"), Settings.load(Map.of(), Map.of("UMS_TIME_ZONE", "Europe/London"))
                .zone("university.time-zone"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Settings.load(Map.of(),
                Map.of("UMS_TIME_ZONE", "Bangkok")).zone("university.time-zone"));
        assertTrue(e.getMessage().contains("university.time-zone") && e.getMessage().contains("Bangkok"), e.getMessage());
    }

    @Test
    void unreadableUmsConfigIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Settings.load(Map.of(), Map.of("UMS_CONFIG", "/nonexistent/ums.yaml")));
        assertTrue(e.getMessage().contains("/nonexistent/ums.yaml"));
    }

    @Test
    void durationsAcceptIsoAndShortForms() {
        assertEquals(Duration.ofMillis(500), Settings.parseDuration("500ms"));
        assertEquals(Duration.ofSeconds(30), Settings.parseDuration("30s"));
        assertEquals(Duration.ofMinutes(15), Settings.parseDuration("PT15M"));
        assertEquals(Duration.ofDays(7), Settings.parseDuration("7d"));
        assertThrows(IllegalStateException.class, () -> Settings.parseDuration("soon"));
    }

    @Test
    void withLayersMoreOverridesOnTop() {
        Settings s = Settings.load(Map.of("db.pool-size", "3"), Map.of()).with(Map.of("server.port", "9"));
        assertEquals(3, s.integer("db.pool-size"));
        assertEquals(9, s.integer("server.port"));
    }
}
