package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.model.Role;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.auth.PasswordHasher;
import th.ac.ums.server.commands.CreateAdminCommand;
import th.ac.ums.server.seed.SeedCommand;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.MariaDbPair;
import th.ac.ums.server.testing.RealServices;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Real replication: a primary and a replica MariaDB (binary log, GTID, applied 3 s late) on
 * loopback. With UMS_DB_REPLICA_URL set, reads go to the replica, writes to the primary, a user
 * reads their own writes at once, and reads fall back to the primary when the replica stops
 * replicating or goes away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {
    private static final String DB = "ums_replica_it";
    @TempDir
    static Path dir;
    static MariaDbPair pair;
    static Infrastructure infra;
    static ApiServer server;
    static String reader;
    static String writer;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(MariaDbPair.available(), "the MariaDB server binaries (Debian mariadb-server) are needed");
        pair = MariaDbPair.start(dir, 3);
        try (Connection c = pair.primary(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, String> s = new HashMap<>(Map.of("db.url", pair.primaryUrl(DB), "db.user", "root", "db.password", "",
                "db.replica-url", pair.replicaUrl(DB), "db.replica-max-lag", "PT10S",
                "redis.url", RealServices.get().redisUrl(), "redis.prefix", "umsrep:" + UUID.randomUUID() + ":",
                "server.port", "0", "auth.token-secret", TestEnv.TOKEN_SECRET, "cache.enabled", "false"));
        Settings settings = Settings.load(s, Map.of());
        SeedCommand.seed(settings, 40, 42, LocalDate.of(2026, 11, 28), false, new PrintStream(PrintStream.nullOutputStream()));
        infra = Infrastructure.open(settings, Clock.systemUTC());
        PasswordHasher hasher = PasswordHasher.fromSettings(settings);
        CreateAdminCommand.create(infra.db(), hasher, Clock.systemUTC(), "reader@ums.ac.th", "Reader", Staff.PASSWORD,
                EnumSet.of(Role.REGISTRAR));
        CreateAdminCommand.create(infra.db(), hasher, Clock.systemUTC(), "writer@ums.ac.th", "Writer", Staff.PASSWORD,
                EnumSet.of(Role.REGISTRAR));
        server = ApiServer.start(infra);
        try {
            waitUntil(() -> replicaCount("SELECT COUNT(*) FROM " + DB
                    + ".users WHERE email IN ('reader@ums.ac.th', 'writer@ums.ac.th')") == 2, 60);
        } catch (AssertionError e) {
            throw new AssertionError("replication: " + replicationState(), e);
        }
        waitUntil(() -> infra.db().replicas().usable(), 30);
        reader = login("reader@ums.ac.th");
        writer = login("writer@ums.ac.th");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            infra.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    private static String login(String email) {
        Api.Response r = api().post("/api/v1/auth/login", Map.of("email", email, "password", Staff.PASSWORD));
        assertEquals(200, r.status(), r::text);
        return r.json().get("token").asText();
    }

    private static Api api() {
        return new Api("http://127.0.0.1:" + server.port());
    }

    private static String phone(String token, long id) {
        Api.Response r = api().bearer(token).get("/api/v1/students/" + id);
        assertEquals(200, r.status(), r::text);
        return r.json().get("phone").asText();
    }

    private static void setPhone(String token, long id, String phone) {
        long version = api().bearer(token).get("/api/v1/students/" + id).json().get("version").asLong();
        Api.Response r = api().bearer(token).header("If-Match", Long.toString(version))
                .patch("/api/v1/students/" + id, Map.of("phone", phone));
        assertEquals(200, r.status(), r::text);
    }

    @Test
    @Order(1)
    void readsAreServedByTheReplica() throws Exception {
        try (Connection c = pair.replica(); Statement st = c.createStatement()) {
            st.execute("SET SESSION sql_log_bin = 0");
            st.execute("UPDATE " + DB + ".students SET phone = '099-000-0001' WHERE id = 1");
        }
        assertEquals("099-000-0001", phone(reader, 1), "a value only the replica has");
        assertEquals(1, api().bearer(reader).get("/api/v1/students?limit=100").json().get("data").findValues("phone")
                .stream().filter(p -> p.asText().equals("099-000-0001")).count(), "lists too");
    }

    @Test
    @Order(2)
    void aWriterReadsItsOwnWriteAtOnceWhileOthersSeeTheReplicaCatchUp() throws Exception {
        setPhone(writer, 2, "088-111-2222");
        assertEquals("088-111-2222", phone(writer, 2), "read-your-writes: the writer's reads go to the primary");
        assertEquals(false, "088-111-2222".equals(phone(reader, 2)), "the replica applies it 3 s late");
        waitUntil(() -> "088-111-2222".equals(phone(reader, 2)), 20);
    }

    @Test
    @Order(3)
    void whenReplicationStopsReadsGoToThePrimary() throws Exception {
        try (Connection c = pair.replica(); Statement st = c.createStatement()) {
            st.execute("STOP SLAVE SQL_THREAD");
        }
        waitUntil(() -> !infra.db().replicas().usable(), 10);
        setPhone(writer, 3, "077-333-4444");
        assertEquals("077-333-4444", phone(reader, 3), "another user reads the primary while the replica is behind");
        try (Connection c = pair.replica(); Statement st = c.createStatement()) {
            st.execute("START SLAVE SQL_THREAD");
        }
        waitUntil(() -> infra.db().replicas().usable(), 30);
    }

    @Test
    @Order(4)
    void whenTheReplicaIsDownReadsGoToThePrimary() throws Exception {
        pair.stopReplica();
        waitUntil(() -> !infra.db().replicas().usable(), 10);
        setPhone(writer, 4, "066-555-6666");
        assertEquals("066-555-6666", phone(reader, 4));
        assertEquals(200, api().bearer(reader).get("/api/v1/students?limit=20").status());
    }

    private static String replicationState() {
        try (Connection c = pair.replica(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW SLAVE STATUS")) {
            if (!rs.next()) {
                return "no slave status";
            }
            return "IO " + rs.getString("Slave_IO_Running") + ", SQL " + rs.getString("Slave_SQL_Running") + ", behind "
                    + rs.getString("Seconds_Behind_Master") + ", IO error " + rs.getString("Last_IO_Error")
                    + ", SQL error " + rs.getString("Last_SQL_Error");
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static long replicaCount(String sql) {
        try (Connection c = pair.replica(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception notYet) {
            return -1;
        }
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }
}
