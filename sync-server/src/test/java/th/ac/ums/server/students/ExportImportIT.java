package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    static final String THAI_CSV = "firstNameTh,lastNameTh,firstNameEn,lastNameEn,programCode,admittedAt\r\n"
            + "กมลา,สุขสันต์,Kamala,Suksan,SCI01,2026-08-03\r\n"
            + "ปิยะ,เจริญผล,Piya,Charoenphon,BUS02,2026-08-03\r\n";

    /** A CSV saved by Excel on Thai Windows (Windows-874 / TIS-620) is converted, not judged row by row. */
    @Test
    void aThaiWindowsCsvIsReadAndItsEncodingNamed() {
        byte[] tis620 = THAI_CSV.getBytes(java.nio.charset.Charset.forName("x-windows-874"));
        Api.Response dry = registrar.rawBytes("POST", "/api/v1/students/import?dryRun=true", tis620, "text/csv");
        assertEquals(200, dry.status(), dry::text);
        assertEquals("Windows-874 (TIS-620)", dry.json().get("encoding").asText());
        assertEquals(2, dry.json().get("valid").asInt(), dry::text);
        byte[] bom = ("\uFEFF" + THAI_CSV).getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8 with BOM", registrar.rawBytes("POST", "/api/v1/students/import?dryRun=true", bom,
                "text/csv").json().get("encoding").asText());
        assertEquals("UTF-8", registrar.rawBytes("POST", "/api/v1/students/import?dryRun=true",
                THAI_CSV.getBytes(StandardCharsets.UTF_8), "text/csv").json().get("encoding").asText());
    }

    @Test
    void aFileInAnotherEncodingGetsOneAnswerAboutTheFile() {
        byte[] utf16 = THAI_CSV.getBytes(StandardCharsets.UTF_16);   // with its byte-order mark
        byte[] latin = "firstNameTh,lastNameTh\r\n\u00FF\u00FE\u00DB,\u00DC\r\n".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] file : List.of(utf16, latin)) {
            Api.Response r = registrar.rawBytes("POST", "/api/v1/students/import?dryRun=true", file, "text/csv");
            assertEquals(400, r.status(), r::text);
            assertEquals(1, r.json().get("errors").size(), r::text);
            assertEquals("file", r.json().get("errors").get(0).get("field").asText());
            assertTrue(r.json().get("errors").get(0).get("message").asText().contains("UTF-8"), r::text);
        }
    }

    /** Thai staff open exports in Excel: the same rows as an .xlsx workbook, money as numbers. */
    @Test
    void exportsComeAsExcelWorkbooksToo() throws Exception {
        Api.Response r = registrar.get("/api/v1/students/export?status=ACTIVE&format=xlsx");
        assertEquals(200, r.status(), r::text);
        assertTrue(r.header("Content-Type").startsWith("application/vnd.openxmlformats"), r.header("Content-Type"));
        assertTrue(r.header("Content-Disposition").contains(".xlsx"));
        long active = registrar.get("/api/v1/students?status=ACTIVE&limit=1").json().get("total").asLong();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(r.bytes()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals(active + 1, rows.size());
            assertEquals("studentCode", rows.get(0).getCellText(2));
            assertTrue(rows.get(1).getCellText(3).matches("[ก-๙]+"), rows.get(1).getCellText(3));
        }
        Api finance = new Staff(env).signedIn(Role.FINANCE).api(env);
        Api.Response invoices = finance.get("/api/v1/invoices/export?format=xlsx&status=PAID");
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(invoices.bytes()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            int total = -1;
            for (int c = 0; c < rows.get(0).getCellCount(); c++) {
                if ("total".equals(rows.get(0).getCellText(c))) {
                    total = c;
                }
            }
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, rows.get(1).getCell(total).getType());
        }
        assertEquals(400, registrar.get("/api/v1/students/export?format=pdf").status());
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
        Api.Response commit = registrar.raw("POST", "/api/v1/students/import?dryRun=false", csv, "text/csv");
        assertEquals(400, commit.status());
        assertEquals(before, registrar.get("/api/v1/students?limit=1").json().get("total").asLong());
    }

    @Test
    void aCleanFileIsImportedWholeWithNewCodesAndAudited() {
        String csv = "\uFEFFfirstNameTh,lastNameTh,firstNameEn,lastNameEn,programCode,admittedAt\n"
                + "กมล,สุขใจ,Kamon,Sukchai,SCI01,2026-08-03\n"
                + "นที,ทองดี,Nathi,Thongdi,BUS02,2026-08-03\n";
        Api.Response r = registrar.raw("POST", "/api/v1/students/import?dryRun=false", csv, "text/csv");
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

    /** The bank-file operator's inputs, sent to the student import: it reads CSV the same way. */
    @Test
    void anUnreadableQuoteIsA400OnFileNamingTheLine() {
        String header = "firstNameTh,lastNameTh,firstNameEn,lastNameEn,programCode,admittedAt\n";
        for (String row : List.of("\"unterminated,ใจดี,Somchai,Jaidee,ENG01,2026-08-03\n",
                "\"bad\"x,ใจดี,Somchai,Jaidee,ENG01,2026-08-03\n")) {
            for (String dryRun : List.of("true", "false")) {
                Api.Response r = registrar.raw("POST", "/api/v1/students/import?dryRun=" + dryRun, header + row,
                        "text/csv");
                assertEquals(400, r.status(), r::text);
                JsonNode error = r.json().get("errors").get(0);
                assertEquals("file", error.get("field").asText(), r::text);
                assertTrue(error.get("message").asText().startsWith("cannot be read from line 2: "), r::text);
            }
        }
    }

    @Test
    void dryRunIsRequiredOnlyTextCsvIsTakenAndARepeatedHeaderIsRefused() {
        long before = registrar.get("/api/v1/students?limit=1").json().get("total").asLong();
        String csv = "firstNameTh,lastNameTh,firstNameEn,lastNameEn,programCode,admittedAt\n"
                + "กมล,ใจงาม,Kamon,Jaingam,SCI01,2026-08-03\n";
        Api.Response missing = registrar.raw("POST", "/api/v1/students/import", csv, "text/csv");
        assertEquals(400, missing.status(), missing::text);
        assertEquals("dryRun", missing.json().get("errors").get(0).get("field").asText());
        Api.Response json = registrar.raw("POST", "/api/v1/students/import?dryRun=true", csv, "application/json");
        assertEquals(415, json.status(), json::text);
        assertEquals(200, registrar.raw("POST", "/api/v1/students/import?dryRun=true", csv,
                "text/csv; charset=utf-8").status());
        Api.Response twice = registrar.raw("POST", "/api/v1/students/import?dryRun=true",
                csv.replace("admittedAt\n", "admittedAt,firstNameEn\n").replace("08-03\n", "08-03,Other\n"),
                "text/csv");
        assertEquals(400, twice.status(), twice::text);
        assertTrue(twice.json().get("errors").get(0).get("message").asText().contains("\"firstNameEn\" twice"),
                twice::text);
        Api.Response control = registrar.raw("POST", "/api/v1/students/import?dryRun=true",
                csv.replace("Kamon", "Ka\u0007mon"), "text/csv");
        assertEquals(200, control.status(), control::text);
        assertTrue(control.text().contains("row[2].firstNameEn"), control::text);
        assertEquals(before, registrar.get("/api/v1/students?limit=1").json().get("total").asLong());
    }
}
