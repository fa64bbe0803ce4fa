package th.ac.ums.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.RealServices;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TcpProxy;
import th.ac.ums.server.testing.TestEnv;

/**
 * A slow or hanging database and Redis (a TCP proxy between the server and each, which delays or
 * stops forwarding): requests end within the configured bounds with 503, the pools do not leak,
 * threads do not pile up, excess requests are refused quickly instead of queueing, and everything
 * works again when the dependency does.
 */
class StallIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static TcpProxy db;
    static TcpProxy redis;
    static Api api;
    static final ExecutorService pool = Executors.newFixedThreadPool(60);

    @BeforeAll
    static void proxies() throws Exception {
        URI dbUri = URI.create(RealServices.get().dbServerUrl().substring("jdbc:".length()));
        URI redisUri = URI.create(RealServices.get().redisUrl());
        db = new TcpProxy(dbUri.getHost(), dbUri.getPort());
        redis = new TcpProxy(redisUri.getHost(), redisUri.getPort());
        env.with("db.url", "jdbc:mysql://127.0.0.1:" + db.port() + "/" + env.database())
                .with("redis.url", "redis://127.0.0.1:" + redis.port() + "/0")
                .with("db.pool-size", "4").with("db.max-queue", "8").with("db.queue-timeout", "PT1S")
                .with("db.socket-timeout", "PT2S").with("db.connect-timeout", "PT2S")
                .with("db.connection-timeout", "PT1S").with("redis.timeout", "PT1S");
        env.seed(50);
        api = new Staff(env).signedIn(Role.REGISTRAR).api(env);
    }

    @AfterEach
    void heal() {
        db.stall(false);
        db.delay(0);
        redis.stall(false);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        db.close();
        redis.close();
    }

    record Answer(int status, long millis) {
    }

    private static List<Answer> parallel(int n, String path) throws Exception {
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(() -> {
                long t0 = System.nanoTime();
                int s = api.get(path).status();
                return new Answer(s, (System.nanoTime() - t0) / 1_000_000);
            });
        }
        List<Answer> out = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(calls)) {
            out.add(f.get());
        }
        return out;
    }

    private static String summary(List<Answer> answers) {
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
        return answers.size() + " requests, statuses " + byStatus + ", slowest "
                + answers.stream().mapToLong(Answer::millis).max().orElse(0) + " ms, median "
                + answers.stream().mapToLong(Answer::millis).sorted().skip(answers.size() / 2).findFirst().orElse(0)
                + " ms";
    }

    private static void recovers() throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        int status = 0;
        while (System.currentTimeMillis() < end && status != 200) {
            status = api.get("/api/v1/students?limit=5&sort=lastNameEn").status();
            Thread.sleep(200);
        }
        assertEquals(200, status, "works again by itself");
        for (int i = 0; i < 40; i++) {
            assertEquals(200, api.get("/api/v1/students?limit=5&page=" + (1 + i % 5)).status(),
                    "no leaked connection: 40 requests one after another");
        }
        // 12 at once fill the pool (4) and the queue (8) exactly: one leaked connection and the 12th is
        // refused at once, every round. A round may still lose one to the 1 s queue time-out when the
        // machine is starved (seen in CI beside a benchmark), so up to three rounds are allowed.
        List<Answer> round = List.of();
        for (int attempt = 0; attempt < 3; attempt++) {
            round = parallel(12, "/api/v1/students?limit=5");
            if (round.stream().allMatch(a -> a.status() == 200)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("pool (4) plus queue (8) in parallel: not all served in 3 rounds, last " + round);
    }

    @Test
    void aHangingDatabaseAnswers503WithinTheBoundAndThePoolRecovers() throws Exception {
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        db.stall(true);
        List<Answer> answers = parallel(30, "/api/v1/students?limit=5&sort=-createdAt");
        System.out.println("[figures] StallIT hanging database: " + summary(answers));
        assertTrue(answers.stream().allMatch(a -> a.status() == 503), answers.toString());
        long slowest = answers.stream().mapToLong(Answer::millis).max().orElseThrow();
        assertTrue(slowest < 8_000, "bounded by the socket and queue time-outs, not hanging: " + slowest + " ms");
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        assertTrue(threadsAfter - threadsBefore < 40, "platform threads " + threadsBefore + " -> " + threadsAfter);
        db.stall(false);
        recovers();
    }

    @Test
    void whenThePoolIsExhaustedExcessRequestsAreRefusedQuickly() throws Exception {
        db.delay(400);
        List<Answer> answers = parallel(40, "/api/v1/students?limit=5&sort=lastNameTh");
        System.out.println("[figures] StallIT pool exhaustion (DB +400 ms a chunk): " + summary(answers));
        long refused = answers.stream().filter(a -> a.status() == 503).count();
        assertTrue(refused > 0, "some are refused rather than queued: " + answers);
        assertTrue(answers.stream().filter(a -> a.status() == 503).allMatch(a -> a.millis() < 6_000),
                "refusals come within the queue and connection time-outs: " + answers);
        long quick = answers.stream().filter(a -> a.status() == 503 && a.millis() < 1_500).count();
        assertTrue(quick * 2 > refused, "most refusals are immediate (queue full) or after the 1 s queue wait: " + answers);
        assertTrue(answers.stream().allMatch(a -> a.status() == 200 || a.status() == 503), answers.toString());
        db.delay(0);
        recovers();
    }

    @Test
    void aHangingRedisAnswers503WithinItsTimeoutNeverLettingAnyoneIn() throws Exception {
        redis.stall(true);
        List<Answer> answers = parallel(20, "/api/v1/me");
        System.out.println("[figures] StallIT hanging Redis: " + summary(answers));
        assertTrue(answers.stream().allMatch(a -> a.status() == 503), answers.toString());
        assertTrue(answers.stream().mapToLong(Answer::millis).max().orElseThrow() < 6_000, answers.toString());
        redis.stall(false);
        redis.cutAll();
        long end = System.currentTimeMillis() + 20_000;
        int status = 0;
        while (System.currentTimeMillis() < end && status != 200) {
            status = api.get("/api/v1/me").status();
            Thread.sleep(200);
        }
        assertEquals(200, status, "Redis answers again: so does the server");
    }
}
