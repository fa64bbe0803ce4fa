package th.ac.ums.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.model.Role;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.auth.PasswordHasher;
import th.ac.ums.server.commands.CreateAdminCommand;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.seed.SeedCommand;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.MariaDbPair;
import th.ac.ums.server.testing.RealServices;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The database server (a MariaDB process of this test's own) is killed with SIGKILL while six
 * clients create invoices with lines, then started again: requests made while it is down answer
 * 503, the pool reconnects by itself, every acknowledged invoice is there, and no invoice is
 * half-written (an invoice, its lines, its change-log entry and its audit event are one transaction).
 */
class DatabaseFaultIT {
    private static final String DB = "ums_fault_it";
    @TempDir
    static Path dir;
    static MariaDbPair mariadb;
    static Infrastructure infra;
    static ApiServer server;
    static Api finance;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(MariaDbPair.available(), "the MariaDB server binaries (Debian mariadb-server) are needed");
        mariadb = MariaDbPair.primaryOnly(dir);
        try (Connection c = mariadb.primary(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, String> s = new HashMap<>(Map.of("db.url", mariadb.primaryUrl(DB), "db.user", "root",
                "db.password", "", "redis.url", RealServices.get().redisUrl(),
                "redis.prefix", "umsdbfault:" + UUID.randomUUID() + ":", "server.port", "0",
                "auth.token-secret", TestEnv.TOKEN_SECRET, "db.socket-timeout", "PT3S", "db.connect-timeout", "PT1S"));
        Settings settings = Settings.load(s, Map.of());
        SeedCommand.seed(settings, 40, 42, LocalDate.of(2026, 11, 28), false, new PrintStream(PrintStream.nullOutputStream()));
        infra = Infrastructure.open(settings, Clock.systemUTC());
        CreateAdminCommand.create(infra.db(), PasswordHasher.fromSettings(settings), Clock.systemUTC(),
                "bursar@ums.ac.th", "Bursar", Staff.PASSWORD, EnumSet.of(Role.FINANCE, Role.REGISTRAR));
        server = ApiServer.start(infra);
        Api.Response r = new Api("http://127.0.0.1:" + server.port()).post("/api/v1/auth/login",
                Map.of("email", "bursar@ums.ac.th", "password", Staff.PASSWORD));
        finance = new Api("http://127.0.0.1:" + server.port()).bearer(r.json().get("token").asText());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            infra.close();
        }
        if (mariadb != null) {
            mariadb.close();
        }
    }

    @Test
    void killedMidLoadTheDatabaseComesBackWithNothingLostAndNothingHalfWritten() throws Exception {
        JsonNode student = finance.get("/api/v1/students?status=ACTIVE&limit=1").json().get("data").get(0);
        long termId = finance.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
        Map<String, Object> body = Map.of("studentId", student.get("id").asLong(), "termId", termId,
                "dueDate", "2027-01-15", "lines", List.of(Map.of("description", "Tuition", "amount", "1000.00"),
                        Map.of("description", "Library", "amount", "200.00"),
                        Map.of("description", "Lab", "amount", "300.00")));
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> whileDown = new ConcurrentHashMap<>();
        AtomicLong downFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong downTo = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    Api.Response r = finance.post("/api/v1/invoices", body);
                    if (r.status() == 201) {
                        acknowledged.add(r.json().get("id").asLong());
                    }
                    long t1 = System.nanoTime();
                    if (t0 > downFrom.get() && t1 < downTo.get()) {
                        whileDown.merge(r.status(), 1, Integer::sum);
                    }
                }
            }));
        }
        Thread.sleep(1500);
        mariadb.killPrimary();
        downFrom.set(System.nanoTime());
        Thread.sleep(2500);
        downTo.set(System.nanoTime());
        mariadb.restartPrimary();
        long end = System.currentTimeMillis() + 30_000;
        int before = acknowledged.size();
        while (System.currentTimeMillis() < end && acknowledged.size() < before + 20) {
            Thread.sleep(200);
        }
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }
        System.out.printf("[figures] DatabaseFaultIT: %d invoices acknowledged, answers while down %s%n",
                acknowledged.size(), whileDown);
        assertTrue(whileDown.getOrDefault(503, 0) > 0 && whileDown.keySet().equals(Set.of(503)),
                "requests made and answered while the database was down: 503 only: " + whileDown);
        assertTrue(acknowledged.size() >= before + 20, "the pool reconnected by itself");
        try (Connection c = mariadb.primary(); Statement st = c.createStatement()) {
            assertEquals(0, one(st, "SELECT COUNT(*) FROM " + DB + ".invoices i WHERE i.total <> (SELECT "
                    + "COALESCE(SUM(l.amount), 0) FROM " + DB + ".invoice_lines l WHERE l.invoice_id = i.id)"),
                    "no invoice without all of its lines");
            String ids = acknowledged.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
            assertEquals(acknowledged.size(), one(st, "SELECT COUNT(*) FROM " + DB + ".invoices WHERE id IN (" + ids + ")"),
                    "every acknowledged invoice survived the crash");
            assertEquals(0, one(st, "SELECT COUNT(*) FROM " + DB + ".invoices i WHERE i.id IN (" + ids + ") AND NOT EXISTS "
                    + "(SELECT 1 FROM " + DB + ".change_log c WHERE c.entity = 'invoice' AND c.entity_id = "
                    + "CAST(i.id AS CHAR) COLLATE utf8mb4_unicode_ci)"),
                    "every acknowledged invoice has its change-log entry (same transaction)");
        }
    }

    private static long one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
