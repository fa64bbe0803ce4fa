package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.NationalId;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Title, date of birth and the 13-digit national ID on the student record. The ID is personal data
 * (PDPA): checked by its check digit, one per person, masked in lists, exports and the Student 360,
 * read whole only on purpose by the registrar, and every such view audited.
 */
class StudentIdentityIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api registrar;
    static long programId;
    static final String ID = "1103700012345".substring(0, 12) + NationalId.checkDigit("110370001234");

    @BeforeAll
    static void data() {
        env.seed(100);
        registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        programId = registrar.get("/api/v1/programs?limit=1").json().get("data").get(0).get("id").asLong();
    }

    static Map<String, Object> student(String nationalId) {
        Map<String, Object> s = new HashMap<>(Map.of("firstNameTh", "สมศรี", "lastNameTh", "มีสุข", "firstNameEn",
                "Somsri", "lastNameEn", "Meesuk", "email", "s" + System.nanoTime() + "@example.com", "programId",
                programId, "status", "ACTIVE", "admittedAt", "2026-08-03", "title", "MISS"));
        s.put("birthDate", "2008-03-04");
        s.put("nationalId", nationalId);
        return s;
    }

    @Test
    void theIdIsCheckedStoredOnceAndMaskedEverywhereButOnPurpose() {
        Api.Response created = registrar.post("/api/v1/students", student(ID));
        assertEquals(201, created.status(), created::text);
        JsonNode s = created.json();
        long id = s.get("id").asLong();
        String masked = "XXXXXXXXX" + ID.substring(9);
        assertEquals(masked, s.get("nationalId").asText());
        assertEquals("MISS", s.get("title").asText());
        assertEquals("2008-03-04", s.get("birthDate").asText());
        assertEquals(masked, registrar.get("/api/v1/students/" + id).json().get("nationalId").asText(), "360");
        assertEquals(masked, registrar.get("/api/v1/students?q=" + s.get("studentCode").asText()).json().get("data")
                .get(0).get("nationalId").asText(), "list");
        String csv = registrar.get("/api/v1/students/export?q=" + s.get("studentCode").asText()).text();
        assertTrue(csv.contains(masked) && !csv.contains(ID), csv);

        JsonNode whole = registrar.get("/api/v1/students/" + id + "/national-id").json();
        assertEquals(ID, whole.get("nationalId").asText());
        Api finance = new Staff(env).signedIn(Role.FINANCE).api(env);
        assertEquals(403, finance.get("/api/v1/students/" + id + "/national-id").status());
        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        JsonNode audit = admin.get("/api/v1/audit?action=student.national-id-viewed&entity=student&entityId=" + id)
                .json().get("data");
        assertEquals(1, audit.size(), audit::toString);
        assertFalse(audit.toString().contains(ID), "the audit trail does not repeat the ID");

        Api.Response again = registrar.post("/api/v1/students", student(ID));
        assertEquals(409, again.status(), again::text);
        assertEquals("nationalId", again.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aNumberWhoseCheckDigitIsWrongOrAnUnknownTitleIsRefused() {
        String wrong = ID.substring(0, 12) + (char) ('0' + (ID.charAt(12) - '0' + 1) % 10);
        Api.Response r = registrar.post("/api/v1/students", student(wrong));
        assertEquals(400, r.status());
        assertEquals("nationalId", r.json().get("errors").get(0).get("field").asText());
        Map<String, Object> badTitle = student(null);
        badTitle.put("title", "DR");
        assertEquals("title", registrar.post("/api/v1/students", badTitle).json().get("errors").get(0)
                .get("field").asText());
        Map<String, Object> child = student(null);
        child.put("birthDate", "2020-01-01");
        assertEquals("birthDate", registrar.post("/api/v1/students", child).json().get("errors").get(0)
                .get("field").asText());
    }

    @Test
    void theSeedGivesEveryStudentAValidIdAndATitle() {
        JsonNode some = registrar.get("/api/v1/students?limit=5").json().get("data");
        some.forEach(s -> {
            assertTrue(s.get("nationalId").asText().matches("^X{9}[0-9]{4}$"), s::toString);
            assertTrue(s.get("title").asText().matches("^(MR|MISS)$"), s::toString);
        });
        long id = some.get(0).get("id").asLong();
        assertTrue(NationalId.isValid(registrar.get("/api/v1/students/" + id + "/national-id").json()
                .get("nationalId").asText()));
    }
}
