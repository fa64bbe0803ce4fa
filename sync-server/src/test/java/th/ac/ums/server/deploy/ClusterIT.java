package th.ac.ums.server.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Nginx;
import th.ac.ums.server.testing.ServerProcess;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestCertificates;
import th.ac.ums.server.testing.TestEnv;

/**
 * Two packaged servers (separate JVMs) on one database and Redis, behind a real nginx running the
 * shipped nginx.conf with TLS (a CA and certificate made by the test): plain HTTP only redirects,
 * HTTPS carries HSTS, sign-in through nginx, requests spread over both, a session revoked on one is
 * refused by the other, login limits shared, a write on one reaches an SSE client of the other, and
 * killing one server in the middle of a run of payments loses no acknowledged payment and duplicates
 * none when the client retries with its idempotency key.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    @TempDir
    static Path dir;
    static ServerProcess one;
    static ServerProcess two;
    static Nginx nginx;
    static TestCertificates certs;
    static int portOne;
    static int portTwo;

    @BeforeAll
    static void cluster() throws Exception {
        Path binary = Nginx.binary().orElse(null);
        assumeTrue(binary != null, "nginx is installed by .ci/run (Debian package nginx-light)");
        env.seed(60);
        portOne = Nginx.freePort();
        portTwo = Nginx.freePort();
        one = server(portOne);
        two = server(portTwo);
        certs = TestCertificates.create(dir.resolve("tls"));
        nginx = Nginx.start(binary, dir, certs, portOne, portTwo, conf -> conf.replace("least_conn;", ""));
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        for (ServerProcess s : new ServerProcess[] {one, two}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static ServerProcess server(int port) throws Exception {
        Map<String, String> e = env.serverEnvironment(port);
        e.put("UMS_TRUSTED_PROXIES", "127.0.0.1");
        ServerProcess p = ServerProcess.start(e, null, "serve");
        p.awaitLine(l -> l.contains("UMS sync server listening"), Duration.ofSeconds(60));
        return p;
    }

    /** nginx's TLS side, trusting the test's CA only. */
    private static Api nginx() {
        return Api.tls(nginx.httpsUrl(), certs.clientContext());
    }

    private static String login(String base, String email) {
        return login(new Api(base), email);
    }

    private static String login(Api api, String email) {
        Api.Response r = api.post("/api/v1/auth/login", Map.of("email", email, "password", Staff.PASSWORD));
        assertEquals(200, r.status(), r::text);
        return r.json().get("token").asText();
    }

    @Test
    void signInThroughNginxAndRequestsLandOnBothServersWithTheRealClientAddress() {
        String email = new Staff(env).uniqueEmail("registrar");
        new Staff(env).create(email, Role.REGISTRAR);
        String token = login(nginx(), email);
        for (int i = 0; i < 12; i++) {
            Api.Response r = nginx().bearer(token).header("X-Request-Id", "cluster-spread-" + i)
                    .header("X-Forwarded-For", "6.6.6.6").get("/api/v1/students?limit=5");
            assertEquals(200, r.status(), r::text);
        }
        long onOne = one.output().lines().filter(l -> l.contains("cluster-spread-")).count();
        long onTwo = two.output().lines().filter(l -> l.contains("cluster-spread-")).count();
        assertTrue(onOne > 0 && onTwo > 0, "served by both: " + onOne + " and " + onTwo);
        assertFalse(one.output().contains("ip=6.6.6.6") || two.output().contains("ip=6.6.6.6"),
                "a client-sent X-Forwarded-For is replaced by nginx, never believed");
    }

    @Test
    void plainHttpAnswersOnlyARedirectToHttpsAndReachesNoServer() {
        Api.Response r = new Api(nginx.httpUrl()).header("X-Request-Id", "cluster-plain-http")
                .post("/api/v1/auth/login", Map.of("email", "someone@ums.ac.th", "password", Staff.PASSWORD));
        assertEquals(301, r.status(), r::text);
        assertEquals("https://127.0.0.1/api/v1/auth/login", r.header("Location"));
        assertFalse(one.output().contains("cluster-plain-http") || two.output().contains("cluster-plain-http"),
                "the request in clear text never reached a server");
    }

    @Test
    void httpsAnswersCarryHstsAndNegotiateTls13() throws Exception {
        Api.Response r = nginx().get("/api/v1/me");
        assertEquals(401, r.status(), r::text);
        assertEquals("max-age=63072000", r.header("Strict-Transport-Security"), "HSTS even on an error answer");
        javax.net.ssl.SSLSocketFactory factory = certs.clientContext().getSocketFactory();
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) factory.createSocket("localhost",
                nginx.httpsPort())) {
            socket.startHandshake();
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
        }
    }

    @Test
    void aSessionEndedOnOneServerIsRefusedByTheOther() {
        String email = new Staff(env).uniqueEmail("finance");
        new Staff(env).create(email, Role.FINANCE);
        String token = login("http://127.0.0.1:" + portOne, email);
        assertEquals(200, new Api("http://127.0.0.1:" + portTwo).bearer(token).get("/api/v1/me").status());
        assertEquals(204, new Api("http://127.0.0.1:" + portOne).bearer(token).post("/api/v1/auth/logout", "")
                .status());
        assertEquals(401, new Api("http://127.0.0.1:" + portTwo).bearer(token).get("/api/v1/me").status());
    }

    @Test
    void failedSignInsCountOnceAcrossBothServers() {
        String email = new Staff(env).uniqueEmail("helpdesk");
        new Staff(env).create(email, Role.HELPDESK);
        for (int i = 0; i < 5; i++) {
            String base = "http://127.0.0.1:" + (i % 2 == 0 ? portOne : portTwo);
            assertEquals(401, new Api(base).post("/api/v1/auth/login", Map.of("email", email, "password",
                    "Wrong-passw0rd!")).status());
        }
        Api.Response sixth = new Api("http://127.0.0.1:" + portTwo).post("/api/v1/auth/login",
                Map.of("email", email, "password", Staff.PASSWORD));
        assertEquals(429, sixth.status(), "5 failures spread over two servers block the pair: " + sixth.text());
    }

    @Test
    void aWriteOnOneServerReachesAnEventStreamOnTheOther() throws Exception {
        String email = new Staff(env).uniqueEmail("registrar");
        new Staff(env).create(email, Role.REGISTRAR);
        String token = login("http://127.0.0.1:" + portOne, email);
        JsonNode student = new Api("http://127.0.0.1:" + portOne).bearer(token).get("/api/v1/students?limit=1")
                .json().get("data").get(0);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + portTwo + "/api/v1/events")).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("data:") && line.contains("\"student\"")
                            && line.contains("\"" + student.get("id").asText() + "\"")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        Thread.sleep(500);
        Api.Response patched = new Api("http://127.0.0.1:" + portOne).bearer(token)
                .header("If-Match", student.get("version").asText())
                .patch("/api/v1/students/" + student.get("id").asText(), Map.of("phone", "0812223333"));
        assertEquals(200, patched.status(), patched::text);
        String line = seen.get(20, TimeUnit.SECONDS);
        assertTrue(line != null && line.contains("update"), String.valueOf(line));
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void killingOneServerMidRunLosesNoAcknowledgedPaymentAndDuplicatesNone() throws Exception {
        String email = new Staff(env).uniqueEmail("finance");
        new Staff(env).create(email, Role.FINANCE);
        String token = login(nginx(), email);
        JsonNode invoice = nginx().bearer(token).get("/api/v1/invoices?status=OVERDUE&limit=1").json().get("data").get(0);
        long invoiceId = invoice.get("id").asLong();
        int before = nginx().bearer(token).get("/api/v1/payments?invoiceId=" + invoiceId + "&limit=100").json()
                .get("data").size();
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        int payments = 30;
        for (int i = 0; i < payments; i++) {
            if (i == 10) {
                one.close();
            }
            String key = "cluster-pay-" + invoiceId + "-" + i;
            Map<String, Object> body = Map.of("invoiceId", invoiceId, "amount", "1.00", "method", "CASH",
                    "reference", key);
            for (int attempt = 0; attempt < 8 && !acknowledged.containsKey(key); attempt++) {
                Thread.sleep(120);
                Api.Response r = nginx().bearer(token).header("Idempotency-Key", key).post("/api/v1/payments", body);
                if (r.status() == 201 || r.status() == 200) {
                    acknowledged.put(key, r.status());
                } else {
                    Thread.sleep(500);
                }
            }
        }
        assertEquals(payments, acknowledged.size(), "every payment was acknowledged (after retries)");
        JsonNode after = nginx().bearer(token).get("/api/v1/payments?invoiceId=" + invoiceId + "&limit=100").json()
                .get("data");
        assertEquals(before + payments, after.size(), "one payment per key: none lost, none twice");
        JsonNode inv = nginx().bearer(token).get("/api/v1/invoices/" + invoiceId).json();
        assertEquals(new BigDecimal(invoice.get("paid").asText()).add(new BigDecimal(payments)),
                new BigDecimal(inv.get("paid").asText()), "the invoice's paid total follows the payments");
    }
}
