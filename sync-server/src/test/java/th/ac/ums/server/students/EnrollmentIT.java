package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** Enrolment respects capacity under concurrency and refuses students with a registration hold. */
class EnrollmentIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api registrar;

    @BeforeAll
    static void seed() {
        env.seed(1500);
        registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
    }

    private long newSection(int capacity) {
        JsonNode any = registrar.get("/api/v1/sections?limit=1").json().get("data").get(0);
        Api.Response r = registrar.post("/api/v1/sections", Map.of("courseId", any.get("courseId").asLong(),
                "termId", any.get("termId").asLong(), "sectionNo", "T" + System.nanoTime() % 1_000_000,
                "capacity", capacity, "room", "อาคาร 1 ห้อง 101", "schedule", "จ. 09:00-12:00"));
        assertEquals(201, r.status(), r::text);
        return r.json().get("id").asLong();
    }

    private List<Long> studentsWithoutRegistrationHolds(int n) {
        List<Long> ids = new ArrayList<>();
        JsonNode page = registrar.get("/api/v1/students?status=ACTIVE&limit=100").json();
        while (ids.size() < n) {
            for (JsonNode s : page.get("data")) {
                long id = s.get("id").asLong();
                boolean blocked = false;
                for (JsonNode h : registrar.get("/api/v1/holds?studentId=" + id + "&active=true").json().get("data")) {
                    blocked |= h.get("blocks").toString().contains("REGISTRATION");
                }
                if (!blocked && ids.size() < n) {
                    ids.add(id);
                }
            }
            page = registrar.get("/api/v1/students?status=ACTIVE&limit=100&cursor=" + page.get("nextCursor").asText())
                    .json();
        }
        return ids;
    }

    @Test
    void fiftyParallelEnrolmentsIntoThirtySeatsFillExactlyThirty() throws Exception {
        long section = newSection(30);
        List<Long> students = studentsWithoutRegistrationHolds(50);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (long s : students) {
            calls.add(() -> registrar.post("/api/v1/students/" + s + "/enrollments", Map.of("sectionId", section))
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(30, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(20, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        JsonNode s = registrar.get("/api/v1/sections/" + section).json();
        assertEquals(30, s.get("enrolled").asInt());
        assertEquals(30, registrar.get("/api/v1/sections/" + section + "/enrollments?limit=100").json().get("total")
                .asLong());
    }

    @Test
    void droppingFreesTheSeatAndReEnrollingTakesItAgain() {
        long section = newSection(1);
        List<Long> two = studentsWithoutRegistrationHolds(2);
        JsonNode e = registrar.post("/api/v1/students/" + two.get(0) + "/enrollments", Map.of("sectionId", section))
                .json();
        assertEquals(409, registrar.post("/api/v1/students/" + two.get(1) + "/enrollments",
                Map.of("sectionId", section)).status());
        assertEquals(409, registrar.post("/api/v1/students/" + two.get(0) + "/enrollments",
                Map.of("sectionId", section)).status(), "already enrolled");
        assertEquals(204, registrar.delete("/api/v1/students/" + two.get(0) + "/enrollments/" + e.get("id").asLong())
                .status());
        assertEquals(201, registrar.post("/api/v1/students/" + two.get(1) + "/enrollments",
                Map.of("sectionId", section)).status());
    }

    @Test
    void aRegistrationHoldRefusesEnrolmentAndSaysWhy() {
        long section = newSection(10);
        long student = studentsWithoutRegistrationHolds(1).get(0);
        registrar.post("/api/v1/holds", Map.of("studentId", student, "type", "FINANCIAL", "blocks",
                List.of("REGISTRATION"), "reason", "ค้างชำระ / Unpaid fees"));
        Api.Response r = registrar.post("/api/v1/students/" + student + "/enrollments", Map.of("sectionId", section));
        assertEquals(409, r.status());
        assertTrue(r.json().get("detail").asText().contains("Unpaid fees"), r.text());
        assertEquals("FINANCIAL: ค้างชำระ / Unpaid fees", r.json().get("holds").get(0).asText());
    }
}
