package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Exact totals right after a write (issue 16, as an operator met it with curl): each list is read
 * (so its total is cached), written through the API, and read again at once; the total is the
 * new one and matches the rows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListTotalsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api finance;
    static Api admin;
    static String studentCode;
    static long studentId;
    static long termId;

    @BeforeAll
    static void data() {
        env.seed(20);
        Staff staff = new Staff(env);
        finance = staff.signedIn(Role.FINANCE).api(env);
        admin = staff.signedIn(Role.ADMIN).api(env);
        var row = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT id, student_code FROM students "
                + "ORDER BY id LIMIT 1")).orElseThrow();
        studentId = Rows.lng(row, "id");
        studentCode = Rows.str(row, "student_code");
        termId = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT MIN(id) AS t FROM academic_terms"))
                .map(r -> Rows.lng(r, "t")).orElseThrow();
        invoice("INV-27001-0000001", "5000.00", "0.00", "OPEN");
        invoice("INV-27001-0000002", "5000.00", "0.00", "OPEN");
        invoice("INV-27001-0000003", "1500.00", "1500.00", "PAID");
        invoice("INV-27001-0000004", "1500.00", "0.00", "VOID");
    }

    static void invoice(String number, String total, String paid, String status) {
        env.infrastructure().db().write(tx -> tx.dml("INSERT INTO invoices (number, student_id, academic_term_id, "
                + "issued_at, due_date, total, paid, status) VALUES (?, ?, ?, NOW(3), ?, ?, ?, ?)", number, studentId,
                termId, LocalDate.now().plusMonths(2), new java.math.BigDecimal(total),
                new java.math.BigDecimal(paid), status));
    }

    static long invoiceId(String number) {
        return env.infrastructure().db().readPrimary(exec -> exec.get("SELECT id FROM invoices WHERE number = ?",
                number)).map(r -> Rows.lng(r, "id")).orElseThrow();
    }

    /** The list's total, checked against its rows (every list here fits on one page). */
    static long total(Api api, String path) {
        Api.Response r = api.get(path);
        assertEquals(200, r.status(), r::text);
        JsonNode page = r.json();
        assertEquals(page.get("data").size(), page.get("total").asLong(), () -> path + " -> " + r.text());
        assertEquals(page.get("total").asLong() == 0 ? 0 : 1, page.get("totalPages").asLong(), () -> path + " " + r.text());
        return page.get("total").asLong();
    }

    static JsonNode unmatched() {
        return finance.get("/api/v1/payments/bank-lines?outcome=UNMATCHED&limit=100").json().get("data").get(0);
    }

    @Test
    @Order(1)
    void theFirstUploadCountsAtOnceOnTheListsItChanged() {
        assertEquals(0, total(finance, "/api/v1/payments/bank-lines"));
        assertEquals(0, total(finance, "/api/v1/payments/bank-lines?outcome=UNMATCHED"));
        long payments = total(finance, "/api/v1/payments?limit=100");
        long receipts = total(finance, "/api/v1/receipts?limit=100");
        String file = "Transaction No,Payment Date,Amount,Reference 1,Reference 2,Channel\r\n"
                + "TOT1,03/08/2026 14:30:00,1000.00," + studentCode + ",INV270010000001,MOBILE\r\n"
                + "TOT2,03/08/2026 14:31:00,700.00,,NOSUCH0001,MOBILE\r\n"
                + "TOT3,03/08/2026 14:32:00,800.00,,NOSUCH0002,MOBILE\r\n"
                + "TOT4,03/08/2026 14:33:00,900.00,,NOSUCH0003,MOBILE\r\n";
        Api.Response up = finance.rawBytes("POST", "/api/v1/payments/bank-files?bank=ktb&dryRun=false",
                file.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, up.status(), up::text);
        assertEquals(4, total(finance, "/api/v1/payments/bank-lines"));
        assertEquals(3, total(finance, "/api/v1/payments/bank-lines?outcome=UNMATCHED"));
        assertEquals(payments + 1, total(finance, "/api/v1/payments?limit=100"));
        assertEquals(receipts + 1, total(finance, "/api/v1/receipts?limit=100"));
    }

    @Test
    @Order(2)
    void returningALineMovesItBetweenTheOutcomeTotalsAtOnce() {
        assertEquals(0, total(finance, "/api/v1/payments/bank-lines?outcome=RETURNED"));
        long audit = total(admin, "/api/v1/audit?entity=bank-line&limit=100");
        JsonNode line = unmatched();
        Api.Response ok = finance.header("If-Match", line.get("version").asText()).post("/api/v1/payments/bank-lines/"
                + line.get("id").asLong() + "/return", Map.of("reason", "sent back to the payer"));
        assertEquals(200, ok.status(), ok::text);
        assertEquals(2, total(finance, "/api/v1/payments/bank-lines?outcome=UNMATCHED"));
        assertEquals(1, total(finance, "/api/v1/payments/bank-lines?outcome=RETURNED"));
        assertEquals(audit + 1, total(admin, "/api/v1/audit?entity=bank-line&limit=100"));
    }

    @Test
    @Order(3)
    void assigningALineSaysWhyAnInvoiceCannotTakeIt() {
        JsonNode line = unmatched();
        String path = "/api/v1/payments/bank-lines/" + line.get("id").asLong() + "/assign";
        String version = line.get("version").asText();
        for (long id : List.of(-5L, 0L)) {
            Api.Response r = finance.header("If-Match", version).post(path, Map.of("invoiceId", id));
            assertEquals(400, r.status(), r::text);
            assertEquals("invoiceId", r.json().get("errors").get(0).get("field").asText());
            assertEquals("must be a positive whole number", r.json().get("errors").get(0).get("message").asText());
        }
        Api.Response paid = finance.header("If-Match", version).post(path,
                Map.of("invoiceId", invoiceId("INV-27001-0000003")));
        assertEquals(409, paid.status(), paid::text);
        assertTrue(paid.json().get("detail").asText().contains("already paid"), paid::text);
        Api.Response isVoid = finance.header("If-Match", version).post(path,
                Map.of("invoiceId", invoiceId("INV-27001-0000004")));
        assertEquals(409, isVoid.status(), isVoid::text);
        assertTrue(isVoid.json().get("detail").asText().contains("is void"), isVoid::text);
    }

    @Test
    @Order(4)
    void assigningALineCountsOnLinesPaymentsAndReceiptsAtOnce() {
        long payments = total(finance, "/api/v1/payments?limit=100");
        long receipts = total(finance, "/api/v1/receipts?limit=100");
        assertEquals(0, total(finance, "/api/v1/payments/bank-lines?outcome=ASSIGNED"));
        JsonNode line = unmatched();
        Api.Response ok = finance.header("If-Match", line.get("version").asText()).post("/api/v1/payments/bank-lines/"
                + line.get("id").asLong() + "/assign", Map.of("invoiceId", invoiceId("INV-27001-0000002")));
        assertEquals(200, ok.status(), ok::text);
        assertEquals(1, total(finance, "/api/v1/payments/bank-lines?outcome=UNMATCHED"));
        assertEquals(1, total(finance, "/api/v1/payments/bank-lines?outcome=ASSIGNED"));
        assertEquals(payments + 1, total(finance, "/api/v1/payments?limit=100"));
        assertEquals(receipts + 1, total(finance, "/api/v1/receipts?limit=100"));
    }

    @Test
    @Order(5)
    void cancellingAReceiptAndRefundingCountAtOnce() {
        assertEquals(0, total(finance, "/api/v1/receipts?status=CANCELLED"));
        JsonNode receipt = finance.get("/api/v1/receipts?limit=1").json().get("data").get(0);
        Api.Response cancel = finance.header("If-Match", receipt.get("version").asText()).post("/api/v1/receipts/"
                + receipt.get("id").asLong() + "/cancel", Map.of("reason", "printed on the wrong paper"));
        assertEquals(200, cancel.status(), cancel::text);
        assertEquals(1, total(finance, "/api/v1/receipts?status=CANCELLED"));

        long payments = total(finance, "/api/v1/payments?limit=100");
        assertEquals(0, total(finance, "/api/v1/receipts?kind=CREDIT_NOTE"));
        Api.Response refund = finance.header("Idempotency-Key", "totals-refund-1").post("/api/v1/payments/"
                + receipt.get("paymentId").asLong() + "/refund", Map.of("amount", "100.00", "reason", "overpaid"));
        assertEquals(201, refund.status() == 200 ? 201 : refund.status(), refund::text);
        assertEquals(payments + 1, total(finance, "/api/v1/payments?limit=100"));
        assertEquals(1, total(finance, "/api/v1/receipts?kind=CREDIT_NOTE"));
    }

    /** A sign-in adds an audit entry without a change event: the audit list counts it at once too. */
    @Test
    @Order(7)
    void aSignInCountsOnTheAuditTrailAtOnce() {
        long signIns = total(admin, "/api/v1/audit?action=login.success&limit=100");
        new Staff(env).signedIn(Role.HELPDESK);
        assertEquals(signIns + 1, total(admin, "/api/v1/audit?action=login.success&limit=100"));
    }

    @Test
    @Order(6)
    void creatingAUserCountsAtOnce() {
        long users = total(admin, "/api/v1/users?limit=100");
        Api.Response created = admin.post("/api/v1/users", Map.of("email", "totals.new@ums.ac.th", "displayName",
                "Totals New", "roles", List.of("HELPDESK"), "password", "Correct-Horse-Battery-Staple-9"));
        assertEquals(201, created.status(), created::text);
        assertEquals(users + 1, total(admin, "/api/v1/users?limit=100"));
    }
}
