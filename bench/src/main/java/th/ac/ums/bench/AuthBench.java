package th.ac.ums.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import th.ac.ums.server.auth.PasswordHasher;
import th.ac.ums.server.platform.Infrastructure;

/**
 * B4 (the authentication path) and B5 (logins per second against a bare hash loop).
 */
final class AuthBench {
    static final String PASSWORD = "Bench-Passw0rd-Strong!";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private AuthBench() {
    }

    record B4(Histogram bare, Histogram auth, Histogram redis, double redisCallsPerRequest) {
    }

    /**
     * Sequential requests (one in flight, so latency is the cost of one request): the bare
     * route (/observe/health/live: the same HTTP stack and filter, no authentication, no limit)
     * against GET /api/v1/me/session (bearer JWT verified, one Redis script checks the session,
     * counts the call and slides the idle timeout; nothing else). Reference round trip: a Redis
     * GET from the same JVM with the same client.
     */
    static B4 b4(String db, String user, String password, int requests, PrintStream out) throws Exception {
        try (ServerProcess s = ServerProcess.start("umsbench_auth", "1g", "--fresh");
             Infrastructure infra = BenchServer.infrastructure(db, user, password, "umsbench_auth", Map.of())) {
            String token = login(s.base(), ListBench.ADMIN);
            URI bare = URI.create(s.base() + "/observe/health/live");
            URI auth = URI.create(s.base() + "/api/v1/me/session");
            for (int i = 0; i < 5_000; i++) {
                get(bare, null);
                get(auth, token);
            }
            Histogram hb = new Histogram(3);
            Histogram ha = new Histogram(3);
            long before = redisCalls(s);
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < requests / 5; i++) {
                    long t = System.nanoTime();
                    get(bare, null);
                    hb.recordValue((System.nanoTime() - t) / 1000);
                }
                for (int i = 0; i < requests / 5; i++) {
                    long t = System.nanoTime();
                    get(auth, token);
                    ha.recordValue((System.nanoTime() - t) / 1000);
                }
            }
            double perRequest = (redisCalls(s) - before) / (double) requests;
            Histogram hr = new Histogram(3);
            String key = infra.redis().key("bench");
            infra.redis().call(j -> j.set(key, "x"));
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                infra.redis().call(j -> j.get(key));
                hr.recordValue((System.nanoTime() - t) / 1000);
            }
            return new B4(hb, ha, hr, perRequest);
        }
    }

    /** Redis calls the server made so far (the ums_redis_calls timer's count). */
    static long redisCalls(ServerProcess s) throws Exception {
        return (long) s.metric("ums_redis_calls_seconds_count");
    }

    /**
     * @param cpuPerLogin server CPU seconds per sign-in over the measured window (its own /proc times)
     * @param cpuPerHash  server CPU seconds per verification of the bare hash loop, in the same JVM
     */
    record B5(double loginsPerSecond, double hashesPerSecond, int users, long logins, long failures,
              double cpuPerLogin, double cpuPerHash) {
    }

    /**
     * {@code users} accounts (one Argon2id hash computed once and stored for all: their salts are
     * equal, which changes nothing about the cost of verifying), then {@code clients} parallel
     * clients sign in round-robin for {@code seconds}. Reference: {@code threads} threads verifying
     * the same hash in a loop, in the same JVM, for the same time.
     */
    static B5 b5(String db, String user, String password, int users, int clients, int seconds, PrintStream out)
            throws Exception {
        try (ServerProcess s = ServerProcess.start("umsbench_login", "1g", "--fresh");
             Infrastructure infra = BenchServer.infrastructure(db, user, password, "umsbench_login", Map.of())) {
            PasswordHasher hasher = PasswordHasher.fromSettings(infra.settings());
            String hash = hasher.hash(PASSWORD);
            infra.db().jdbc(c -> {
                c.setAutoCommit(false);
                try (var ps = c.prepareStatement("INSERT INTO users (email, display_name, password_hash) VALUES (?, ?, ?)");
                     var role = c.prepareStatement("INSERT INTO user_roles (user_id, role) SELECT id, 'REGISTRAR' FROM users "
                             + "WHERE email LIKE 'user%'")) {
                    for (int i = 0; i < users; i++) {
                        ps.setString(1, "user" + i + "@ums.ac.th");
                        ps.setString(2, "User " + i);
                        ps.setString(3, hash);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    role.execute();
                }
                c.commit();
                return null;
            });
            out.printf("B5: %,d users created%n", users);
            for (int i = 0; i < 20; i++) {
                login(s.base(), "user" + i + "@ums.ac.th");
            }
            AtomicLong logins = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> work = new ArrayList<>();
            AtomicLong next = new AtomicLong();
            AtomicLong start = new AtomicLong(System.nanoTime());
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    while (running.get()) {
                        String email = "user" + (next.getAndIncrement() % users) + "@ums.ac.th";
                        try {
                            login(s.base(), email);
                            logins.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            // warm-up (the JIT compiles the sign-in path), then the measured window
            Thread.sleep(Math.max(5, seconds / 3) * 1000L);
            logins.set(0);
            long cpu = s.cpuNanos();
            start.set(System.nanoTime());
            Thread.sleep(seconds * 1000L);
            long measured = logins.get();
            double loginRate = measured / ((System.nanoTime() - start.get()) / 1e9);
            double cpuPerLogin = (s.cpuNanos() - cpu) / 1e9 / Math.max(1, measured);
            running.set(false);
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            // the reference: the same hasher in the server's own JVM (same flags, heap and cores), idle otherwise
            long hashCpu = s.cpuNanos();
            String[] answer = s.command("hash-loop " + seconds, Duration.ofSeconds(seconds + 120L))
                    .substring("HASH LOOP ".length()).trim().split(" ");
            hashCpu = s.cpuNanos() - hashCpu;
            double hashRate = Double.parseDouble(answer[0]);
            long hashes = answer.length > 1 ? Long.parseLong(answer[1]) : Math.round(hashRate * seconds);
            double cpuPerHash = hashCpu / 1e9 / Math.max(1, hashes);
            out.printf("  B5 %.1f logins/s, server CPU %.1f ms a sign-in; hash loop %.1f/s, %.1f ms CPU a hash%n",
                    loginRate, cpuPerLogin * 1000, hashRate, cpuPerHash * 1000);
            return new B5(loginRate, hashRate, users, measured, failures.get(), cpuPerLogin, cpuPerHash);
        }
    }

    /**
     * Argon2id verifications of {@code threads} threads verifying {@code hash} for {@code seconds}:
     * {rate per second, count}.
     */
    static double[] hashLoop(PasswordHasher bare, String hash, int threads, int seconds) throws Exception {
        AtomicLong n = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> ts = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            ts.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    bare.verify(PASSWORD, hash);
                    n.incrementAndGet();
                }
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : ts) {
            t.join();
        }
        return new double[] {n.get() / ((System.nanoTime() - start) / 1e9), n.get()};
    }

    static String login(String base, String email) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login " + r.statusCode() + " " + r.body());
            }
            String body = r.body();
            int i = body.indexOf("\"token\":\"") + 9;
            return body.substring(i, body.indexOf('"', i));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void get(URI uri, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<Void> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " -> " + r.statusCode());
        }
    }
}
