package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Enums.ReceiptKind;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Nginx;
import th.ac.ums.server.testing.ServerProcess;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Receipt numbers survive a server killed mid-run. The packaged server runs as its own JVM; cashiers
 * fire payments at it concurrently, each with its Idempotency-Key; it is killed with SIGKILL while
 * payments are in flight, started again on the same database, and every payment that got no answer
 * is sent again with the same key. Then every payment has exactly one receipt, the fiscal year's
 * receipt serials are 1..N without a gap or a duplicate (a payment cut off mid-transaction left
 * nothing behind), and every retry answers the receipt that was recorded.
 */
class ReceiptNumberingCrashIT {
    private static final int PAYMENTS = 120;
    private static final int CASHIERS = 12;
    private static final int KILL_AFTER = 30;
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @Test
    void killedMidRunThenRetriedEveryPaymentHasOneReceiptAndTheNumbersHaveNoGap() throws Exception {
        env.seed(30);
        Api admin = new Staff(env).signedIn(Role.ADMIN, Role.FINANCE).api(env);
        List<Long> invoices = invoices(admin, 6);
        String email = new Staff(env).uniqueEmail("cashier");
        new Staff(env).create(email, Role.FINANCE);
        int port = Nginx.freePort();
        Map<String, JsonNode> answered = new ConcurrentHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            keys.add("crash-" + System.nanoTime() + "-" + i);
        }
        ServerProcess first = start(port);
        try {
            Api cashier = signIn(port, email);
            fire(cashier, keys, invoices, answered, first);
        } finally {
            first.close();
        }
        List<String> unanswered = keys.stream().filter(k -> !answered.containsKey(k)).toList();
        assertTrue(answered.size() >= KILL_AFTER && !unanswered.isEmpty(),
                "killed mid-run: " + answered.size() + " answered, " + unanswered.size() + " not");
        System.out.printf("[crash] killed after %d answers; %d payments had none%n", answered.size(), unanswered.size());

        try (ServerProcess again = start(port)) {
            Api cashier = signIn(port, email);
            for (String key : unanswered) {
                answered.put(key, retried(cashier, key, invoices, keys.indexOf(key)));
            }
            // every key once more: the receipt recorded the first time, nothing new
            for (String key : keys) {
                JsonNode replay = ok(pay(cashier, key, invoices, keys.indexOf(key)));
                assertEquals(answered.get(key).get("receiptNumber").asText(), replay.get("receiptNumber").asText(), key);
                assertEquals(answered.get(key).get("id").asLong(), replay.get("id").asLong(), key);
            }
        }
        assertOneReceiptEach(keys, answered);
        assertNoGaps(answered.values().iterator().next().get("receiptNumber").asText());
    }

    /** Each payment (its key is its reference) recorded once, with one receipt: the one its answer named. */
    private static void assertOneReceiptEach(List<String> keys, Map<String, JsonNode> answered) {
        List<Recorded> rows = env.infrastructure().db().readPrimary(exec -> {
            try (var s = exec.query("SELECT p.reference, COUNT(r.id) AS receipts, MIN(r.number) AS number FROM "
                    + "payments p LEFT JOIN receipts r ON r.payment_id = p.id WHERE p.reference LIKE 'crash-%' "
                    + "GROUP BY p.id, p.reference")) {
                return s.map(r -> new Recorded(Rows.str(r, "reference"), Rows.lng(r, "receipts"),
                        Rows.str(r, "number"))).toList();
            }
        });
        assertEquals(PAYMENTS, rows.size(), "one payment per key: none lost, none twice");
        assertEquals(keys.size(), rows.stream().map(Recorded::key).distinct().count());
        for (Recorded row : rows) {
            assertEquals(1, row.receipts(), "receipts of " + row.key());
            assertEquals(answered.get(row.key()).get("receiptNumber").asText(), row.number(),
                    "the answer names the receipt recorded");
        }
    }

    /** The fiscal year's receipt serials are 1..N: no gap, no duplicate, each number as its serial says. */
    private static void assertNoGaps(String anyNumber) {
        int year = Integer.parseInt(anyNumber.substring(2, 6));
        List<Numbered> rows = env.infrastructure().db().readPrimary(exec -> {
            try (var s = exec.query("SELECT serial, number FROM receipts WHERE kind = 'RECEIPT' AND fiscal_year = ? "
                    + "ORDER BY serial", year)) {
                return s.map(r -> new Numbered(Rows.lng(r, "serial"), Rows.str(r, "number"))).toList();
            }
        });
        assertTrue(rows.size() >= PAYMENTS, "receipts of " + year + ": " + rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).serial(), "serial " + (i + 1) + " of " + rows.size());
            assertEquals(ReceiptService.number(ReceiptKind.RECEIPT, year, i + 1), rows.get(i).number());
        }
        assertEquals(rows.size(), rows.stream().map(Numbered::number).distinct().count(), "no number twice");
    }

    private record Recorded(String key, long receipts, String number) {
    }

    private record Numbered(long serial, String number) {
    }

    /** Cashiers pay concurrently; the server is killed once {@link #KILL_AFTER} payments were answered. */
    private static void fire(Api cashier, List<String> keys, List<Long> invoices, Map<String, JsonNode> answered,
                             ServerProcess server) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CASHIERS);
        for (int c = 0; c < CASHIERS; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < keys.size(); i = next.getAndIncrement()) {
                    try {
                        Api.Response r = pay(cashier, keys.get(i), invoices, i);
                        if (r.status() == 201 || r.status() == 200) {
                            answered.put(keys.get(i), r.json());
                        }
                    } catch (RuntimeException e) {
                        // no answer: the server died under it (or was already dead)
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (answered.size() < KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        server.kill();
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "the cashiers gave up");
    }

    private static JsonNode retried(Api cashier, String key, List<Long> invoices, int i) throws InterruptedException {
        Api.Response last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            last = pay(cashier, key, invoices, i);
            if (last.status() == 201 || last.status() == 200) {
                return last.json();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the retry of " + key + " was not answered: " + last);
    }

    private static Api.Response pay(Api cashier, String key, List<Long> invoices, int i) {
        return cashier.header("Idempotency-Key", key).post("/api/v1/payments", Map.of("invoiceId",
                invoices.get(i % invoices.size()), "amount", "1.00", "method", "CASH", "reference", key));
    }

    private static JsonNode ok(Api.Response r) {
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
        return r.json();
    }

    private static ServerProcess start(int port) throws Exception {
        ServerProcess p = ServerProcess.start(env.serverEnvironment(port), null, "serve");
        p.awaitLine(l -> l.contains("UMS sync server listening"), Duration.ofSeconds(90));
        return p;
    }

    private static Api signIn(int port, String email) {
        Api server = new Api("http://127.0.0.1:" + port);
        Api.Response r = server.post("/api/v1/auth/login", Map.of("email", email, "password", Staff.PASSWORD));
        assertEquals(200, r.status(), r::text);
        return server.bearer(r.json().get("token").asText());
    }

    /** Invoices with room for every payment (1.00 each). */
    private static List<Long> invoices(Api admin, int n) {
        long term = admin.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
        long student = admin.get("/api/v1/students?limit=1").json().get("data").get(0).get("id").asLong();
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusMonths(1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Api.Response r = admin.post("/api/v1/invoices", Map.of("studentId", student, "termId", term, "dueDate",
                    due.toString(), "lines", List.of(Map.of("description", "ค่าธรรมเนียม", "amount", "10000.00"))));
            assertEquals(201, r.status(), r::text);
            ids.add(r.json().get("id").asLong());
        }
        return ids;
    }
}
