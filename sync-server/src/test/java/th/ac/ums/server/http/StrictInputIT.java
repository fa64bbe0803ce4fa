package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Input the server used to reinterpret silently is refused with a 400 that names the field and
 * says in words what it expects: invalid Unicode (a lone surrogate was stored as ?), dates that
 * are not dates, numbers outside their type, numbers sent as text or fractions, booleans as
 * numbers, timestamps as numbers, a field given twice. A refused request writes nothing.
 */
class StrictInputIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api api;
    static long invoiceId;
    static long userId;

    @BeforeAll
    static void data() {
        env.seed(100);
        Staff staff = new Staff(env);
        api = staff.signedIn(Role.ADMIN, Role.REGISTRAR, Role.FINANCE).api(env);
        userId = staff.create(staff.uniqueEmail("strict"), Role.HELPDESK);
        invoiceId = api.get("/api/v1/invoices?limit=1").json().get("data").get(0).get("id").asLong();
    }

    private static long changes() {
        return env.infrastructure().db().read(exec -> exec.get("SELECT COALESCE(MAX(seq), 0) AS s FROM change_log")
                .map(r -> Rows.lng(r, "s")).orElse(0L));
    }

    private static void refused(String method, String path, String body, String field, String message) {
        long before = changes();
        Api.Response r = api.header("If-Match", "1").header("Idempotency-Key", "strict-" + Math.abs(body.hashCode()))
                .raw(method, path, body, "application/json");
        assertEquals(400, r.status(), () -> body + " -> " + r.text());
        assertTrue(r.json().has("errors"), () -> body + " -> " + r.text());
        JsonNode error = r.json().get("errors").get(0);
        assertEquals(field, error.get("field").asText(), () -> body + " -> " + r.text());
        assertTrue(error.get("message").asText().contains(message), () -> body + " -> " + r.text());
        assertEquals(before, changes(), () -> body + " wrote although refused");
    }

    @Test
    void aLoneSurrogateInAnyTextFieldIsRefusedNotStoredAsAQuestionMark() {
        String message = "valid Unicode";
        refused("POST", "/api/v1/holds", "{\"studentId\":1,\"type\":\"ADMINISTRATIVE\",\"blocks\":[\"TRANSCRIPT\"],"
                + "\"reason\":\"Library fine \\ud800\"}", "reason", message);
        refused("PATCH", "/api/v1/users/" + userId, "{\"displayName\":\"Somchai \\udc00\"}", "displayName", message);
        refused("POST", "/api/v1/payments", "{\"invoiceId\":" + invoiceId + ",\"amount\":\"1.00\",\"method\":\"CASH\","
                + "\"reference\":\"\\ud83d\"}", "reference", message);
        refused("POST", "/api/v1/faculties", "{\"code\":\"VET\",\"nameTh\":\"คณะ\\ud800\",\"nameEn\":\"Vet\"}",
                "nameTh", message);
        refused("POST", "/api/v1/invoices", "{\"studentId\":1,\"termId\":1,\"dueDate\":\"2027-01-31\",\"lines\":"
                + "[{\"description\":\"Tuition \\udfff\",\"amount\":\"100.00\"}]}", "lines[0].description", message);
        Api.Response login = env.api().raw("POST", "/api/v1/auth/login",
                "{\"email\":\"a\\ud800@ums.ac.th\",\"password\":\"x\"}", "application/json");
        assertEquals(400, login.status(), login::text);
        assertEquals("email", login.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aPairedSurrogateIsOrdinaryText() {
        Api.Response r = api.post("/api/v1/holds", Map.of("studentId", 1, "type", "ADMINISTRATIVE",
                "blocks", List.of("TRANSCRIPT"), "reason", "Graduation photo \uD83C\uDF93"));
        assertEquals(201, r.status(), r::text);
        assertEquals("Graduation photo \uD83C\uDF93", r.json().get("reason").asText());
    }

    @Test
    void aDateThatIsNotADateSaysSo() {
        for (String due : List.of("\"2026-02-30\"", "\"abc\"", "20000", "[2027,1,31]", "\"2027-1-31\"",
                "\"2027-01-31T00:00:00Z\"", "\"\"", "true", "{}")) {
            refused("POST", "/api/v1/invoices", "{\"studentId\":1,\"termId\":1,\"dueDate\":" + due + ",\"lines\":"
                    + "[{\"description\":\"Tuition\",\"amount\":\"100.00\"}]}", "dueDate", "must be a date YYYY-MM-DD");
        }
        refused("PATCH", "/api/v1/students/1", "{\"admittedAt\":\"2569-02-30\"}", "admittedAt", "YYYY-MM-DD");
        // found by an independent tester: year 0000 was stored, then could not be read back (500)
        for (String year : List.of("0000-01-01", "0001-01-01", "1899-12-31", "2800-01-01", "9999-12-31")) {
            refused("PATCH", "/api/v1/students/1", "{\"admittedAt\":\"" + year + "\"}", "admittedAt",
                    "from 1900-01-01 to 2799-12-31");
            refused("POST", "/api/v1/invoices", "{\"studentId\":1,\"termId\":1,\"dueDate\":\"" + year + "\",\"lines\":"
                    + "[{\"description\":\"Tuition\",\"amount\":\"100.00\"}]}", "dueDate", "from 1900-01-01");
        }
    }

    /** Thai staff write years in the Buddhist Era: every date field says which year to write instead. */
    @Test
    void aBuddhistEraYearIsRefusedWithTheYearToWrite() {
        refused("PATCH", "/api/v1/students/1", "{\"admittedAt\":\"2569-06-01\"}", "admittedAt",
                "looks like a Buddhist Era year: write 2026 for 2569");
        refused("POST", "/api/v1/invoices", "{\"studentId\":1,\"termId\":1,\"dueDate\":\"2570-02-09\",\"lines\":"
                + "[{\"description\":\"Tuition\",\"amount\":\"100.00\"}]}", "dueDate", "write 2027 for 2570");
        refused("POST", "/api/v1/payments", "{\"invoiceId\":" + invoiceId + ",\"amount\":\"1.00\","
                + "\"method\":\"CASH\",\"receivedAt\":\"2569-06-01T03:00:00Z\"}", "receivedAt", "Buddhist Era");
        refused("PATCH", "/api/v1/terms/1", "{\"startsOn\":\"2569-06-01\"}", "startsOn", "write 2026 for 2569");
        refused("PATCH", "/api/v1/students/1", "{\"admittedAt\":\"2200-01-01\"}", "admittedAt", "must be between");
        Api.Response filter = api.get("/api/v1/invoices?dueFrom=2569-01-01");
        assertEquals(400, filter.status());
        assertTrue(filter.text().contains("Buddhist Era"), filter::text);
    }

    @Test
    void aTimestampMustBeAnIsoString() {
        for (String at : List.of("1700000000", "\"yesterday\"", "\"2026-08-03\"", "\"2026-08-03T25:00:00Z\"",
                "\"0000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"")) {
            refused("POST", "/api/v1/payments", "{\"invoiceId\":" + invoiceId + ",\"amount\":\"1.00\","
                    + "\"method\":\"CASH\",\"receivedAt\":" + at + "}", "receivedAt", "a timestamp");
        }
    }

    @Test
    void numbersOutsideTheirTypeOrSentInAnotherShapeAreFieldErrors() {
        String hold = "{\"studentId\":%s,\"type\":\"ADMINISTRATIVE\",\"blocks\":[\"TRANSCRIPT\"],\"reason\":\"Fine\"}";
        refused("POST", "/api/v1/holds", hold.formatted("99999999999999999999"), "studentId",
                "must be a positive whole number");
        for (String id : List.of("\"1\"", "1.5", "1.0", "true", "\"\"")) {
            refused("POST", "/api/v1/holds", hold.formatted(id), "studentId", "must be a positive whole number");
        }
        String section = "{\"courseId\":1,\"termId\":1,\"sectionNo\":\"9Z\",\"capacity\":%s}";
        for (String capacity : List.of("\"30\"", "30.5", "3000000000")) {
            refused("POST", "/api/v1/sections", section.formatted(capacity), "capacity", "must be a whole number");
        }
        for (String flag : List.of("1", "\"true\"", "\"yes\"")) {
            refused("PATCH", "/api/v1/users/" + userId, "{\"disabled\":" + flag + "}", "disabled", "true or false");
        }
        refused("POST", "/api/v1/payments", "{\"invoiceId\":" + invoiceId + ",\"amount\":1.00,\"method\":\"CASH\"}",
                "amount", "a string");
    }

    /** The operator's curl inputs: each message names the type the field expects, in words. */
    @Test
    void aWrongTypeIsNamedPlainly() {
        refused("POST", "/api/v1/payments", "{\"invoiceId\":" + invoiceId + ",\"amount\":100,\"method\":\"CASH\"}",
                "amount", "must be a string of money like \"1500.00\"");
        refused("POST", "/api/v1/receipts/1/cancel", "{\"reason\":123}", "reason", "must be text");
        refused("POST", "/api/v1/payments/bank-lines/1/assign", "{\"invoiceId\":99999999999999999999}", "invoiceId",
                "must be a positive whole number");
        refused("POST", "/api/v1/payments", "{\"invoiceId\":\"7\",\"amount\":\"1.00\",\"method\":\"CASH\"}",
                "invoiceId", "must be a positive whole number");
    }

    /** An id sent as 0 or below is named as such on every body, never "is required" or "is not a …". */
    @Test
    void anIdOfZeroOrBelowIsNotAPositiveWholeNumber() {
        for (String id : List.of("0", "-5")) {
            refused("POST", "/api/v1/payments/bank-lines/1/assign", "{\"invoiceId\":" + id + "}", "invoiceId",
                    "must be a positive whole number");
            refused("POST", "/api/v1/payments", "{\"invoiceId\":" + id + ",\"amount\":\"1.00\",\"method\":\"CASH\"}",
                    "invoiceId", "must be a positive whole number");
            refused("POST", "/api/v1/holds", "{\"studentId\":" + id + ",\"type\":\"ADMINISTRATIVE\",\"blocks\":"
                    + "[\"TRANSCRIPT\"],\"reason\":\"Fine\"}", "studentId", "must be a positive whole number");
            refused("POST", "/api/v1/invoices/generate", "{\"termId\":" + id + "}", "termId",
                    "must be a positive whole number");
        }
    }

    /** Every 400 carries its errors: a body that is not one JSON object is a body-level error on "". */
    @Test
    void aBodyThatIsNotOneObjectIsABodyLevelFieldError() {
        for (String body : List.of("", "[]", "{\"reason\":\"Wrong\"} trailing", "{\"reason\":", "null")) {
            refused("POST", "/api/v1/receipts/1/cancel", body, "", "");
        }
    }

    /** A stray {@code &} leaves an empty parameter name: ignored, as browsers do, on every route. */
    @Test
    void anEmptyParameterNameIsIgnored() {
        for (String path : List.of("/api/v1/payments/bank-lines?&limit=1", "/api/v1/invoices?&&limit=1",
                "/api/v1/students?&", "/api/v1/receipts?limit=1&")) {
            Api.Response r = api.get(path);
            assertEquals(200, r.status(), () -> path + " -> " + r.text());
        }
        assertEquals(400, api.get("/api/v1/invoices?&limt=1").status());
    }

    @Test
    void aFieldGivenTwiceIsNamed() {
        refused("POST", "/api/v1/holds", "{\"studentId\":1,\"type\":\"ADMINISTRATIVE\",\"blocks\":[\"TRANSCRIPT\"],"
                + "\"reason\":\"a\",\"reason\":\"b\"}", "reason", "more than once");
    }
}
