package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void splitsHostDatabaseAndProperties() {
        JdbcUrl url = JdbcUrl.parse("jdbc:mysql://db.example:3307/ums?sslMode=REQUIRED&socketTimeout=1000");
        assertEquals("db.example:3307", url.hostPart());
        assertEquals("ums", url.database());
        assertEquals("REQUIRED", url.properties().get("sslMode"));
    }

    @Test
    void operatorPropertiesWinOverOurDefaults() {
        String full = JdbcUrl.parse("jdbc:mysql://h/ums?cachePrepStmts=false").withDefaults();
        assertTrue(full.contains("cachePrepStmts=false"));
        assertTrue(full.contains("connectionTimeZone=UTC"));
        assertTrue(full.contains("allowLoadLocalInfile=false"));
    }

    @Test
    void serverUrlHasNoDatabase() {
        assertTrue(JdbcUrl.parse("jdbc:mysql://h:1/ums").serverUrl().startsWith("jdbc:mysql://h:1/?"));
    }

    @Test
    void passwordsNeverReachLogs() {
        String redacted = JdbcUrl.redact("jdbc:mysql://user:secret@h/ums?password=hunter2&x=1");
        assertFalse(redacted.contains("secret"));
        assertFalse(redacted.contains("hunter2"));
    }

    @Test
    void refusesOtherSchemes() {
        assertThrows(IllegalArgumentException.class, () -> JdbcUrl.parse("jdbc:postgresql://h/ums"));
    }
}
