package th.ac.ums.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Invariants under hundreds of parallel clients, each checked on the real database afterwards:
 * one payment per idempotency key, no section over capacity, login limits exact, no lost update
 * under optimistic locking, and balances that always equal invoices minus payments (a checker
 * query over every invoice).
 */
class ConcurrencyIT {
    static final int CLIENTS = 200;
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    static Api registrar;
    static Api finance;

    @BeforeAll
    static void seed() {
        env.seed(1200);
        registrar = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static List<Integer> parallel(List<Callable<Integer>> calls) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            out.add(f.get());
        }
        return out;
    }

    /**
     * A payment as a client sends it: a 503 (the database bulkhead full under 200 parallel clients)
     * is retried with the same key after its Retry-After, as the console does; the idempotency key
     * is what makes that safe. Answers the last status.
     */
    private static int payRetrying(String key, Map<String, Object> body) throws InterruptedException {
        Api.Response r = finance.header("Idempotency-Key", key).post("/api/v1/payments", body);
        for (int attempt = 1; r.status() == 503 && attempt < 20; attempt++) {
            String after = r.header("Retry-After");
            Thread.sleep(after == null ? 200 : Math.min(2_000, Long.parseLong(after.trim()) * 1000));
            r = finance.header("Idempotency-Key", key).post("/api/v1/payments", body);
        }
        return r.status();
    }

    private static Map<Integer, Long> histogram(List<Integer> statuses) {
        Map<Integer, Long> h = new java.util.TreeMap<>();
        statuses.forEach(s -> h.merge(s, 1L, Long::sum));
        return h;
    }

    private static long count(String sql) {
        return env.infrastructure().db().read(exec -> exec.get(sql).map(r -> Rows.lng(r, "n")).orElse(-1L));
    }

    @Test
    void twoHundredRetriesOfOnePaymentRecordOnePaymentAndManyKeysRecordOneEach() throws Exception {
        JsonNode invoice = finance.get("/api/v1/invoices?status=OVERDUE&limit=1").json().get("data").get(0);
        long id = invoice.get("id").asLong();
        Map<String, Object> body = Map.of("invoiceId", id, "amount", "1.00", "method", "CASH", "reference", "same");
        List<Callable<Integer>> same = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            same.add(() -> payRetrying("conc-same-" + id, body));
        }
        List<Integer> statuses = parallel(same);
        System.out.println("[figures] ConcurrencyIT same payment x" + CLIENTS + ": " + histogram(statuses));
        assertEquals(1, count("SELECT COUNT(*) AS n FROM payments WHERE invoice_id = " + id + " AND reference = 'same'"),
                statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), statuses.toString());
        List<Callable<Integer>> many = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String key = "conc-many-" + id + "-" + (i % 50);
            Map<String, Object> b = Map.of("invoiceId", id, "amount", "1.00", "method", "CASH", "reference", key);
            many.add(() -> payRetrying(key, b));
        }
        List<Integer> manyStatuses = parallel(many);
        System.out.println("[figures] ConcurrencyIT 50 keys x4: " + histogram(manyStatuses));
        assertTrue(manyStatuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), manyStatuses.toString());
        assertEquals(50, count("SELECT COUNT(*) AS n FROM payments WHERE invoice_id = " + id
                + " AND reference LIKE 'conc-many-%'"), "four retries of each of 50 keys: 50 payments");
    }

    @Test
    void twoHundredParallelEnrolmentsNeverOverfillASection() throws Exception {
        JsonNode any = registrar.get("/api/v1/sections?limit=1").json().get("data").get(0);
        Api.Response created = registrar.post("/api/v1/sections", Map.of("courseId", any.get("courseId").asLong(),
                "termId", any.get("termId").asLong(), "sectionNo", "C" + System.nanoTime() % 1_000_000, "capacity", 40));
        assertEquals(201, created.status(), created::text);
        long section = created.json().get("id").asLong();
        List<Long> students = new ArrayList<>();
        env.infrastructure().db().read(exec -> {
            exec.query("SELECT s.id FROM students s WHERE s.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM holds h "
                    + "WHERE h.student_id = s.id AND h.active = 1) ORDER BY s.id LIMIT " + CLIENTS)
                    .forEach(r -> students.add(Rows.lng(r, "id")));
            return null;
        });
        assertTrue(students.size() >= 100, "students: " + students.size());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (long s : students) {
            calls.add(() -> registrar.post("/api/v1/students/" + s + "/enrollments", Map.of("sectionId", section))
                    .status());
        }
        List<Integer> statuses = parallel(calls);
        System.out.println("[figures] ConcurrencyIT " + calls.size() + " enrolments into 40 seats: " + histogram(statuses));
        assertEquals(40, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(40, count("SELECT COUNT(*) AS n FROM enrollments WHERE section_id = " + section
                + " AND status = 'ENROLLED'"));
        assertEquals(40, count("SELECT enrolled_count AS n FROM class_sections WHERE id = " + section));
    }

    @Test
    void fiftyParallelWrongPasswordsLetExactlyTheAllowedAttemptsThrough() throws Exception {
        Staff staff = new Staff(env);
        String email = staff.uniqueEmail("helpdesk");
        staff.create(email, Role.HELPDESK);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> env.api().post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong-pass1!"))
                    .status());
        }
        List<Integer> statuses = parallel(calls);
        System.out.println("[figures] ConcurrencyIT 50 parallel wrong passwords: " + histogram(statuses));
        assertEquals(5, statuses.stream().filter(s -> s == 401).count(), "five failures are allowed: " + statuses);
        assertEquals(45, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
    }

    @Test
    void optimisticLockingNeverLosesAnUpdate() throws Exception {
        long id = registrar.get("/api/v1/students?limit=1").json().get("data").get(0).get("id").asLong();
        long start = registrar.get("/api/v1/students/" + id).json().get("version").asLong();
        AtomicInteger saved = new AtomicInteger();
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            int writer = w;
            writers.add(() -> {
                int mine = 0;
                while (mine < 5) {
                    long v = registrar.get("/api/v1/students/" + id).json().get("version").asLong();
                    Api.Response r = registrar.header("If-Match", Long.toString(v)).patch("/api/v1/students/" + id,
                            Map.of("phone", String.format("08%02d%06d", writer, mine)));
                    if (r.status() == 200) {
                        mine++;
                        saved.incrementAndGet();
                    } else if (r.status() != 412) {
                        return r.status();
                    }
                }
                return 200;
            });
        }
        assertTrue(parallel(writers).stream().allMatch(s -> s == 200));
        assertEquals(100, saved.get());
        System.out.println("[figures] ConcurrencyIT 20 writers x 5 updates of one student: 100 saved");
        long end = registrar.get("/api/v1/students/" + id).json().get("version").asLong();
        assertEquals(start + 100, end, "every accepted update moved the version exactly once");
    }

    @Test
    void balancesAlwaysEqualInvoicesMinusPayments() {
        assertEquals(0, count("SELECT COUNT(*) AS n FROM invoices i WHERE i.paid <> (SELECT COALESCE(SUM(CASE p.kind "
                + "WHEN 'PAYMENT' THEN p.amount ELSE -p.amount END), 0) FROM payments p WHERE p.invoice_id = i.id)"),
                "paid = payments - refunds on every invoice");
        assertEquals(0, count("SELECT COUNT(*) AS n FROM invoices i WHERE i.total <> (SELECT COALESCE(SUM(l.amount), 0) "
                + "FROM invoice_lines l WHERE l.invoice_id = i.id)"), "total = sum of lines on every invoice");
        assertEquals(0, count("SELECT COUNT(*) AS n FROM invoices WHERE paid > total OR paid < 0"),
                "never paid beyond the total, never negative");
    }
}
