package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** Holds say who placed and who lifted them, by display name, wherever a hold is answered. */
class HoldNamesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @BeforeAll
    static void seed() {
        env.seed(20);
    }

    @Test
    void listsOneHoldTheExportAndTheStudent360NameWhoPlacedAndLiftedIt() {
        Staff staff = new Staff(env);
        Staff.Person placer = staff.signedIn(Role.REGISTRAR);
        Staff.Person lifter = staff.signedIn(Role.REGISTRAR);
        Api api = placer.api(env);
        long student = api.get("/api/v1/students?limit=1").json().get("data").get(0).get("id").asLong();
        JsonNode placed = api.post("/api/v1/holds", Map.of("studentId", student, "type", "ADMINISTRATIVE",
                "blocks", List.of("TRANSCRIPT"), "reason", "Library books")).json();
        assertEquals("Test " + placer.email(), placed.get("placedByName").asText());
        assertTrue(placed.get("liftedByName").isNull());
        long kept = api.post("/api/v1/holds", Map.of("studentId", student, "type", "FINANCIAL",
                "blocks", List.of("REGISTRATION"), "reason", "Unpaid")).json().get("id").asLong();

        long id = placed.get("id").asLong();
        JsonNode lifted = lifter.api(env).post("/api/v1/holds/" + id + "/lift", Map.of("reason", "Returned")).json();
        assertEquals("Test " + placer.email(), lifted.get("placedByName").asText());
        assertEquals("Test " + lifter.email(), lifted.get("liftedByName").asText());

        JsonNode one = api.get("/api/v1/holds/" + id).json();
        assertEquals("Test " + lifter.email(), one.get("liftedByName").asText());
        JsonNode listed = api.get("/api/v1/holds?studentId=" + student).json().get("data");
        assertEquals(2, listed.size());
        listed.forEach(h -> assertEquals("Test " + placer.email(), h.get("placedByName").asText()));

        String csv = api.get("/api/v1/holds/export?studentId=" + student).text();
        String header = csv.lines().findFirst().orElseThrow();
        assertTrue(header.contains("placedBy,placedByName,placedAt") && header.contains("liftedBy,liftedByName"),
                header);
        assertTrue(csv.contains("Test " + lifter.email()), csv);

        JsonNode holds = api.get("/api/v1/students/" + student).json().get("holds");
        assertEquals(1, holds.size(), "the Student 360 shows active holds");
        assertEquals(kept, holds.get(0).get("id").asLong());
        assertEquals("Test " + placer.email(), holds.get(0).get("placedByName").asText());
        assertTrue(holds.get(0).get("liftedByName").isNull());
    }
}
