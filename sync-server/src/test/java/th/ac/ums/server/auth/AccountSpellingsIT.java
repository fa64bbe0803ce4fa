package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
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

/**
 * One account, one identity: an address typed with invisible or compatibility characters is the
 * same account and meets the same login limits as its plain spelling; accounts cannot be created
 * with such addresses; searches and the audit trail use the same canonical form.
 */
class AccountSpellingsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final Staff staff = new Staff(env);
    static Api admin;

    @BeforeAll
    static void seed() {
        env.seed(200);
        admin = staff.signedIn(Role.ADMIN).api(env);
    }

    /** The spellings the attack report tried, of one address. */
    static List<String> spellings(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String domain = email.substring(email.indexOf('@'));
        return List.of(
                email,
                local.charAt(0) + "\u200B" + local.substring(1) + domain,   // zero-width space inside
                "\uFEFF" + email,                                           // byte-order mark in front
                email + "\u00A0",                                           // no-break space behind
                fullWidth(email),                                           // full-width letters
                email.toUpperCase(java.util.Locale.ROOT) + "\u2060");       // upper case, word joiner
    }

    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.appendCodePoint(cp > 0x20 && cp < 0x7F ? cp - 0x21 + 0xFF01 : cp));
        return sb.toString();
    }

    private static Api.Response login(String email, String password) {
        return env.api().post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    @Test
    void everySpellingCountsAgainstTheSameLoginLimit() {
        String email = staff.uniqueEmail("finance");
        staff.create(email, Role.FINANCE);
        List<String> variants = spellings(email);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(variants.get(i + 1), "Wrong-Passw0rd!" + i).status(), "spelling " + (i + 1));
        }
        for (String variant : variants) {
            Api.Response r = login(variant, "Wrong-Passw0rd!");
            assertEquals(429, r.status(), "a wrong password under any spelling is limited: " + r.text());
            assertEquals(429, login(variant, Staff.PASSWORD).status(), "the right password waits too");
        }
    }

    @Test
    void twentyWrongPasswordsOverManySpellingsReachThePasswordCheckAtMostFiveTimes() {
        String email = staff.uniqueEmail("registrar");
        staff.create(email, Role.REGISTRAR);
        List<String> variants = spellings(email);
        double before = staff.passwordChecks();
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            int status = login(variants.get(i % variants.size()), "Wrong-Passw0rd!" + i).status();
            refused += status == 429 ? 1 : 0;
        }
        double reached = staff.passwordChecks() - before;
        assertTrue(reached <= 5, reached + " wrong passwords reached the password check");
        assertEquals(15, refused);
    }

    @Test
    void anyCanonicalSpellingSignsInToTheOneAccount() {
        String email = staff.uniqueEmail("helpdesk");
        long id = staff.create(email, Role.HELPDESK);
        for (String variant : spellings(email)) {
            Api.Response r = login(variant, Staff.PASSWORD);
            assertEquals(200, r.status(), r::text);
            assertEquals(id, r.json().get("user").get("id").asLong());
            assertEquals(email, r.json().get("user").get("email").asText());
        }
    }

    @Test
    void anAddressTheCollationWouldEquateIsNotTheAccount() {
        String email = staff.uniqueEmail("admin");
        staff.create(email, Role.ADMIN);
        String accented = "\u00E1" + email.substring(1);      // á for a: equal under utf8mb4_unicode_ci
        assertEquals(401, login(accented, Staff.PASSWORD).status(), "only the canonical form names an account");
        assertEquals(200, login(email, Staff.PASSWORD).status());
    }

    @Test
    void failuresAreAuditedUnderTheCanonicalAddress() {
        String email = staff.uniqueEmail("finance");
        long id = staff.create(email, Role.FINANCE);
        login(fullWidth(email), "Wrong-Passw0rd!");
        login("\uFEFF" + email, "Wrong-Passw0rd!");
        JsonNode rows = admin.get("/api/v1/audit?action=login.failure&entityId=" + id).json().get("data");
        assertEquals(2, rows.size(), rows::toString);
        rows.forEach(r -> assertEquals(email, r.get("actorEmail").asText()));
    }

    @Test
    void loginEmailLengthsAtTheColumnsLimit() {
        String domain = "@example.test";
        String at254 = "a".repeat(64) + "." + "b".repeat(254 - 65 - domain.length()) + domain;
        assertEquals(254, at254.length());
        assertEquals(401, login(at254.substring(1), "Wrong-Passw0rd!").status(), "253");
        assertEquals(401, login(at254, "Wrong-Passw0rd!").status(), "254");
        for (int length : new int[] {255, 300, 320, 321, 5000}) {
            Api.Response r = login("a".repeat(length - at254.length()) + at254, "Wrong-Passw0rd!");
            assertEquals(400, r.status(), length + ": " + r.text());
            assertEquals("email", r.json().get("errors").get(0).get("field").asText());
        }
        Api.Response longPassword = login(at254, "x".repeat(1025));
        assertEquals(400, longPassword.status());
        assertEquals("password", longPassword.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void usersCannotBeCreatedWithHiddenOrLookAlikeCharacters() {
        String email = staff.uniqueEmail("registrar");
        for (String variant : spellings(email).subList(1, 6)) {
            Api.Response r = admin.post("/api/v1/users", Map.of("email", variant, "displayName", "Somchai",
                    "roles", List.of("REGISTRAR"), "password", Staff.PASSWORD));
            assertEquals(400, r.status(), r::text);
            assertEquals("email", r.json().get("errors").get(0).get("field").asText());
        }
        Api.Response plain = admin.post("/api/v1/users", Map.of("email", email.toUpperCase(java.util.Locale.ROOT),
                "displayName", "Somchai", "roles", List.of("REGISTRAR"), "password", Staff.PASSWORD));
        assertEquals(201, plain.status(), plain::text);
        assertEquals(email, plain.json().get("email").asText(), "stored in canonical form");
        Api.Response again = admin.post("/api/v1/users", Map.of("email", email, "displayName", "Again",
                "roles", List.of("REGISTRAR"), "password", Staff.PASSWORD));
        assertEquals(409, again.status());
    }

    @Test
    void studentsAndApplicantsCannotBeGivenSuchAddresses() {
        Api registrar = staff.signedIn(Role.REGISTRAR).api(env);
        JsonNode s = registrar.get("/api/v1/students?limit=1").json().get("data").get(0);
        for (String variant : spellings("somchai.j@example.com").subList(1, 6)) {
            Map<String, Object> student = new java.util.HashMap<>(Map.of("firstNameTh", "สมชาย", "lastNameTh", "ใจดี",
                    "firstNameEn", "Somchai", "lastNameEn", "Jaidee", "email", variant,
                    "programId", s.get("programId").asLong(), "status", "ACTIVE", "admittedAt", "2026-08-03"));
            Api.Response created = registrar.post("/api/v1/students", student);
            assertEquals(400, created.status(), created::text);
            assertEquals("email", created.json().get("errors").get(0).get("field").asText());
            Api.Response patched = registrar.header("If-Match", s.get("version").asText())
                    .patch("/api/v1/students/" + s.get("id").asLong(), Map.of("email", variant));
            assertEquals(400, patched.status(), patched::text);
            String csv = "firstNameTh,lastNameTh,firstNameEn,lastNameEn,email,programCode,admittedAt\n"
                    + "สมชาย,ใจดี,Somchai,Jaidee," + variant + ",ENG01,2026-08-03\n";
            Api.Response imported = registrar.raw("POST", "/api/v1/students/import?dryRun=true", csv, "text/csv");
            assertTrue(imported.json().get("errors").toString().contains("row[2].email"), imported::text);
            Api.Response applied = registrar.post("/api/v1/applications", Map.of("firstNameTh", "สมชาย",
                    "lastNameTh", "ใจดี", "firstNameEn", "Somchai", "lastNameEn", "Jaidee", "email", variant,
                    "programId", s.get("programId").asLong(), "termId", 1));
            assertEquals(400, applied.status(), applied::text);
        }
    }

    @Test
    void helpdeskFindsTheAccountUnderAnySpelling() {
        Staff.Person person = staff.signedIn(Role.FINANCE);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        for (String variant : spellings(person.email())) {
            String q = URLEncoder.encode(variant, StandardCharsets.UTF_8);
            JsonNode users = helpdesk.get("/api/v1/helpdesk/users?q=" + q).json();
            assertEquals(1, users.get("data").size(), users::toString);
            assertEquals(person.id(), users.get("data").get(0).get("id").asLong());
            JsonNode sessions = helpdesk.get("/api/v1/sessions?email=" + q).json();
            assertTrue(sessions.get("data").size() >= 1, sessions::toString);
        }
    }
}
