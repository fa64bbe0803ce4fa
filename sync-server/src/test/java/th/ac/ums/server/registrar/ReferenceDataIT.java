package th.ac.ums.server.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** Faculties, programs, courses, terms and sections: create, edit under If-Match, read, list. */
class ReferenceDataIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api registrar;
    static Api finance;

    @BeforeAll
    static void people() {
        env.seed(300);
        Staff staff = new Staff(env);
        registrar = staff.signedIn(Role.REGISTRAR).api(env);
        finance = staff.signedIn(Role.FINANCE).api(env);
    }

    @Test
    void aFacultyIsCreatedEditedAndReadBackWithThaiNames() {
        Api.Response created = registrar.post("/api/v1/faculties", Map.of("code", "VET", "nameTh",
                "คณะสัตวแพทยศาสตร์", "nameEn", "Faculty of Veterinary Science"));
        assertEquals(201, created.status(), created::text);
        long id = created.json().get("id").asLong();
        assertEquals("คณะสัตวแพทยศาสตร์", registrar.get("/api/v1/faculties/" + id).json().get("nameTh").asText());
        Api.Response edited = registrar.header("If-Match", "1").patch("/api/v1/faculties/" + id,
                Map.of("nameEn", "Faculty of Veterinary Medicine"));
        assertEquals(200, edited.status(), edited::text);
        assertEquals(2, edited.json().get("version").asLong());
        assertEquals("Faculty of Veterinary Medicine", finance.get("/api/v1/faculties/" + id).json().get("nameEn")
                .asText(), "the cached record was dropped by the edit");
        assertEquals(409, registrar.post("/api/v1/faculties", Map.of("code", "VET", "nameTh", "ซ้ำ", "nameEn", "Again"))
                .status());
        assertEquals(403, finance.post("/api/v1/faculties", Map.of("code", "FIN", "nameTh", "ก", "nameEn", "F"))
                .status());
    }

    @Test
    void editsWithAStaleOrMissingVersionAreRefused() {
        long id = registrar.post("/api/v1/faculties", Map.of("code", "NUR2", "nameTh", "คณะพยาบาล",
                "nameEn", "Nursing")).json().get("id").asLong();
        assertEquals(428, registrar.patch("/api/v1/faculties/" + id, Map.of("nameEn", "X")).status());
        assertEquals(200, registrar.header("If-Match", "1").patch("/api/v1/faculties/" + id, Map.of("nameEn", "A"))
                .status());
        Api.Response stale = registrar.header("If-Match", "1").patch("/api/v1/faculties/" + id, Map.of("nameEn", "B"));
        assertEquals(412, stale.status());
        assertEquals("\"2\"", stale.header("ETag"));
        assertEquals("A", registrar.get("/api/v1/faculties/" + id).json().get("nameEn").asText());
    }

    @Test
    void invalidInputNamesTheFieldsAndChangesNothing() {
        Api.Response bad = registrar.post("/api/v1/programs", Map.of("facultyId", 1, "code", "bad code",
                "nameTh", "", "nameEn", "X", "degree", "WIZARD", "durationYears", 40, "tuitionPerTerm", "-5"));
        assertEquals(400, bad.status());
        JsonNode errors = bad.json().get("errors");
        assertTrue(errors.size() >= 5, errors.toString());
        assertEquals(0, registrar.get("/api/v1/programs?limit=100").json().get("data").findValuesAsText("code").stream()
                .filter("bad code"::equals).count());
    }

    @Test
    void aProgramMovedToAnotherFacultyTakesItsStudentsAlong() {
        JsonNode program = registrar.get("/api/v1/programs?facultyId=1&limit=1").json().get("data").get(0);
        long programId = program.get("id").asLong();
        long students = registrar.get("/api/v1/students?programId=" + programId + "&limit=100").json().get("total")
                .asLong();
        Api.Response moved = registrar.header("If-Match", program.get("version").asText())
                .patch("/api/v1/programs/" + programId, Map.of("facultyId", 2));
        assertEquals(200, moved.status(), moved::text);
        JsonNode now = registrar.get("/api/v1/students?programId=" + programId + "&limit=100").json();
        now.get("data").forEach(s -> assertEquals(2, s.get("facultyId").asLong()));
        assertEquals(students, now.get("total").asLong());
    }

    @Test
    void sectionsCannotShrinkBelowTheirEnrolment() {
        JsonNode section = registrar.get("/api/v1/sections?limit=1").json().get("data").get(0);
        assertTrue(section.get("enrolled").asInt() > 1);
        Api.Response r = registrar.header("If-Match", section.get("version").asText())
                .patch("/api/v1/sections/" + section.get("id").asLong(), Map.of("capacity", 1));
        assertEquals(409, r.status(), r::text);
    }

    @Test
    void termsAndCoursesAreCreatedWithTheirRules() {
        Api.Response term = registrar.post("/api/v1/terms", Map.of("code", "2570/1", "academicYear", 2570, "semester", 1,
                "nameTh", "ภาคการศึกษาที่ 1 ปีการศึกษา 2570", "nameEn", "Semester 1, 2570", "startsOn", "2027-08-02",
                "endsOn", "2027-12-10", "registrationOpens", "2027-07-14", "registrationCloses", "2027-08-13",
                "paymentDue", "2027-08-30"));
        assertTrue(term.status() == 201 || term.status() == 409, term::text);
        Api.Response wrongDates = registrar.post("/api/v1/terms", Map.of("code", "2571/1", "academicYear", 2571,
                "semester", 1, "nameTh", "ก", "nameEn", "x", "startsOn", "2028-08-02", "endsOn", "2028-01-01",
                "registrationOpens", "2028-07-14", "registrationCloses", "2028-08-13", "paymentDue", "2028-08-30"));
        assertEquals("endsOn", wrongDates.json().get("errors").get(0).get("field").asText());
        Api.Response course = registrar.post("/api/v1/courses", Map.of("facultyId", 1, "code", "0199999",
                "titleTh", "วิชาทดสอบ", "titleEn", "Test Course", "credits", 3));
        assertEquals(201, course.status(), course::text);
    }
}
