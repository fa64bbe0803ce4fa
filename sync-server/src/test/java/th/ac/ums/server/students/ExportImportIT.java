package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** CSV export (BOM, Thai, every matching row, formulas neutralised) and the all-or-nothing import. */
class ExportImportIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api registrar;

    @BeforeAll
    static void seed() {
        env.seed(800);
        registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
    }

    @Test
    void exportStreamsEveryMatchingRowWithABomAndThaiIntact() {
        Api.Response r = registrar.get("/api/v1/students/export?status=ACTIVE");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/csv"));
        assertTrue(r.header("Content-Disposition").contains("students-"));
        byte[] b = r.bytes();
        assertEquals((byte) 0xEF, b[0]);
        assertEquals((byte) 0xBB, b[1]);
        assertEquals((byte) 0xBF, b[2]);
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("id,version,studentCode,firstNameTh"), lines[0]);
        long active = registrar.get("/api/v1/students?status=ACTIVE&limit=1").json().get("total").asLong();
        assertEquals(active + 1, lines.length);
        assertTrue(text.matches("(?s).*[ก-๙]+.*"));
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        JsonNode s = registrar.get("/api/v1/students?limit=1&sort=-createdAt").json().get("data").get(0);
        registrar.header("If-Match", s.get("version").asText()).patch("/api/v1/students/" + s.get("id").asLong(),
                Map.of("lastNameEn", "Smith"));
        long hold = registrar.post("/api/v1/holds", Map.of("studentId", s.get("id").asLong(), "type", "ADMINISTRATIVE",
                "blocks", java.util.List.of("TRANSCRIPT"), "reason", "=HYPERLINK(\"http://evil\",\"x\")")).json()
                .get("id").asLong();
        String csv = registrar.get("/api/v1/holds/export?studentId=" + s.get("id").asLong()).text();
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(hold > 0);
    }

    @Test
    void aDryRunReportsEveryBadRowAndWritesNothing() {
        long before = registrar.get("/api/v1/students?limit=1").json().get("total").asLong();
        String taken = registrar.get("/api/v1/students?limit=1").json().get("data").get(0).get("email").asText();
        String csv = "firstNameTh,lastNameTh,firstNameEn,lastNameEn,email,phone,programCode,status,admittedAt\n"
                + "สมชาย,ใจดี,Somchai,Jaidee,somchai.j@example.com,081-234-5678,ENG01,ACTIVE,2026-08-03\n"
                + "Somchai,ใจดี,Somchai,Jaidee,x1@example.com,,ENG01,ACTIVE,2026-08-03\n"
                + "สมศรี,ดีใจ,Somsri,Deejai,somchai.j@example.com,,NOPE99,ACTIVE,someday\n"
                + "สุดา,รักไทย,Suda,Rakthai," + taken + ",,ENG01,ACTIVE,2026-08-03\n";
        Api.Response dry = registrar.raw("POST", "/api/v1/students/import?dryRun=true", csv, "text/csv");
        assertEquals(200, dry.status(), dry::text);
        JsonNode report = dry.json();
        assertEquals(4, report.get("rows").asInt());
        assertEquals(1, report.get("valid").asInt());
        String errors = report.get("errors").toString();
        assertTrue(errors.contains("row[3].firstNameTh"), errors);
        assertTrue(errors.contains("row[4].programCode"), errors);
        assertTrue(errors.contains("row[4].admittedAt"), errors);
        assertTrue(errors.contains("row[4].email"), errors);
        assertTrue(errors.contains("row[5].email"), errors);
        Api.Response commit = registrar.raw("POST", "/api/v1/students/import", csv, "text/csv");
        assertEquals(400, commit.status());
        assertEquals(before, registrar.get("/api/v1/students?limit=1").json().get("total").asLong());
    }

    @Test
    void aCleanFileIsImportedWholeWithNewCodesAndAudited() {
        String csv = "\uFEFFfirstNameTh,lastNameTh,firstNameEn,lastNameEn,programCode,admittedAt\n"
                + "กมล,สุขใจ,Kamon,Sukchai,SCI01,2026-08-03\n"
                + "นที,ทองดี,Nathi,Thongdi,BUS02,2026-08-03\n";
        Api.Response r = registrar.raw("POST", "/api/v1/students/import", csv, "text/csv");
        assertEquals(200, r.status(), r::text);
        assertEquals(2, r.json().get("created").asInt());
        JsonNode found = registrar.get("/api/v1/students?q=Kamon%20Suk").json().get("data").get(0);
        assertTrue(found.get("studentCode").asText().matches("^69[0-9]{6}$"), found.toString());
        assertEquals(found.get("studentCode").asText() + "@student.ums.ac.th", found.get("email").asText());
        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        assertEquals(2, admin.get("/api/v1/audit?action=students.imported").json().get("data").get(0).get("after")
                .get("created").asInt());
        assertEquals(415, registrar.raw("POST", "/api/v1/students/import", csv, "application/xml").status());
    }
}
