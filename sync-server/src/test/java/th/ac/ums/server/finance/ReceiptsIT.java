package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.RealServices;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Receipts and credit notes on the real database: numbered per kind and fiscal year without a gap or
 * a duplicate under parallel payments, retries, refusals and a transaction killed half-way; a refund's
 * credit note refers to the receipt; cancelling keeps the number, once; the list's filters and sorts;
 * and the day close adds up per cashier and method. After every test the whole table is checked:
 * each kind and year holds the serials 1..n exactly once, and its sequence's next value is n + 1.
 */
class ReceiptsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Api admin;
    static Api finance;
    static long termId;
    static List<Long> students = new ArrayList<>();
    static long seededPayments;

    @BeforeAll
    static void seed() {
        env.seed(60);
        admin = new Staff(env).signedIn(Role.ADMIN, Role.REGISTRAR, Role.FINANCE).api(env);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
        termId = admin.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
        admin.get("/api/v1/students?limit=60").json().get("data").forEach(s -> students.add(s.get("id").asLong()));
        seededPayments = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT COALESCE(MAX(id), 0) AS n "
                + "FROM payments")).map(r -> Rows.lng(r, "n")).orElseThrow();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(env.clock().instant(), java.time.ZoneId.of("Asia/Bangkok"));
    }

    static long invoice(String total) {
        long student = students.get((int) (Math.random() * students.size()));
        Api.Response r = admin.post("/api/v1/invoices", Map.of("studentId", student, "termId", termId, "dueDate",
                today().plusMonths(1).toString(), "lines", List.of(Map.of("description", "ค่าเล่าเรียน", "amount",
                        total))));
        assertEquals(201, r.status(), r::text);
        return r.json().get("id").asLong();
    }

    static Api.Response pay(Api who, String key, long invoiceId, String amount, String method) {
        return who.header("Idempotency-Key", key).post("/api/v1/payments", Map.of("invoiceId", invoiceId,
                "amount", amount, "method", method, "reference", "REF-" + amount));
    }

    static JsonNode paid(Api who, long invoiceId, String amount, String method) {
        Api.Response r = pay(who, UUID.randomUUID().toString(), invoiceId, amount, method);
        assertEquals(201, r.status(), r::text);
        return r.json();
    }

    static JsonNode refund(Api who, long paymentId, String amount) {
        Api.Response r = who.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments/"
                + paymentId + "/refund", Map.of("amount", amount, "reason", "คืนเงิน / Refund"));
        assertEquals(201, r.status(), r::text);
        return r.json();
    }

    static long serial(String number) {
        return Long.parseLong(number.substring(number.indexOf('-') + 1));
    }

    static int fiscalYear() {
        LocalDate d = today();
        return (d.getMonthValue() >= 10 ? d.getYear() + 1 : d.getYear()) + 543;
    }

    /** The next serial the receipt sequence of this fiscal year will give. */
    static long nextReceiptSerial() {
        return env.infrastructure().db().readPrimary(exec -> exec.get("SELECT next_value FROM code_sequences WHERE "
                + "name = ?", "receipt:" + fiscalYear())).map(r -> Rows.lng(r, "next_value")).orElse(1L);
    }

    /** Every kind and year: serials 1..n, each once, numbers that say them, and the sequence at n + 1. */
    @AfterEach
    void numbersHaveNoGapAndNoDuplicate() {
        var db = env.infrastructure().db();
        List<String[]> groups = db.readPrimary(exec -> {
            try (var rows = exec.query("SELECT kind, fiscal_year, COUNT(*) AS n, COUNT(DISTINCT serial) AS d, "
                    + "MIN(serial) AS lo, MAX(serial) AS hi FROM receipts GROUP BY kind, fiscal_year")) {
                return rows.map(r -> new String[] {Rows.str(r, "kind"), Rows.str(r, "fiscal_year"), Rows.str(r, "n"),
                    Rows.str(r, "d"), Rows.str(r, "lo"), Rows.str(r, "hi")}).toList();
            }
        });
        for (String[] g : groups) {
            String what = g[0] + " " + g[1];
            assertEquals(g[2], g[3], what + ": a serial given twice");
            assertEquals("1", g[4], what + ": does not start at 1");
            assertEquals(g[2], g[5], what + ": a gap (count " + g[2] + ", highest " + g[5] + ")");
            String name = ("RECEIPT".equals(g[0]) ? "receipt:" : "credit-note:") + g[1];
            long next = db.readPrimary(exec -> exec.get("SELECT next_value FROM code_sequences WHERE name = ?", name))
                    .map(r -> Rows.lng(r, "next_value")).orElseThrow();
            assertEquals(Long.parseLong(g[5]) + 1, next, what + ": the sequence moved past its last receipt");
        }
        long wrong = db.readPrimary(exec -> exec.get("SELECT COUNT(*) AS n FROM receipts WHERE number <> CONCAT("
                + "IF(kind = 'RECEIPT', 'RC', 'CN'), fiscal_year, '-', LPAD(serial, 6, '0'))"))
                .map(r -> Rows.lng(r, "n")).orElseThrow();
        assertEquals(0, wrong, "numbers that do not say their kind, year and serial");
    }

    @Test
    void aHundredParallelPaymentsGetAHundredConsecutiveNumbers() throws Exception {
        List<Long> invoices = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            invoices.add(invoice("1000.00"));
        }
        long first = nextReceiptSerial();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (long inv : invoices) {
            calls.add(() -> pay(finance, UUID.randomUUID().toString(), inv, "250.00", "CASH"));
        }
        Set<String> numbers = new HashSet<>();
        Set<Long> serials = new TreeSet<>();
        for (Future<Api.Response> f : pool.invokeAll(calls)) {
            Api.Response r = f.get();
            assertEquals(201, r.status(), r::text);
            String number = r.json().get("receiptNumber").asText();
            assertTrue(number.matches("^RC" + fiscalYear() + "-[0-9]{6,}$"), number);
            numbers.add(number);
            serials.add(serial(number));
        }
        pool.shutdown();
        assertEquals(100, numbers.size(), "no number twice");
        List<Long> expected = new ArrayList<>();
        for (long s = first; s < first + 100; s++) {
            expected.add(s);
        }
        assertEquals(expected, new ArrayList<>(serials), "100 consecutive numbers");
    }

    @Test
    void aRetriedKeyAnswersTheSameReceiptAndTakesNoNumber() {
        long inv = invoice("900.00");
        String key = UUID.randomUUID().toString();
        Api.Response once = pay(finance, key, inv, "300.00", "TRANSFER");
        long after = nextReceiptSerial();
        Api.Response again = pay(finance, key, inv, "300.00", "TRANSFER");
        assertEquals(201, once.status(), once::text);
        assertEquals(201, again.status(), again::text);
        assertEquals(once.json().get("receiptId").asLong(), again.json().get("receiptId").asLong());
        assertEquals(once.json().get("receiptNumber").asText(), again.json().get("receiptNumber").asText());
        assertEquals(after, nextReceiptSerial(), "the retry took no number");
        assertEquals(1, admin.get("/api/v1/receipts?invoiceId=" + inv).json().get("total").asLong());
        JsonNode listed = admin.get("/api/v1/payments?invoiceId=" + inv).json().get("data").get(0);
        assertEquals(once.json().get("receiptNumber").asText(), listed.get("receiptNumber").asText(),
                "the payment list names the receipt");
    }

    @Test
    void aRefusedPaymentTakesNoNumber() {
        long inv = invoice("500.00");
        long before = serial(paid(finance, inv, "100.00", "CASH").get("receiptNumber").asText());
        Api.Response over = pay(finance, UUID.randomUUID().toString(), inv, "400.01", "CASH");
        assertEquals(409, over.status(), over::text);
        Api.Response bad = pay(finance, UUID.randomUUID().toString(), inv, "-1.00", "CASH");
        assertEquals(400, bad.status(), bad::text);
        long next = serial(paid(finance, inv, "400.00", "CASH").get("receiptNumber").asText());
        assertEquals(before + 1, next, "the refused payments took no number");
    }

    /**
     * A payment's transaction is killed on the database server while it holds the receipt sequence:
     * the test locks the cashier's user row, so the payment stops at its receipt's insert (whose
     * foreign key reads that row) after taking its number; its connection is then killed from another.
     * The number comes back: the retried payment and the next ones continue without a gap.
     */
    @Test
    void aTransactionKilledHalfWayGivesItsNumberBack() throws Exception {
        Staff.Person cashier = new Staff(env).signedIn(Role.FINANCE);
        Api api = cashier.api(env);
        long inv = invoice("800.00");
        long before = serial(paid(api, inv, "100.00", "CARD").get("receiptNumber").asText());
        RealServices db = RealServices.get();
        String key = UUID.randomUUID().toString();
        Api.Response killed;
        try (Connection locker = DriverManager.getConnection(db.dbServerUrl() + env.database(), db.dbUser(),
                db.dbPassword())) {
            locker.setAutoCommit(false);
            try (PreparedStatement ps = locker.prepareStatement("SELECT id FROM users WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, cashier.id());
                ps.executeQuery().close();
            }
            CompletableFuture<Api.Response> payment = CompletableFuture.supplyAsync(() ->
                    pay(api, key, inv, "200.00", "CARD"));
            long victim = waitForBlockedReceiptInsert(locker);
            assertTrue(sequenceRowIsLocked(locker), "the blocked payment holds the sequence row");
            try (Statement st = locker.createStatement()) {
                st.execute("KILL CONNECTION " + victim);
            }
            locker.rollback();
            killed = payment.get(30, TimeUnit.SECONDS);
        }
        assertTrue(killed.status() == 201 || killed.status() == 503, killed::text);
        Api.Response retried = pay(api, key, inv, "200.00", "CARD");
        assertEquals(201, retried.status(), retried::text);
        long taken = serial(retried.json().get("receiptNumber").asText());
        assertEquals(before + 1, taken, "the killed transaction's number was given back and used again");
        long next = serial(paid(api, inv, "100.00", "CARD").get("receiptNumber").asText());
        assertEquals(taken + 1, next);
    }

    /** The id of the connection whose INSERT INTO receipts waits for a lock (at most 10 s). */
    private static long waitForBlockedReceiptInsert(Connection c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST WHERE "
                    + "DB = ? AND INFO LIKE 'INSERT INTO receipts%'")) {
                ps.setString(1, env.database());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the payment never reached its receipt");
    }

    /** Whether another transaction holds this year's receipt sequence row (a locking read that does not wait). */
    private static boolean sequenceRowIsLocked(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT next_value FROM code_sequences WHERE name = ? "
                + "FOR UPDATE NOWAIT")) {
            ps.setString(1, "receipt:" + fiscalYear());
            ps.executeQuery().close();
            return false;
        } catch (java.sql.SQLException e) {
            return e.getErrorCode() == 1205;
        }
    }

    @Test
    void aRefundGetsACreditNoteThatRefersToTheReceipt() {
        long inv = invoice("2000.00");
        JsonNode payment = paid(finance, inv, "2000.00", "TRANSFER");
        JsonNode refund = refund(finance, payment.get("id").asLong(), "500.00");
        String cn = refund.get("receiptNumber").asText();
        assertTrue(cn.matches("^CN" + fiscalYear() + "-[0-9]{6,}$"), cn);
        Api.Response note = finance.get("/api/v1/receipts/" + refund.get("receiptId").asLong());
        assertEquals(200, note.status(), note::text);
        assertEquals("\"1\"", note.header("ETag"));
        JsonNode n = note.json();
        assertEquals("CREDIT_NOTE", n.get("kind").asText());
        assertEquals("ISSUED", n.get("status").asText());
        assertEquals(payment.get("receiptNumber").asText(), n.get("refersTo").asText());
        assertEquals(payment.get("receiptId").asLong(), n.get("refersToId").asLong());
        assertEquals("500.00", n.get("amount").asText());
        assertEquals(refund.get("id").asLong(), n.get("paymentId").asLong());
        assertEquals(fiscalYear(), n.get("fiscalYear").asInt());
        JsonNode receipt = finance.get("/api/v1/receipts/" + payment.get("receiptId").asLong()).json();
        assertEquals("RECEIPT", receipt.get("kind").asText());
        assertTrue(receipt.get("refersTo").isNull());
        assertEquals("2000.00", receipt.get("amount").asText());
        assertEquals(inv, receipt.get("invoiceId").asLong());
        assertNotNull(receipt.get("studentNameTh").asText());
        long second = serial(refund(finance, payment.get("id").asLong(), "100.00").get("receiptNumber").asText());
        assertEquals(serial(cn) + 1, second, "credit notes have their own sequence, without gaps");
    }

    @Test
    void cancellingKeepsTheNumberAndHappensOnce() {
        JsonNode payment = paid(finance, invoice("300.00"), "300.00", "CASH");
        String path = "/api/v1/receipts/" + payment.get("receiptId").asLong() + "/cancel";
        Map<String, Object> why = Map.of("reason", "พิมพ์ผิด / Misprinted");
        assertEquals(428, finance.post(path, why).status());
        Api.Response noReason = finance.header("If-Match", "1").post(path, Map.of());
        assertEquals(400, noReason.status(), noReason::text);
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());
        Api.Response blank = finance.header("If-Match", "1").post(path, Map.of("reason", "  "));
        assertEquals(400, blank.status(), blank::text);
        assertEquals("reason", blank.json().get("errors").get(0).get("field").asText());
        for (Role role : List.of(Role.REGISTRAR, Role.HELPDESK)) {
            Api other = new Staff(env).signedIn(role).api(env);
            assertEquals(403, other.header("If-Match", "1").post(path, why).status(), role.name());
        }
        Api.Response stale = finance.header("If-Match", "7").post(path, why);
        assertEquals(412, stale.status(), stale::text);
        assertEquals(1, stale.json().get("currentVersion").asLong());
        Api.Response done = finance.header("If-Match", "1").post(path, why);
        assertEquals(200, done.status(), done::text);
        JsonNode r = done.json();
        assertEquals("CANCELLED", r.get("status").asText());
        assertEquals(payment.get("receiptNumber").asText(), r.get("number").asText(), "the number stays");
        assertEquals("พิมพ์ผิด / Misprinted", r.get("cancelReason").asText());
        assertTrue(r.get("cancelledBy").asLong() > 0);
        assertNotNull(r.get("cancelledAt").asText());
        assertEquals("\"2\"", done.header("ETag"));
        Api.Response twice = finance.header("If-Match", "2").post(path, why);
        assertEquals(409, twice.status(), twice::text);
        long audited = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT COUNT(*) AS n FROM audit_events "
                + "WHERE action = 'receipt.cancelled' AND entity = 'receipt' AND entity_id = ?",
                String.valueOf(payment.get("receiptId").asLong()))).map(x -> Rows.lng(x, "n")).orElseThrow();
        assertEquals(1, audited);
        JsonNode stillPaid = finance.get("/api/v1/payments/" + payment.get("id").asLong()).json();
        assertEquals(payment.get("receiptNumber").asText(), stillPaid.get("receiptNumber").asText(),
                "the payment keeps its (cancelled) receipt; nothing is re-issued");
        assertEquals(1, admin.get("/api/v1/receipts?paymentId=" + payment.get("id").asLong()).json().get("total")
                .asLong());
    }

    @Test
    void theListFiltersAndSorts() {
        Staff.Person cashier = new Staff(env).signedIn(Role.FINANCE);
        Api api = cashier.api(env);
        long inv = invoice("1000.00");
        JsonNode p1 = paid(api, inv, "100.00", "CASH");
        JsonNode p2 = paid(api, inv, "200.00", "CARD");
        JsonNode p3 = paid(api, inv, "300.00", "TRANSFER");
        JsonNode r1 = refund(api, p1.get("id").asLong(), "50.00");
        api.header("If-Match", "1").post("/api/v1/receipts/" + p2.get("receiptId").asLong() + "/cancel",
                Map.of("reason", "Misprinted"));
        List<Long> newestFirst = List.of(r1.get("receiptId").asLong(), p3.get("receiptId").asLong(),
                p2.get("receiptId").asLong(), p1.get("receiptId").asLong());
        assertEquals(newestFirst, ids("invoiceId=" + inv));
        assertEquals(newestFirst, ids("recordedBy=" + cashier.id()));
        assertEquals(List.of(r1.get("receiptId").asLong()), ids("invoiceId=" + inv + "&kind=CREDIT_NOTE"));
        assertEquals(List.of(p2.get("receiptId").asLong()), ids("invoiceId=" + inv + "&status=CANCELLED"));
        assertEquals(List.of(p3.get("receiptId").asLong()), ids("paymentId=" + p3.get("id").asLong()));
        long student = admin.get("/api/v1/invoices/" + inv).json().get("studentId").asLong();
        JsonNode ofStudent = admin.get("/api/v1/receipts?limit=100&studentId=" + student).json().get("data");
        ofStudent.forEach(r -> assertEquals(student, r.get("studentId").asLong()));
        assertTrue(ofStudent.size() >= 4);
        assertEquals(newestFirst, ids("invoiceId=" + inv + "&from=" + today() + "&to=" + today()));
        assertEquals(List.of(), ids("invoiceId=" + inv + "&to=" + today().minusDays(1)));
        assertEquals(List.of(), ids("invoiceId=" + inv + "&from=" + today().plusDays(1)));
        Api.Response backwards = admin.get("/api/v1/receipts?from=" + today() + "&to=" + today().minusDays(1));
        assertEquals(400, backwards.status());
        assertEquals("to", backwards.json().get("errors").get(0).get("field").asText());
        List<String> byNumber = numbers("invoiceId=" + inv + "&sort=number");
        List<String> sorted = new ArrayList<>(byNumber);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, byNumber);
        assertTrue(byNumber.get(0).startsWith("CN"), byNumber.toString());
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, numbers("invoiceId=" + inv + "&sort=-number"));
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/receipts?limit=1&invoiceId=" + inv
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertEquals(4, page.get("total").asLong());
            page.get("data").forEach(r -> walked.add(r.get("id").asLong()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(newestFirst, walked, "keyset pages walk the same order");
        JsonNode row = admin.get("/api/v1/receipts/" + p2.get("receiptId").asLong()).json();
        assertEquals(cashier.id(), row.get("issuedBy").asLong());
        assertTrue(row.get("issuedByName").asText().startsWith("Test "), row.toString());
        assertEquals("CARD", row.get("method").asText());
        assertEquals("REF-200.00", row.get("reference").asText());
        if (seededPayments > 0) {
            JsonNode old = admin.get("/api/v1/payments/" + seededPayments).json();
            assertTrue(old.get("receiptId").isNull() && old.get("receiptNumber").isNull(),
                    "a payment from before receipts has none: " + old);
        }
    }

    private static List<Long> ids(String query) {
        Api.Response r = admin.get("/api/v1/receipts?limit=100&" + query);
        assertEquals(200, r.status(), r::text);
        List<Long> out = new ArrayList<>();
        r.json().get("data").forEach(x -> out.add(x.get("id").asLong()));
        assertEquals(out.size(), r.json().get("total").asInt(), query + ": exact total");
        return out;
    }

    private static List<String> numbers(String query) {
        List<String> out = new ArrayList<>();
        admin.get("/api/v1/receipts?limit=100&" + query).json().get("data").forEach(x -> out.add(x.get("number")
                .asText()));
        return out;
    }

    /**
     * Two cashiers' day: per cashier and method the count, money in and out, net, the first and last
     * receipt and the cancelled ones; the totals are the rows' sums and the sums of every payment and
     * refund recorded that day; the CSV holds the same.
     */
    @Test
    void theDayCloseAddsUpPerCashierAndMethod() {
        Staff.Person a = new Staff(env).signedIn(Role.FINANCE);
        Staff.Person b = new Staff(env).signedIn(Role.FINANCE);
        Api aApi = a.api(env);
        Api bApi = b.api(env);
        long inv = invoice("5000.00");
        JsonNode cash1 = paid(aApi, inv, "100.00", "CASH");
        JsonNode cash2 = paid(aApi, inv, "200.00", "CASH");
        JsonNode card = paid(aApi, inv, "50.00", "CARD");
        JsonNode transfer = paid(bApi, inv, "300.00", "TRANSFER");
        refund(bApi, cash1.get("id").asLong(), "100.00");
        aApi.header("If-Match", "1").post("/api/v1/receipts/" + card.get("receiptId").asLong() + "/cancel",
                Map.of("reason", "Voided slip"));

        Api.Response res = finance.get("/api/v1/reports/day-close");
        assertEquals(200, res.status(), res::text);
        JsonNode report = res.json();
        assertEquals(today().toString(), report.get("date").asText());
        assertEquals("Asia/Bangkok", report.get("timeZone").asText());
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        report.get("rows").forEach(r -> rows.put(r.get("cashierId").asLong() + "/" + r.get("method").asText(), r));
        JsonNode aCash = rows.get(a.id() + "/CASH");
        assertRow(aCash, 2, "300.00", "0.00", "300.00");
        assertEquals(cash1.get("receiptNumber").asText(), aCash.get("firstReceipt").asText());
        assertEquals(cash2.get("receiptNumber").asText(), aCash.get("lastReceipt").asText());
        assertEquals(0, aCash.get("cancelledCount").asInt());
        JsonNode aCard = rows.get(a.id() + "/CARD");
        assertRow(aCard, 1, "50.00", "0.00", "50.00");
        assertEquals(1, aCard.get("cancelledCount").asInt());
        assertEquals(card.get("receiptNumber").asText(), aCard.get("cancelledNumbers").get(0).asText());
        JsonNode bTransfer = rows.get(b.id() + "/TRANSFER");
        assertRow(bTransfer, 2, "300.00", "100.00", "200.00");
        assertEquals(transfer.get("receiptNumber").asText(), bTransfer.get("firstReceipt").asText());
        assertEquals(transfer.get("receiptNumber").asText(), bTransfer.get("lastReceipt").asText());
        assertEquals(3, rows.keySet().stream().filter(k -> k.startsWith(a.id() + "/") || k.startsWith(b.id() + "/"))
                .count());

        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        int count = 0;
        for (JsonNode r : report.get("rows")) {
            in = in.add(new BigDecimal(r.get("moneyIn").asText()));
            out = out.add(new BigDecimal(r.get("moneyOut").asText()));
            count += r.get("count").asInt();
        }
        JsonNode totals = report.get("totals");
        assertEquals(in, new BigDecimal(totals.get("moneyIn").asText()), "totals are the rows' sums");
        assertEquals(out, new BigDecimal(totals.get("moneyOut").asText()));
        assertEquals(count, totals.get("count").asInt());
        assertEquals(in.subtract(out), new BigDecimal(totals.get("net").asText()));
        LocalDate day = today();
        java.time.Instant from = day.atStartOfDay(java.time.ZoneId.of("Asia/Bangkok")).toInstant();
        java.time.Instant to = day.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Bangkok")).toInstant();
        assertEquals(from.toString(), java.time.Instant.parse(report.get("from").asText()).toString());
        var sums = env.infrastructure().db().readPrimary(exec -> exec.get("SELECT COUNT(*) AS n, COALESCE(SUM(IF(kind = "
                + "'PAYMENT', amount, 0)), 0) AS i, COALESCE(SUM(IF(kind = 'REFUND', amount, 0)), 0) AS o FROM payments "
                + "WHERE created_at >= ? AND created_at < ? AND id > ?", Rows.utc(from), Rows.utc(to), seededPayments))
                .orElseThrow();
        assertEquals(Rows.lng(sums, "n"), totals.get("count").asLong(), "every payment and refund recorded that day");
        assertEquals(0, Rows.decimal(sums, "i").compareTo(in));
        assertEquals(0, Rows.decimal(sums, "o").compareTo(out));

        Api.Response csv = finance.get("/api/v1/reports/day-close?date=" + today() + "&format=csv");
        assertEquals(200, csv.status(), csv::text);
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        byte[] bytes = csv.bytes();
        assertTrue(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF, "BOM");
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("date,cashierId,cashierName,method,count,moneyIn,moneyOut,net,firstReceipt,lastReceipt,"
                + "cancelledCount,cancelledNumbers", lines[0]);
        assertEquals(report.get("rows").size() + 2, lines.length);
        assertTrue(lines[lines.length - 1].contains(",TOTAL,,") && lines[lines.length - 1]
                .contains("," + totals.get("moneyIn").asText() + ","), lines[lines.length - 1]);
        assertTrue(String.join("\n", lines).contains(a.id() + ",Test " + a.email() + ",CARD,1,50.00,0.00,50.00,"
                + card.get("receiptNumber").asText() + "," + card.get("receiptNumber").asText() + ",1,"
                + card.get("receiptNumber").asText()), String.join("\n", lines));

        JsonNode empty = finance.get("/api/v1/reports/day-close?date=2001-01-01").json();
        assertEquals(0, empty.get("rows").size());
        assertEquals("0.00", empty.get("totals").get("net").asText());
        Api.Response badDay = finance.get("/api/v1/reports/day-close?date=2026-02-30");
        assertEquals(400, badDay.status());
        assertEquals("date", badDay.json().get("errors").get(0).get("field").asText());
        Api.Response badFormat = finance.get("/api/v1/reports/day-close?format=xlsx");
        assertEquals(400, badFormat.status());
        assertEquals("format", badFormat.json().get("errors").get(0).get("field").asText());
        Api helpdesk = new Staff(env).signedIn(Role.HELPDESK).api(env);
        assertEquals(403, helpdesk.get("/api/v1/reports/day-close").status());
    }

    private static void assertRow(JsonNode row, int count, String in, String out, String net) {
        assertNotNull(row, "no row");
        assertEquals(count, row.get("count").asInt(), row.toString());
        assertEquals(in, row.get("moneyIn").asText(), row.toString());
        assertEquals(out, row.get("moneyOut").asText(), row.toString());
        assertEquals(net, row.get("net").asText(), row.toString());
    }
}
