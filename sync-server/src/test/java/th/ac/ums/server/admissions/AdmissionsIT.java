package th.ac.ums.server.admissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Enums.ApplicationStatus;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** The admissions pipeline: legal and illegal moves, bulk decisions, admission creating students. */
class AdmissionsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api registrar;

    @BeforeAll
    static void seed() {
        env.seed(2000);
        registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
    }

    private List<Long> ids(String status, int n) {
        List<Long> out = new ArrayList<>();
        registrar.get("/api/v1/applications?status=" + status + "&limit=" + n).json().get("data")
                .forEach(a -> out.add(a.get("id").asLong()));
        assertEquals(n, out.size(), "seeded applications in " + status);
        return out;
    }

    @Test
    void theMoveTableIsEnforced() {
        assertTrue(AdmissionService.allowed(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW));
        assertTrue(AdmissionService.allowed(ApplicationStatus.WAITLISTED, ApplicationStatus.ACCEPTED));
        assertFalse(AdmissionService.allowed(ApplicationStatus.REJECTED, ApplicationStatus.ACCEPTED));
        assertFalse(AdmissionService.allowed(ApplicationStatus.SUBMITTED, ApplicationStatus.ADMITTED));
        assertFalse(AdmissionService.allowed(ApplicationStatus.ADMITTED, ApplicationStatus.WITHDRAWN));
        long rejected = ids("REJECTED", 1).get(0);
        Api.Response r = registrar.post("/api/v1/applications/" + rejected + "/decision", Map.of("decision", "ACCEPTED"));
        assertEquals(409, r.status());
        assertEquals(400, registrar.post("/api/v1/applications/" + rejected + "/decision",
                Map.of("decision", "ADMITTED")).status(), "ADMITTED is not a decision; admission is its own action");
        long submitted = ids("SUBMITTED", 1).get(0);
        assertEquals(409, registrar.post("/api/v1/applications/" + submitted + "/admit", "").status());
        assertEquals("UNDER_REVIEW", registrar.post("/api/v1/applications/" + submitted + "/review", "").json()
                .get("status").asText());
        JsonNode accepted = registrar.post("/api/v1/applications/" + submitted + "/decision",
                Map.of("decision", "ACCEPTED", "note", "คะแนนดี / Good scores")).json();
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("คะแนนดี / Good scores", accepted.get("decisionNote").asText());
    }

    @Test
    void bulkDecisionsAreAllOrNothing() {
        List<Long> submitted = ids("SUBMITTED", 5);
        List<Long> withRejected = new ArrayList<>(submitted);
        withRejected.add(ids("REJECTED", 1).get(0));
        Api.Response refused = registrar.post("/api/v1/applications/decisions", Map.of("ids", withRejected,
                "decision", "WAITLISTED"));
        assertEquals(409, refused.status());
        assertEquals(List.of(withRejected.get(5)), java.util.stream.StreamSupport.stream(
                refused.json().get("ids").spliterator(), false).map(JsonNode::asLong).toList(),
                "the problem's ids member names the application that cannot move (the console names its applicant)");
        for (long id : submitted) {
            assertEquals("SUBMITTED", registrar.get("/api/v1/applications/" + id).json().get("status").asText());
        }
        Api.Response ok = registrar.post("/api/v1/applications/decisions", Map.of("ids", submitted,
                "decision", "WAITLISTED", "note", "รอที่นั่ง"));
        assertEquals(200, ok.status(), ok::text);
        assertEquals(5, ok.json().get("data").size());
        ok.json().get("data").forEach(a -> assertEquals("WAITLISTED", a.get("status").asText()));
    }

    @Test
    void admittingCreatesStudentsWithNewUniqueEightDigitCodes() throws Exception {
        List<Long> accepted = ids("ACCEPTED", 12);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<JsonNode>> calls = new ArrayList<>();
        for (long id : accepted) {
            calls.add(() -> registrar.post("/api/v1/applications/" + id + "/admit", "").json());
        }
        Set<String> codes = new HashSet<>();
        for (Future<JsonNode> f : pool.invokeAll(calls)) {
            JsonNode app = f.get();
            assertEquals("ADMITTED", app.get("status").asText(), app.toString());
            JsonNode student = registrar.get("/api/v1/students/" + app.get("studentId").asLong()).json();
            assertTrue(student.get("studentCode").asText().matches("^[0-9]{8}$"));
            assertEquals(app.get("lastNameTh").asText(), student.get("lastNameTh").asText());
            assertEquals("ACTIVE", student.get("status").asText());
            codes.add(student.get("studentCode").asText());
        }
        pool.shutdown();
        assertEquals(12, codes.size(), "every admission got its own code");
        assertEquals(409, registrar.post("/api/v1/applications/" + accepted.get(0) + "/admit", "").status(),
                "admitted once only");
    }

    @Test
    void aNewApplicationIsSubmittedForAnApplicant() {
        JsonNode program = registrar.get("/api/v1/programs?limit=1").json().get("data").get(0);
        JsonNode term = registrar.get("/api/v1/terms?limit=1").json().get("data").get(0);
        Map<String, Object> body = Map.of("firstNameTh", "ปวีณา", "lastNameTh", "ใจดี", "firstNameEn", "Pawina",
                "lastNameEn", "Jaidee", "email", "pawina.jaidee@example.com", "programId", program.get("id").asLong(),
                "termId", term.get("id").asLong(), "birthDate", "2008-03-04");
        Api.Response r = registrar.post("/api/v1/applications", body);
        assertEquals(201, r.status(), r::text);
        assertEquals("SUBMITTED", r.json().get("status").asText());
        assertEquals(409, registrar.post("/api/v1/applications", body).status(), "same applicant, program and term");
    }
}
