package th.ac.ums.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.model.api.Problem;

/** A 426 from any call reaches the console's update card with the server's versions and link; nothing else does. */
class UpdateRequiredTest {
    @AfterEach
    void clear() {
        System.clearProperty(ConsoleVersion.PROPERTY);
    }

    @Test
    void anyCallAnswered426TellsTheListenersOnceWithTheVersionsAndLink() {
        Map<String, Object> refusal = Map.of("type", "https://ums.ac.th/problems/console-update-required", "title",
                "Console update required", "status", 426, "detail", "This console (1.0.0) is older than …",
                "yourVersion", "1.0.0", "minimumVersion", "1.1.0", "latestVersion", "1.3.0", "downloadUrl",
                "https://it.ums.ac.th/console/");
        ApiClient api = new ApiClient(new FakeTransport()
                .on("GET", "/me", s -> FakeTransport.json(426, refusal))
                .on("GET", "/students", s -> FakeTransport.json(403, Map.of("title", "Forbidden", "status", 403))));
        List<Problem> heard = new ArrayList<>();
        api.onUpdateRequired(heard::add);
        ApiException e = assertThrows(ApiException.class, () -> api.get("/me", Map.class));
        assertEquals(426, e.status());
        assertEquals(1, heard.size());
        assertEquals("https://it.ums.ac.th/console/", heard.get(0).extensions().get("downloadUrl"));
        assertEquals("1.1.0", heard.get(0).extensions().get("minimumVersion"));
        assertThrows(ApiException.class, () -> api.get("/students", Map.class));
        assertEquals(1, heard.size(), "a 403 is not a refusal of the console");
    }

    @Test
    void theConsoleSendsItsVersionAtTheHeadOfItsUserAgent() {
        System.setProperty(ConsoleVersion.PROPERTY, "1.2.0");
        assertTrue(ConsoleVersion.userAgent().startsWith("UMS-Console/1.2.0 ("), ConsoleVersion.userAgent());
        System.clearProperty(ConsoleVersion.PROPERTY);
        assertTrue(ConsoleVersion.userAgent().startsWith("UMS-Console/dev ("), "run from classes: no manifest version");
    }
}
