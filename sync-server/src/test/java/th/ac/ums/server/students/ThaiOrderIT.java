package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Thai dictionary order and one normal form, on the real database. The expected order is the
 * Royal Institute dictionary's: a leading vowel (เ แ โ ใ ไ) files a word under its consonant,
 * consonants before vowels after it, tone marks only break ties, ฤ after ร and ฦ after ล.
 */
class ThaiOrderIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final List<String> DICTIONARY_ORDER = List.of("กมล", "กอน", "ก่อน", "ก้อน", "เกษม", "แกง", "แก้ว", "ขำ",
            "คำกุล", "จันทร์", "จิราพร", "เจ๊ก", "เจริญกุล", "ใจดี", "ชัยวัฒน์", "โชคดี", "ไชยา", "รักไทย", "ฤดี",
            "ฤทธิ์", "ลำดวน", "ลือชา", "ฦ", "ฦๅชา", "วงศ์สวัสดิ์", "สมชาย", "แสงทอง", "อุดม", "โอภาส", "ไอยรา",
            "ฮาลาล");
    static Api registrar;
    static long programId;

    @BeforeAll
    static void data() {
        env.seed(50);
        registrar = new Staff(env).signedIn(Role.REGISTRAR, Role.ADMIN).api(env);
        long faculty = registrar.post("/api/v1/faculties", Map.of("code", "THO", "nameTh", "คณะทดสอบ",
                "nameEn", "Test Faculty")).json().get("id").asLong();
        programId = registrar.post("/api/v1/programs", Map.of("facultyId", faculty, "code", "THO01", "nameTh",
                "สาขาทดสอบ", "nameEn", "Test Program", "degree", "BACHELOR", "durationYears", 4,
                "tuitionPerTerm", "15000.00")).json().get("id").asLong();
        List<String> shuffled = new ArrayList<>(DICTIONARY_ORDER);
        Collections.shuffle(shuffled, new Random(15));
        for (String surname : shuffled) {
            create("สมหญิง", surname);
        }
    }

    static JsonNode create(String firstTh, String lastTh) {
        Api.Response r = registrar.post("/api/v1/students", Map.of("firstNameTh", firstTh, "lastNameTh", lastTh,
                "firstNameEn", "Somying", "lastNameEn", "Test", "email", "t" + System.nanoTime() + "@example.com",
                "programId", programId, "status", "ACTIVE", "admittedAt", "2026-08-03"));
        assertEquals(201, r.status(), r::text);
        return r.json();
    }

    private static List<String> surnames(String query) {
        List<String> out = new ArrayList<>();
        JsonNode page = registrar.get("/api/v1/students?programId=" + programId + "&" + query).json();
        while (true) {
            page.get("data").forEach(s -> out.add(s.get("lastNameTh").asText()));
            if (page.get("nextCursor").isNull()) {
                return out;
            }
            page = registrar.get("/api/v1/students?programId=" + programId + "&" + query + "&cursor="
                    + page.get("nextCursor").asText()).json();
        }
    }

    @Test
    void surnamesSortInRoyalInstituteDictionaryOrderPageByPage() {
        assertEquals(DICTIONARY_ORDER, surnames("sort=lastNameTh&limit=100"));
        assertEquals(DICTIONARY_ORDER, surnames("sort=lastNameTh,firstNameTh&limit=7"), "keyset pages keep the order");
        List<String> reversed = new ArrayList<>(DICTIONARY_ORDER);
        Collections.reverse(reversed);
        assertEquals(reversed, surnames("sort=-lastNameTh&limit=6"));
    }

    @Test
    void aThaiSearchSortedByThaiNameIsInDictionaryOrderToo() {
        String q = URLEncoder.encode("สมหญิง", StandardCharsets.UTF_8);
        assertEquals(DICTIONARY_ORDER, surnames("q=" + q + "&sort=lastNameTh&limit=10"));
    }

    @Test
    void aNameTypedWithMarksInAnotherOrderIsStoredAndFoundInOneForm() {
        String typedAsLooks = "\u0E04\u0E4D\u0E32\u0E19\u0E36\u0E07";           // ค ํ า นึง: looks like คำนึง
        JsonNode s = create("\u0E17\u0E48\u0E35\u0E19\u0E32", typedAsLooks);    // ท ่ ี นา: looks like ที่นา
        assertEquals("\u0E04\u0E33\u0E19\u0E36\u0E07", s.get("lastNameTh").asText(), "SARA AM, one code point");
        assertEquals("\u0E17\u0E35\u0E48\u0E19\u0E32", s.get("firstNameTh").asText(), "the vowel before the tone mark");
        for (String spelling : List.of("\u0E04\u0E33\u0E19\u0E36\u0E07", typedAsLooks)) {
            JsonNode hits = registrar.get("/api/v1/students?q=" + URLEncoder.encode(spelling, StandardCharsets.UTF_8))
                    .json().get("data");
            assertEquals(1, hits.size(), "either spelling finds the student: " + hits);
        }
    }

    @Test
    void usersSortByDisplayNameInThaiOrder() {
        Staff staff = new Staff(env);
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        List<String> names = List.of("ไชยา ทดสอบ", "กมล ทดสอบ", "เจริญ ทดสอบ");
        for (String n : names) {
            Api.Response r = admin.post("/api/v1/users", Map.of("email", "u" + System.nanoTime() + "@ums.ac.th",
                    "displayName", n, "roles", List.of("HELPDESK"), "password", Staff.PASSWORD));
            assertEquals(201, r.status(), r::text);
        }
        List<String> order = new ArrayList<>();
        admin.get("/api/v1/users?sort=displayName&limit=100").json().get("data").forEach(u -> {
            String n = u.get("displayName").asText();
            if (names.contains(n)) {
                order.add(n);
            }
        });
        assertEquals(List.of("กมล ทดสอบ", "เจริญ ทดสอบ", "ไชยา ทดสอบ"), order);
    }
}
