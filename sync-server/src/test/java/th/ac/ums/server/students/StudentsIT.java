package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** Students: lists at any depth, search, the Student 360, edits under If-Match. */
class StudentsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api registrar;

    @BeforeAll
    static void seed() {
        env.seed(3000);
        registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
    }

    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("data").forEach(s -> out.add(s.get("studentCode").asText()));
        return out;
    }

    /** Every page of a search in a sort, followed by cursor: all matches, once each, in the sort's order. */
    private static List<JsonNode> walk(String base) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode page = registrar.get(base).json();
        assertTrue(page.has("data"), page::toString);
        page.get("data").forEach(rows::add);
        while (page.get("nextCursor") != null && !page.get("nextCursor").isNull()) {
            page = registrar.get(base + "&cursor=" + page.get("nextCursor").asText()).json();
            page.get("data").forEach(rows::add);
        }
        return rows;
    }

    private static java.util.Set<String> unsorted(String q) {
        java.util.Set<String> out = new java.util.HashSet<>();
        walk("/api/v1/students?limit=100&q=" + q).forEach(s -> out.add(s.get("studentCode").asText()));
        return out;
    }

    /**
     * Found by trying the console as a registrar: it sends its grid's sort with q, which the server
     * refused, and every search came back empty. A search now takes every sort of the list: the same
     * matches as without a sort, in the sort's order, for a small match set (a surname prefix) and a
     * large one (a student-code prefix that matches most of the university), with a filter too.
     */
    @Test
    void aSearchTakesEverySortOfTheList() {
        JsonNode some = registrar.get("/api/v1/students?limit=1&sort=-createdAt").json().get("data").get(0);
        String surname = some.get("lastNameEn").asText().substring(0, 2);
        String thai = some.get("lastNameTh").asText().substring(0, 1);
        String code = some.get("studentCode").asText().substring(0, 1);
        for (String q : List.of(surname, thai, code, some.get("firstNameEn").asText())) {
            String enc = java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
            java.util.Set<String> expected = unsorted(enc);
            assertFalse(expected.isEmpty(), q);
            for (String sort : List.of("studentCode", "-studentCode", "lastNameEn", "lastNameTh,firstNameTh",
                    "-createdAt", "status")) {
                List<JsonNode> rows = walk("/api/v1/students?limit=100&q=" + enc + "&sort=" + sort);
                List<String> codes = rows.stream().map(r -> r.get("studentCode").asText()).toList();
                assertEquals(expected, new java.util.HashSet<>(codes), q + " sorted by " + sort);
                assertEquals(codes.size(), new java.util.HashSet<>(codes).size(), "no row twice: " + q + " " + sort);
                for (int i = 1; i < rows.size(); i++) {
                    assertTrue(inOrder(rows.get(i - 1), rows.get(i), sort), q + " " + sort + " at " + i);
                }
            }
        }
        JsonNode filtered = registrar.get("/api/v1/students?limit=100&q=" + code + "&sort=lastNameEn&status=ACTIVE")
                .json();
        filtered.get("data").forEach(r -> assertEquals("ACTIVE", r.get("status").asText()));
        assertTrue(code.length() == 1 && expectedMoreThanSmall(code), "the code prefix exercises the large case");
    }

    private static boolean expectedMoreThanSmall(String code) {
        return registrar.get("/api/v1/students?limit=1&q=" + code + "&sort=lastNameEn").json().get("total").asLong()
                > SortedSearch.SMALL;
    }

    private static boolean inOrder(JsonNode a, JsonNode b, String sort) {
        boolean desc = sort.startsWith("-");
        String field = (desc ? sort.substring(1) : sort).split(",")[0];
        String x = a.get(field).asText();
        String y = b.get(field).asText();
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
        int c = field.startsWith("last") ? 0 : x.compareTo(y);
        if (field.startsWith("last")) {
            // the database's collation decides ties of case and accents; only a clear inversion is an error
            c = collator.compare(x.toLowerCase(java.util.Locale.ROOT), y.toLowerCase(java.util.Locale.ROOT));
            return desc ? c >= 0 || x.equalsIgnoreCase(y) : c <= 0 || x.equalsIgnoreCase(y) || !field.endsWith("En");
        }
        return desc ? c >= 0 : c <= 0;
    }

    @Test
    void keysetPagesWalkTheWholeListInOrderAndBackAgain() {
        String base = "/api/v1/students?status=ACTIVE&sort=lastNameEn&limit=100";
        JsonNode first = registrar.get(base).json();
        long total = first.get("total").asLong();
        assertTrue(first.get("totalExact").asBoolean());
        List<String> seen = new ArrayList<>(codes(first));
        String previousLast = first.get("data").get(99).get("lastNameEn").asText();
        JsonNode page = first;
        List<JsonNode> pages = new ArrayList<>(List.of(first));
        while (page.get("nextCursor") != null && !page.get("nextCursor").isNull()) {
            page = registrar.get(base + "&cursor=" + page.get("nextCursor").asText()).json();
            assertNull(page.get("page").isNull() ? null : page.get("page"));
            String firstName = page.get("data").get(0).get("lastNameEn").asText();
            assertTrue(previousLast.compareToIgnoreCase(firstName) <= 0, previousLast + " then " + firstName);
            previousLast = page.get("data").get(page.get("data").size() - 1).get("lastNameEn").asText();
            seen.addAll(codes(page));
            pages.add(page);
        }
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count(), "no row twice");
        JsonNode back = registrar.get(base + "&cursor=" + pages.get(pages.size() - 1).get("prevCursor").asText()).json();
        assertEquals(codes(pages.get(pages.size() - 2)), codes(back), "prevCursor gives the page before");
    }

    @Test
    void offsetPagesMatchKeysetPages() {
        String base = "/api/v1/students?facultyId=1&sort=studentCode&limit=20";
        JsonNode keyset = registrar.get(base).json();
        JsonNode second = registrar.get(base + "&cursor=" + keyset.get("nextCursor").asText()).json();
        assertEquals(codes(second), codes(registrar.get(base + "&page=2").json()));
        assertEquals(2, registrar.get(base + "&page=2").json().get("page").asInt());
    }

    @Test
    void searchFindsCodesEmailsAndNamesInEitherLanguage() {
        JsonNode some = registrar.get("/api/v1/students?limit=1&sort=lastNameTh").json().get("data").get(0);
        String code = some.get("studentCode").asText();
        assertEquals(code, registrar.get("/api/v1/students?q=" + code).json().get("data").get(0).get("studentCode")
                .asText());
        for (JsonNode s : registrar.get("/api/v1/students?q=" + code.substring(0, 4) + "&limit=50").json().get("data")) {
            assertTrue(s.get("studentCode").asText().startsWith(code.substring(0, 4)));
        }
        assertEquals(code, registrar.get("/api/v1/students?q=" + code + "%40student").json().get("data").get(0)
                .get("studentCode").asText());
        String thai = some.get("lastNameTh").asText();
        JsonNode byThai = registrar.get("/api/v1/students?q=" + enc(thai.substring(0, 2)) + "&limit=100").json();
        byThai.get("data").forEach(s -> assertTrue(s.get("lastNameTh").asText().startsWith(thai.substring(0, 2))
                || s.get("firstNameTh").asText().startsWith(thai.substring(0, 2))));
        String first = some.get("firstNameEn").asText();
        String last = some.get("lastNameEn").asText();
        JsonNode full = registrar.get("/api/v1/students?q=" + enc(first + " " + last.substring(0, 3))).json();
        assertTrue(codes(full).contains(code));
        assertEquals(200, registrar.get("/api/v1/students?q=a&sort=lastNameEn").status(), "a search takes a sort");
        assertEquals(400, registrar.get("/api/v1/students?q=a&sort=password").status(), "only the list's sorts");
    }

    @Test
    void searchPagesByCursorWithoutRepeats() {
        String base = "/api/v1/students?q=S&limit=25";
        JsonNode page = registrar.get(base).json();
        List<String> seen = new ArrayList<>(codes(page));
        for (int i = 0; i < 5 && !page.get("nextCursor").isNull(); i++) {
            page = registrar.get(base + "&cursor=" + page.get("nextCursor").asText()).json();
            seen.addAll(codes(page));
        }
        assertEquals(seen.size(), seen.stream().distinct().count());
        assertTrue(seen.size() > 25);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theStudent360HasProgramFacultyHoldsBalanceAndEnrolments() {
        JsonNode active = registrar.get("/api/v1/students?status=ACTIVE&limit=1").json().get("data").get(0);
        JsonNode s = registrar.get("/api/v1/students/" + active.get("id").asLong()).json();
        assertEquals(active.get("studentCode").asText(), s.get("studentCode").asText());
        assertEquals(active.get("programCode").asText(), s.get("program").get("code").asText());
        assertNotNull(s.get("faculty").get("nameTh").asText());
        assertTrue(s.get("holds").isArray());
        for (String field : new String[] {"invoiced", "paid", "outstanding", "overdue"}) {
            assertTrue(s.get("balance").get(field).asText().matches("^[0-9]+\\.[0-9]{2}$"), field);
        }
        assertEquals(3, s.get("enrollments").size(), "active students take three courses this term");
        assertEquals(404, registrar.get("/api/v1/students/99999999").status());
        assertEquals(404, registrar.get("/api/v1/students/abc").status());
        assertEquals(404, registrar.get("/api/v1/students/..%2F..%2Fetc").status());
    }

    @Test
    void editingAStudentNeedsTheVersionAndTheSharedRules() {
        JsonNode s = registrar.get("/api/v1/students?limit=1&sort=createdAt").json().get("data").get(0);
        String path = "/api/v1/students/" + s.get("id").asLong();
        registrar.get(path);
        Api.Response bad = registrar.header("If-Match", s.get("version").asText()).patch(path,
                Map.of("firstNameTh", "Somchai", "phone", "12345", "studentCode", "12345678"));
        assertEquals(400, bad.status());
        assertEquals(3, bad.json().get("errors").size(), bad::text);
        Api.Response ok = registrar.header("If-Match", s.get("version").asText()).patch(path,
                Map.of("firstNameTh", "สมศรี", "phone", "081-234-5678"));
        assertEquals(200, ok.status(), ok::text);
        assertEquals("สมศรี", registrar.get(path).json().get("firstNameTh").asText(), "360 cache dropped");
        Api.Response stale = registrar.header("If-Match", s.get("version").asText()).patch(path,
                Map.of("firstNameTh", "สมหญิง"));
        assertEquals(412, stale.status());
        assertEquals(s.get("version").asLong() + 1, stale.json().get("currentVersion").asLong());
    }

    @Test
    void aHoldShowsInThe360AtOnceAndIsLiftedWithAReason() {
        JsonNode s = registrar.get("/api/v1/students?status=ACTIVE&limit=1&sort=-createdAt").json().get("data").get(0);
        long id = s.get("id").asLong();
        int before = registrar.get("/api/v1/students/" + id).json().get("holds").size();
        Api.Response hold = registrar.post("/api/v1/holds", Map.of("studentId", id, "type", "ADMINISTRATIVE",
                "blocks", List.of("TRANSCRIPT"), "reason", "ยังไม่ส่งสำเนาทะเบียนบ้าน / House registration missing"));
        assertEquals(201, hold.status(), hold::text);
        assertEquals(before + 1, registrar.get("/api/v1/students/" + id).json().get("holds").size());
        long holdId = hold.json().get("id").asLong();
        assertEquals(400, registrar.post("/api/v1/holds/" + holdId + "/lift", Map.of("reason", "")).status());
        assertEquals(200, registrar.post("/api/v1/holds/" + holdId + "/lift", Map.of("reason", "ได้รับเอกสารแล้ว"))
                .status());
        assertEquals(409, registrar.post("/api/v1/holds/" + holdId + "/lift", Map.of("reason", "again")).status());
        assertEquals(before, registrar.get("/api/v1/students/" + id).json().get("holds").size());
        assertFalse(registrar.get("/api/v1/holds/" + holdId).json().get("active").asBoolean());
    }

    @Test
    void listsRefuseUnknownSortsFiltersAndLimits() {
        assertEquals(400, registrar.get("/api/v1/students?sort=password").status());
        assertEquals(400, registrar.get("/api/v1/students?limit=0").status());
        assertEquals(100, registrar.get("/api/v1/students?limit=500").json().get("pageSize").asInt());
        assertEquals(400, registrar.get("/api/v1/students?status=ACTIVE'%20OR%201=1").status());
        assertEquals(400, registrar.get("/api/v1/students/1/enrollments?studentId=2").status());
    }
}
