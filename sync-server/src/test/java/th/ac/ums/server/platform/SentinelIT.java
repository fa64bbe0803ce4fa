package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Redis high availability through Sentinel, on loopback: a master, a replica and a Sentinel
 * (real redis-server processes). The server finds the master through the Sentinel; when the master
 * dies, the Sentinel promotes the replica and the server follows it by itself: sessions that were
 * replicated survive, sign-in works again, and while there is no master requests get 503, never
 * unauthenticated access. (Replication is asynchronous: the test waits until the replica has
 * acknowledged the session, as Redis' WAIT does, before it kills the master.)
 */
class SentinelIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    @TempDir
    static Path dir;
    static final List<Process> processes = new ArrayList<>();
    static Process master;
    static int masterPort;
    static int replicaPort;
    static int sentinelPort;

    @BeforeAll
    static void start() throws Exception {
        Path redis = Path.of("/usr/bin/redis-server");
        assumeTrue(Files.isExecutable(redis), "redis-server (Debian redis-server) is needed");
        masterPort = freePort();
        replicaPort = freePort();
        sentinelPort = freePort();
        master = redis(List.of("--port", Integer.toString(masterPort)));
        redis(List.of("--port", Integer.toString(replicaPort), "--replicaof", "127.0.0.1", Integer.toString(masterPort)));
        Path conf = dir.resolve("sentinel.conf");
        Files.writeString(conf, String.join("\n", "port " + sentinelPort, "bind 127.0.0.1", "dir " + dir,
                "sentinel monitor umsmaster 127.0.0.1 " + masterPort + " 1",
                "sentinel down-after-milliseconds umsmaster 1000", "sentinel failover-timeout umsmaster 5000",
                "sentinel parallel-syncs umsmaster 1", ""));
        processes.add(new ProcessBuilder(redis.toString(), conf.toString(), "--sentinel").redirectErrorStream(true)
                .redirectOutput(dir.resolve("sentinel.log").toFile()).start());
        Thread.sleep(1500);
        env.with("redis.sentinel.master-name", "umsmaster").with("redis.sentinel.nodes", "127.0.0.1:" + sentinelPort)
                .with("redis.url", "redis://127.0.0.1:" + masterPort + "/0");
    }

    private static Process redis(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/redis-server", "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--dir", dir.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis-" + args.get(1) + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    @AfterAll
    static void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void whenTheMasterDiesTheServerFollowsThePromotedReplica() throws Exception {
        Staff staff = new Staff(env);
        Staff.Person person = staff.signedIn(Role.REGISTRAR);
        Api api = person.api(env);
        assertEquals(200, api.get("/api/v1/me").status());
        try (redis.clients.jedis.Jedis direct = new redis.clients.jedis.Jedis("127.0.0.1", masterPort)) {
            long end = System.currentTimeMillis() + 20_000;
            while (!direct.info("replication").contains("state=online") && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            assertEquals(1L, direct.waitReplicas(1, 5_000), "the replica has everything written so far");
        }
        // Sentinel learns of replicas from the master's INFO every 10 s: without one known, no failover
        try (redis.clients.jedis.Jedis sentinel = new redis.clients.jedis.Jedis("127.0.0.1", sentinelPort)) {
            long end = System.currentTimeMillis() + 30_000;
            while (sentinel.sentinelReplicas("umsmaster").stream().noneMatch(r -> String.valueOf(r.get("flags"))
                    .equals("slave")) && System.currentTimeMillis() < end) {
                Thread.sleep(200);
            }
        }
        master.destroyForcibly();
        master.waitFor(10, TimeUnit.SECONDS);
        List<Integer> statuses = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < end) {
            status = api.get("/api/v1/me").status();
            statuses.add(status);
            if (status == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(200, status, "recovered by itself after failover; statuses seen: " + statuses);
        assertEquals(List.of(), statuses.stream().filter(s -> s != 200 && s != 503).toList(),
                "while there was no master: 503 only, never 401 or an open door");
        assertEquals(200, new Api(env.baseUrl()).post("/api/v1/auth/login",
                Map.of("email", person.email(), "password", Staff.PASSWORD)).status(), "sign-in works on the new master");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
