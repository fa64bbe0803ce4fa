package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/** Invoices, payments exactly once, refunds as counter-entries, balances, bulk invoicing, aging. */
class FinanceIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api finance;

    @BeforeAll
    static void seed() {
        env.seed(1500);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
    }

    private JsonNode issue(long studentId, String... amounts) {
        JsonNode term = finance.get("/api/v1/terms?limit=1").json().get("data").get(0);
        List<Map<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(Map.of("description", "ค่าบริการ " + i + " / Service " + i, "amount", amounts[i]));
        }
        Api.Response r = finance.post("/api/v1/invoices", Map.of("studentId", studentId, "termId",
                term.get("id").asLong(), "dueDate", "2027-01-31", "lines", lines));
        assertEquals(201, r.status(), r::text);
        return r.json();
    }

    private long anyStudent() {
        return finance.get("/api/v1/students?status=ACTIVE&limit=1&sort=-createdAt").json().get("data").get(0)
                .get("id").asLong();
    }

    private static Api.Response pay(String key, long invoiceId, String amount) {
        Api api = key == null ? finance : finance.header("Idempotency-Key", key);
        return api.post("/api/v1/payments", Map.of("invoiceId", invoiceId, "amount", amount, "method", "TRANSFER",
                "reference", "TRF-" + amount));
    }

    @Test
    void anInvoiceAddsUpItsLinesAndMoneyIsATwoDecimalString() {
        JsonNode inv = issue(anyStudent(), "1500.50", "250.25");
        assertEquals("1750.75", inv.get("total").asText());
        assertEquals("0.00", inv.get("paid").asText());
        assertEquals("OPEN", inv.get("status").asText());
        assertEquals(2, inv.get("lines").size());
        assertTrue(inv.get("number").asText().matches("^INV-[0-9]{5}-[0-9]{7}$"), inv.get("number").asText());
        Api.Response bad = finance.post("/api/v1/invoices", Map.of("studentId", anyStudent(), "termId", 1,
                "dueDate", "2027-01-31", "lines", List.of(Map.of("description", "x", "amount", 100.5))));
        assertEquals(400, bad.status(), "money must be a string, not a JSON number");
        Api.Response negative = finance.post("/api/v1/invoices", Map.of("studentId", anyStudent(), "termId", 1,
                "dueDate", "2027-01-31", "lines", List.of(Map.of("description", "x", "amount", "-5.00"))));
        assertEquals(400, negative.status());
    }

    @Test
    void twentyParallelRetriesOfOnePaymentRecordItOnce() throws Exception {
        long student = anyStudent();
        JsonNode inv = issue(student, "9000.00");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> pay(key, inv.get("id").asLong(), "4000.00"));
        }
        Set<String> bodies = new HashSet<>();
        for (Future<Api.Response> f : pool.invokeAll(calls)) {
            Api.Response r = f.get();
            assertEquals(201, r.status(), r::text);
            bodies.add(r.json().get("id").asText());
        }
        pool.shutdown();
        assertEquals(1, bodies.size(), "every retry answered the same payment");
        JsonNode payments = finance.get("/api/v1/payments?invoiceId=" + inv.get("id").asLong()).json();
        assertEquals(1, payments.get("total").asLong());
        JsonNode after = finance.get("/api/v1/invoices/" + inv.get("id").asLong()).json();
        assertEquals("4000.00", after.get("paid").asText());
        assertEquals("PARTIALLY_PAID", after.get("status").asText());
    }

    @Test
    void theKeyIsRequiredAndCannotBeReusedForAnotherPayment() {
        JsonNode inv = issue(anyStudent(), "500.00");
        Api.Response none = pay(null, inv.get("id").asLong(), "100.00");
        assertEquals(400, none.status());
        assertEquals("Idempotency-Key", none.json().get("errors").get(0).get("field").asText());
        String key = UUID.randomUUID().toString();
        assertEquals(201, pay(key, inv.get("id").asLong(), "100.00").status());
        assertEquals(409, pay(key, inv.get("id").asLong(), "200.00").status());
        assertEquals(409, pay(UUID.randomUUID().toString(), inv.get("id").asLong(), "400.01").status(),
                "more than is outstanding");
    }

    /**
     * Keys belong to the user who sends them: another FINANCE user's identical key and body is their
     * own payment (never the first user's answer); a payment's key reused on a refund, or on the
     * refund of another payment, is 409 and records nothing; concurrent first use by two users
     * records exactly one payment each.
     */
    @Test
    void idempotencyKeysAreScopedToTheUserAndTheOperation() throws Exception {
        Api other = new Staff(env).signedIn(Role.FINANCE).api(env);
        JsonNode inv = issue(anyStudent(), "5000.00");
        long invoiceId = inv.get("id").asLong();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("invoiceId", invoiceId, "amount", "100.00", "method", "TRANSFER",
                "reference", "TRF-100.00");
        Api.Response mine = pay(key, invoiceId, "100.00");
        Api.Response theirs = other.header("Idempotency-Key", key).post("/api/v1/payments", body);
        assertEquals(201, mine.status(), mine::text);
        assertEquals(201, theirs.status(), theirs::text);
        assertNotEquals(mine.json().get("id").asLong(), theirs.json().get("id").asLong(),
                "another user's key is another key: never the first user's payment");
        assertNotEquals(mine.json().get("recordedBy").asLong(), theirs.json().get("recordedBy").asLong());
        assertEquals(mine.json().get("id").asLong(), pay(key, invoiceId, "100.00").json().get("id").asLong(),
                "the same user's retry still answers the first payment");

        long paymentId = mine.json().get("id").asLong();
        Api.Response refundWithPaymentKey = finance.header("Idempotency-Key", key).post("/api/v1/payments/"
                + paymentId + "/refund", Map.of("amount", "10.00", "reason", "same key, other operation"));
        assertEquals(409, refundWithPaymentKey.status(), refundWithPaymentKey::text);
        assertTrue(refundWithPaymentKey.json().get("detail").asText().contains("POST /payments"),
                refundWithPaymentKey::text);
        String refundKey = UUID.randomUUID().toString();
        Map<String, Object> refund = Map.of("amount", "10.00", "reason", "Overpaid");
        assertEquals(201, finance.header("Idempotency-Key", refundKey).post("/api/v1/payments/" + paymentId
                + "/refund", refund).status());
        long theirPayment = theirs.json().get("id").asLong();
        Api.Response otherPayment = finance.header("Idempotency-Key", refundKey).post("/api/v1/payments/"
                + theirPayment + "/refund", refund);
        assertEquals(409, otherPayment.status(), "the same refund key for another payment: " + otherPayment.text());
        assertEquals(3, finance.get("/api/v1/payments?invoiceId=" + invoiceId).json().get("total").asLong(),
                "two payments and one refund; nothing from the refused calls");

        String shared = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Api who = (i % 2 == 0 ? finance : other).header("Idempotency-Key", shared);
            calls.add(() -> who.post("/api/v1/payments", body));
        }
        Set<Long> recorded = new HashSet<>();
        for (Future<Api.Response> f : pool.invokeAll(calls)) {
            Api.Response r = f.get();
            assertTrue(r.status() == 201 || r.status() == 409, r::text);
            if (r.status() == 201) {
                recorded.add(r.json().get("id").asLong());
            }
        }
        pool.shutdown();
        assertEquals(2, recorded.size(), "exactly one payment per user for one shared key");
        assertEquals(5, finance.get("/api/v1/payments?invoiceId=" + invoiceId).json().get("total").asLong());
    }

    @Test
    void aRefundIsACounterEntryAndBalancesFollow() {
        long student = anyStudent();
        JsonNode before = finance.get("/api/v1/students/" + student + "/balance").json();
        JsonNode inv = issue(student, "3000.00");
        JsonNode payment = pay(UUID.randomUUID().toString(), inv.get("id").asLong(), "3000.00").json();
        assertEquals("PAID", finance.get("/api/v1/invoices/" + inv.get("id").asLong()).json().get("status").asText());
        Api.Response refund = finance.header("Idempotency-Key", UUID.randomUUID().toString()).post(
                "/api/v1/payments/" + payment.get("id").asLong() + "/refund", Map.of("amount", "1000.00",
                        "reason", "ทุนการศึกษาบางส่วน / Partial scholarship"));
        assertEquals(201, refund.status(), refund::text);
        assertEquals("REFUND", refund.json().get("kind").asText());
        assertEquals(payment.get("id").asLong(), refund.json().get("reversesPaymentId").asLong());
        JsonNode invoice = finance.get("/api/v1/invoices/" + inv.get("id").asLong()).json();
        assertEquals("2000.00", invoice.get("paid").asText());
        assertEquals("1000.00", invoice.get("outstanding").asText());
        assertEquals(409, finance.header("Idempotency-Key", UUID.randomUUID().toString()).post(
                "/api/v1/payments/" + payment.get("id").asLong() + "/refund", Map.of("amount", "2000.01",
                        "reason", "too much")).status());
        JsonNode balance = finance.get("/api/v1/students/" + student + "/balance").json();
        assertEquals(new BigDecimal(before.get("invoiced").asText()).add(new BigDecimal("3000.00")),
                new BigDecimal(balance.get("invoiced").asText()));
        assertEquals(new BigDecimal(before.get("outstanding").asText()).add(new BigDecimal("1000.00")),
                new BigDecimal(balance.get("outstanding").asText()));
        JsonNode s360 = finance.get("/api/v1/students/" + student).json();
        assertEquals(balance.get("outstanding").asText(), s360.get("balance").get("outstanding").asText(),
                "the 360 shows the new balance at once");
    }

    @Test
    void onlyUnpaidInvoicesCanBeVoided() {
        JsonNode unpaid = issue(anyStudent(), "100.00");
        String path = "/api/v1/invoices/" + unpaid.get("id").asLong() + "/void";
        assertEquals(428, finance.post(path, Map.of("reason", "ผิดพลาด")).status());
        assertEquals(200, finance.header("If-Match", "1").post(path, Map.of("reason", "ออกซ้ำ / Duplicate")).status());
        JsonNode paid = issue(anyStudent(), "100.00");
        pay(UUID.randomUUID().toString(), paid.get("id").asLong(), "50.00");
        JsonNode now = finance.get("/api/v1/invoices/" + paid.get("id").asLong()).json();
        assertEquals(409, finance.header("If-Match", now.get("version").asText()).post("/api/v1/invoices/"
                + paid.get("id").asLong() + "/void", Map.of("reason", "x")).status());
    }

    @Test
    void bulkInvoicingReportsProgressAndSkipsWhoIsAlreadyInvoiced() throws Exception {
        Api registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        Api.Response term = registrar.post("/api/v1/terms", Map.of("code", "2570/2", "academicYear", 2570,
                "semester", 2, "nameTh", "ภาคการศึกษาที่ 2 ปีการศึกษา 2570", "nameEn", "Semester 2, 2570",
                "startsOn", "2028-01-10", "endsOn", "2028-05-12", "registrationOpens", "2027-12-20",
                "registrationCloses", "2028-01-20", "paymentDue", "2028-02-05"));
        long termId = term.json().get("id").asLong();
        long active = finance.get("/api/v1/students?status=ACTIVE&limit=1").json().get("total").asLong();
        JsonNode job = await(finance.post("/api/v1/invoices/generate", Map.of("termId", termId)).json()
                .get("jobId").asText());
        assertEquals(active, job.get("created").asLong());
        JsonNode again = await(finance.post("/api/v1/invoices/generate", Map.of("termId", termId)).json()
                .get("jobId").asText());
        assertEquals(0, again.get("created").asLong());
        assertEquals(active, again.get("skipped").asLong());
        assertEquals(active, finance.get("/api/v1/invoices?termId=" + termId + "&limit=1").json().get("total").asLong());
    }

    private JsonNode await(String jobId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode job = finance.get("/api/v1/jobs/" + jobId).json();
            if (!"RUNNING".equals(job.get("status").asText())) {
                assertEquals("DONE", job.get("status").asText(), job.toString());
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish");
    }

    @Test
    void theAgingReportAddsUpToWhatIsOutstanding() {
        env.awaitReports();
        JsonNode report = finance.get("/api/v1/reports/aging?groupBy=faculty").json();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : report.get("rows")) {
            BigDecimal buckets = new BigDecimal(row.get("current").asText()).add(new BigDecimal(row.get("days0to30")
                    .asText())).add(new BigDecimal(row.get("days31to60").asText())).add(new BigDecimal(
                    row.get("days61to90").asText())).add(new BigDecimal(row.get("days90plus").asText()));
            assertEquals(new BigDecimal(row.get("totalOutstanding").asText()), buckets, row.toString());
            sum = sum.add(buckets);
        }
        BigDecimal expected = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT SUM(total - paid) AS s FROM "
                + "invoices WHERE status IN ('OPEN','PARTIALLY_PAID','OVERDUE')")).map(r -> (BigDecimal) r.column("s")
                .get()).orElseThrow();
        assertEquals(0, expected.compareTo(sum));
        assertEquals(400, finance.get("/api/v1/reports/aging?groupBy=planet").status());
    }

    @Test
    void paidAlwaysEqualsPaymentsMinusRefunds() {
        long mismatches = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT COUNT(*) AS n FROM invoices i "
                + "WHERE i.paid <> COALESCE((SELECT SUM(CASE p.kind WHEN 'PAYMENT' THEN p.amount ELSE -p.amount END) "
                + "FROM payments p WHERE p.invoice_id = i.id), 0)")).map(r -> ((Number) r.column("n").get()).longValue())
                .orElseThrow();
        assertEquals(0, mismatches);
    }
}
