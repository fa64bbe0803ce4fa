package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Every text field's length limit, on every route that takes it, at N-1, N and N+1 against the
 * column it is stored in: N-1 and N are accepted and stored whole, N+1 is a 400 naming the field,
 * and the limit is never above the column (a value the validation lets through must fit: the
 * login e-mail of 255-320 characters used to pass validation and fail in the database with a 500).
 */
class FieldLimitsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final AtomicInteger SEQ = new AtomicInteger(100);
    static Api api;
    static long programId;
    static long termId;
    static long userId;

    @BeforeAll
    static void data() {
        env.seed(60);
        Staff staff = new Staff(env);
        api = staff.signedIn(Role.ADMIN, Role.REGISTRAR, Role.FINANCE).api(env);
        userId = staff.create(staff.uniqueEmail("limits"), Role.HELPDESK);
        programId = api.get("/api/v1/programs?limit=1").json().get("data").get(0).get("id").asLong();
        termId = api.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
    }

    /** One text field of one route: how to send a value, where it is stored, its limit and a valid text. */
    record Field(String route, String field, String column, int limit, IntFunction<String> text,
                 Function<String, Api.Response> send) {
    }

    static String thai(int n) {
        return "ก".repeat(n);
    }

    static String latin(int n) {
        return "a".repeat(n);
    }

    /** How the KTB layout writes a payment time; a bank line is paid now, as POST /payments allows. */
    static final java.time.format.DateTimeFormatter BANK_NOW = java.time.format.DateTimeFormatter.ofPattern(
            "dd/MM/uuuu HH:mm:ss");

    /** A valid address of exactly n characters (local part at most 64, labels at most 63). */
    static String email(int n) {
        String local = "u" + SEQ.incrementAndGet();
        int rem = n - local.length() - 1 - ".th".length();
        StringBuilder domain = new StringBuilder();
        while (rem > 62) {
            domain.append("d".repeat(61)).append('.');
            rem -= 62;
        }
        domain.append("d".repeat(rem));
        return local + "@" + domain + ".th";
    }

    static Api.Response patch(String path, Map<String, Object> body) {
        long version = api.get(path).json().get("version").asLong();
        return api.header("If-Match", String.valueOf(version)).patch(path, body);
    }

    static Map<String, Object> student(String field, String value) {
        Map<String, Object> body = new HashMap<>(Map.of("firstNameTh", "สมชาย", "lastNameTh", "ใจดี",
                "firstNameEn", "Somchai", "lastNameEn", "Jaidee", "email", "s" + SEQ.incrementAndGet() + "@example.com",
                "programId", programId, "status", "ACTIVE", "admittedAt", "2026-08-03"));
        body.put(field, value);
        return body;
    }

    static Map<String, Object> application(String field, String value) {
        Map<String, Object> body = new HashMap<>(Map.of("firstNameTh", "ปวีณา", "lastNameTh", "ใจดี",
                "firstNameEn", "Pawina", "lastNameEn", "Jaidee", "email", "p" + SEQ.incrementAndGet() + "@example.com",
                "programId", programId, "termId", termId));
        body.put(field, value);
        return body;
    }

    static long newHold() {
        return api.post("/api/v1/holds", hold("Fine")).json().get("id").asLong();
    }

    static Map<String, Object> hold(String reason) {
        return Map.of("studentId", 1, "type", "FINANCIAL", "blocks", List.of("TRANSCRIPT"), "reason", reason);
    }

    static Map<String, Object> invoice(String description) {
        return Map.of("studentId", 2, "termId", termId, "dueDate", "2027-01-31",
                "lines", List.of(Map.of("description", description, "amount", "100.00")));
    }

    /** A new unmatched bank line: a one-line KTB file whose line matches nothing. */
    static JsonNode newBankLine() {
        String file = "Transaction No,Payment Date,Amount,Reference 1,Reference 2,Channel\r\nFL" + SEQ.incrementAndGet()
                + "-" + System.nanoTime() + ","
                + BANK_NOW.format(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Bangkok")))
                + ",100.00,,NO-SUCH-INVOICE,ATM\r\n";
        Api.Response r = api.raw("POST", "/api/v1/payments/bank-files?bank=ktb&dryRun=false", file, "text/csv");
        assertEquals(200, r.status(), r::text);
        return api.get("/api/v1/payments/bank-lines?outcome=UNMATCHED&limit=1").json().get("data").get(0);
    }

    static long newInvoice() {
        return api.post("/api/v1/invoices", invoice("Tuition")).json().get("id").asLong();
    }

    static Api.Response pay(long invoice, String reference) {
        return api.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments",
                Map.of("invoiceId", invoice, "amount", "1.00", "method", "TRANSFER", "reference", reference));
    }

    static long newApplication() {
        return api.post("/api/v1/applications", application("email", "a" + SEQ.incrementAndGet() + "@example.com"))
                .json().get("id").asLong();
    }

    static List<Field> fields() {
        List<Field> f = new ArrayList<>();
        for (String[] ref : new String[][] {{"faculties", "faculties", "nameTh", "name_th", "nameEn", "name_en"},
            {"programs", "programs", "nameTh", "name_th", "nameEn", "name_en"},
            {"courses", "courses", "titleTh", "title_th", "titleEn", "title_en"},
            {"terms", "academic_terms", "nameTh", "name_th", "nameEn", "name_en"}}) {
            String path = "/api/v1/" + ref[0] + "/1";
            f.add(new Field("PATCH " + path, ref[2], ref[1] + "." + ref[3], ref[0].equals("terms") ? 100 : 200,
                    FieldLimitsIT::thai, v -> patch(path, Map.of(ref[2], v))));
            f.add(new Field("PATCH " + path, ref[4], ref[1] + "." + ref[5], ref[0].equals("terms") ? 100 : 200,
                    FieldLimitsIT::latin, v -> patch(path, Map.of(ref[4], v))));
        }
        f.add(new Field("PATCH /sections/1", "room", "class_sections.room", 50, FieldLimitsIT::latin,
                v -> patch("/api/v1/sections/1", Map.of("room", v))));
        f.add(new Field("PATCH /sections/1", "schedule", "class_sections.schedule", 100, FieldLimitsIT::latin,
                v -> patch("/api/v1/sections/1", Map.of("schedule", v))));
        for (String[] name : new String[][] {{"firstNameTh", "first_name_th"}, {"lastNameTh", "last_name_th"},
            {"firstNameEn", "first_name_en"}, {"lastNameEn", "last_name_en"}}) {
            IntFunction<String> text = name[0].endsWith("Th") ? FieldLimitsIT::thai : FieldLimitsIT::latin;
            f.add(new Field("POST /students", name[0], "students." + name[1], 100, text,
                    v -> api.post("/api/v1/students", student(name[0], v))));
            f.add(new Field("PATCH /students/1", name[0], "students." + name[1], 100, text,
                    v -> patch("/api/v1/students/1", Map.of(name[0], v))));
            f.add(new Field("POST /applications", name[0], "applicants." + name[1], 100, text,
                    v -> api.post("/api/v1/applications", application(name[0], v))));
        }
        f.add(new Field("POST /students", "email", "students.email", 254, FieldLimitsIT::email,
                v -> api.post("/api/v1/students", student("email", v))));
        f.add(new Field("PATCH /students/1", "email", "students.email", 254, FieldLimitsIT::email,
                v -> patch("/api/v1/students/1", Map.of("email", v))));
        f.add(new Field("POST /applications", "email", "applicants.email", 254, FieldLimitsIT::email,
                v -> api.post("/api/v1/applications", application("email", v))));
        f.add(new Field("POST /applications/{id}/decision", "note", "applications.decision_note", 1000,
                FieldLimitsIT::latin, v -> api.post("/api/v1/applications/" + newApplication() + "/decision",
                        Map.of("decision", "WAITLISTED", "note", v))));
        f.add(new Field("POST /holds", "reason", "holds.reason", 500, FieldLimitsIT::thai,
                v -> api.post("/api/v1/holds", hold(v))));
        f.add(new Field("POST /holds/{id}/lift", "reason", "holds.lift_reason", 500, FieldLimitsIT::latin,
                v -> api.post("/api/v1/holds/" + newHold() + "/lift", Map.of("reason", v))));
        f.add(new Field("POST /invoices", "lines[0].description", "invoice_lines.description", 200,
                FieldLimitsIT::thai, v -> api.post("/api/v1/invoices", invoice(v))));
        f.add(new Field("POST /invoices/{id}/void", "reason", "invoices.void_reason", 500, FieldLimitsIT::latin,
                v -> api.header("If-Match", "1").post("/api/v1/invoices/" + newInvoice() + "/void", Map.of("reason", v))));
        f.add(new Field("POST /payments", "reference", "payments.reference", 100, FieldLimitsIT::latin,
                v -> pay(newInvoice(), v)));
        f.add(new Field("POST /payments/{id}/refund", "reason", "payments.reference", 100, FieldLimitsIT::latin,
                v -> api.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments/"
                        + pay(newInvoice(), "x").json().get("id").asLong() + "/refund",
                        Map.of("amount", "0.50", "reason", v))));
        f.add(new Field("POST /receipts/{id}/cancel", "reason", "receipts.cancel_reason", 500, FieldLimitsIT::thai,
                v -> api.header("If-Match", "1").post("/api/v1/receipts/" + pay(newInvoice(), "x").json()
                        .get("receiptId").asLong() + "/cancel", Map.of("reason", v))));
        f.add(new Field("POST /payments/bank-lines/{id}/return", "reason", "bank_transactions.note", 200,
                FieldLimitsIT::thai, v -> {
                    JsonNode line = newBankLine();
                    return api.header("If-Match", line.get("version").asText()).post("/api/v1/payments/bank-lines/"
                            + line.get("id").asLong() + "/return", Map.of("reason", v));
                }));
        f.add(new Field("POST /users", "email", "users.email", 254, FieldLimitsIT::email,
                v -> api.post("/api/v1/users", Map.of("email", v, "displayName", "Somchai", "roles", List.of("HELPDESK"),
                        "password", Staff.PASSWORD))));
        f.add(new Field("POST /users", "displayName", "users.display_name", 200, FieldLimitsIT::thai,
                v -> api.post("/api/v1/users", Map.of("email", email(40), "displayName", v, "roles",
                        List.of("HELPDESK"), "password", Staff.PASSWORD))));
        f.add(new Field("PATCH /users/{id}", "displayName", "users.display_name", 200, FieldLimitsIT::latin,
                v -> patch("/api/v1/users/" + userId, Map.of("displayName", v))));
        return f;
    }

    static int columnLength(String tableColumn) {
        String[] tc = tableColumn.split("\\.");
        return env.infrastructure().db().read(exec -> exec.get("SELECT CHARACTER_MAXIMUM_LENGTH AS n FROM "
                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?",
                tc[0], tc[1]).map(r -> (int) Rows.lng(r, "n")).orElseThrow(() -> new AssertionError(tableColumn)));
    }

    @TestFactory
    Stream<DynamicTest> everyTextFieldAtItsLimitAndOneEitherSide() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Field field : fields()) {
            tests.add(DynamicTest.dynamicTest(field.route() + " " + field.field(), () -> {
                int column = columnLength(field.column());
                assertTrue(field.limit() <= column, field.field() + " allows " + field.limit() + " but "
                        + field.column() + " holds " + column);
                for (int n : new int[] {field.limit() - 1, field.limit()}) {
                    String value = field.text().apply(n);
                    assertEquals(n, value.codePointCount(0, value.length()));
                    Api.Response ok = field.send().apply(value);
                    assertTrue(ok.status() < 300, () -> n + " characters: " + ok.text());
                    assertTrue(ok.text().contains(value.substring(0, Math.min(40, value.length())))
                            || field.field().equals("reason") || field.field().equals("note"),
                            () -> "stored whole: " + ok.text());
                }
                Api.Response over = field.send().apply(field.text().apply(field.limit() + 1));
                assertEquals(400, over.status(), over::text);
                JsonNode error = over.json().get("errors").get(0);
                assertEquals(field.field(), error.get("field").asText(), over::text);
                assertEquals("must be at most " + field.limit() + " characters", error.get("message").asText());
            }));
        }
        return tests.stream();
    }
}
