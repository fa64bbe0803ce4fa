package th.ac.ums.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Redis, a real process of its own, killed and restarted while clients keep calling: while it is
 * down, authenticated calls answer 503 and sign-ins 503 (never 200 without a session, never
 * unlimited attempts); when it is back the server recovers without a restart. With persistence
 * (append-only file) sessions survive the restart; without it they are gone (401, sign in again).
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class RedisFaultIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    @TempDir
    static Path dir;
    static int port;
    static Process redis;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/redis-server")), "redis-server (Debian) is needed");
        port = freePort();
        redis = redis(true);
        env.with("redis.url", "redis://127.0.0.1:" + port + "/0");
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.destroyForcibly();
        }
    }

    private static Process redis(boolean persistent) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", persistent ? "yes" : "no",
                "--appendfsync", "always").redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        for (int i = 0; i < 50; i++) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("redis did not start");
    }

    /**
     * Kills Redis while 8 clients call /me in a loop; answers what the requests that started while
     * it was down were told (a request already past its session check when Redis died may finish).
     */
    private Map<Integer, Integer> killAndRestart(Api api, boolean persistent, long downMillis) throws Exception {
        Map<Integer, Integer> seenWhileDown = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong downFrom = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        java.util.concurrent.atomic.AtomicLong downTo = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    int s = api.get("/api/v1/me").status();
                    if (started > downFrom.get() && started < downTo.get()) {
                        seenWhileDown.merge(s, 1, Integer::sum);
                    }
                }
            }));
        }
        Thread.sleep(300);
        redis.destroyForcibly();
        redis.waitFor(10, TimeUnit.SECONDS);
        downFrom.set(System.nanoTime());
        Thread.sleep(downMillis);
        downTo.set(System.nanoTime());
        redis = redis(persistent);
        Thread.sleep(300);
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }
        return seenWhileDown;
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void withPersistenceSessionsSurviveAndNothingIsOpenWhileRedisIsDown() throws Exception {
        Staff.Person person = new Staff(env).signedIn(Role.REGISTRAR);
        Api api = person.api(env);
        Map<Integer, Integer> whileDown = killAndRestart(api, true, 2000);
        System.out.println("[figures] RedisFaultIT with AOF: answers while down " + whileDown);
        assertTrue(whileDown.getOrDefault(503, 0) > 0, "503 while down: " + whileDown);
        assertEquals(Map.of(503, whileDown.get(503)), whileDown, "only 503 while Redis is down: " + whileDown);
        long end = System.currentTimeMillis() + 15_000;
        int status = 0;
        while (System.currentTimeMillis() < end && status != 200) {
            status = api.get("/api/v1/me").status();
            Thread.sleep(200);
        }
        assertEquals(200, status, "recovered without a restart, and the session survived (append-only file)");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void signInsWhileRedisIsDownAre503NeverUnlimited() throws Exception {
        String email = new Staff(env).uniqueEmail("finance");
        new Staff(env).create(email, Role.FINANCE);
        redis.destroyForcibly();
        redis.waitFor(10, TimeUnit.SECONDS);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(env.api().post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong-passw0rd!"))
                    .status());
        }
        statuses.add(env.api().post("/api/v1/auth/login", Map.of("email", email, "password", Staff.PASSWORD)).status());
        redis = redis(true);
        System.out.println("[figures] RedisFaultIT sign-ins while down: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 503), "no attempt is judged without the limiter: " + statuses);
        long end = System.currentTimeMillis() + 15_000;
        int status = 0;
        while (System.currentTimeMillis() < end && status != 200) {
            status = env.api().post("/api/v1/auth/login", Map.of("email", email, "password", Staff.PASSWORD)).status();
            Thread.sleep(200);
        }
        assertEquals(200, status, "sign-in works again by itself");
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void withoutPersistenceSessionsAreGoneAfterARestartAndStaffSignInAgain() throws Exception {
        redis.destroyForcibly();
        redis.waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(dir.resolve("appendonly.aof"));
        deleteTree(dir.resolve("appendonlydir"));
        redis = redis(false);
        // the new, empty Redis first: the server is ready again once its pool reaches it (slower on a busy machine)
        long ready = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < ready && env.api().get("/observe/health/ready").status() != 200) {
            Thread.sleep(200);
        }
        Staff.Person person = new Staff(env).signedIn(Role.REGISTRAR);
        Api api = person.api(env);
        killAndRestart(api, false, 1000);
        long end = System.currentTimeMillis() + 15_000;
        int status = 503;
        while (System.currentTimeMillis() < end && status == 503) {
            status = api.get("/api/v1/me").status();
            Thread.sleep(200);
        }
        assertEquals(401, status, "the session was only in memory: gone, and refused (not let through)");
        assertEquals(200, new Api(env.baseUrl()).post("/api/v1/auth/login", Map.of("email", person.email(),
                "password", Staff.PASSWORD)).status());
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var s = Files.walk(p)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
