package th.ac.ums.server.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * A cached answer costs one Redis round trip: the session check reads the cached Student 360 or
 * list total along (issue 19). Counted with the server's own Redis call counter, on two instances
 * sharing one Redis, where a change on one still reaches the other's cached answers at once.
 */
class OneRoundTripIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Infrastructure otherInfra;
    static ApiServer other;
    static String token;
    static Api a;
    static Api b;

    @BeforeAll
    static void twoInstances() {
        env.seed(300);
        token = new Staff(env).signedIn(Role.REGISTRAR).token();
        otherInfra = Infrastructure.open(env.settings(), env.clock());
        other = ApiServer.start(otherInfra);
        a = env.api().bearer(token);
        b = new Api("http://127.0.0.1:" + other.port()).bearer(token);
    }

    @AfterAll
    static void stop() {
        other.close();
        otherInfra.close();
    }

    /** Redis calls the other instance made while {@code request} ran (background calls only add). */
    static long roundTrips(Supplier<Api.Response> request) {
        long before = calls();
        Api.Response r = request.get();
        assertEquals(200, r.status(), r::text);
        return calls() - before;
    }

    static long calls() {
        return otherInfra.metrics().registry().get("ums_redis_calls").timer().count();
    }

    static List<Long> ids(int n) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode s : a.get("/api/v1/students?limit=" + n + "&sort=studentCode").json().get("data")) {
            ids.add(s.get("id").asLong());
        }
        return ids;
    }

    @Test
    void aStudent360InRedisButNotInThisInstanceCostsOneRoundTrip() {
        List<Long> ids = ids(10);
        Map<Long, byte[]> fromA = new HashMap<>();
        for (long id : ids) {
            fromA.put(id, a.get("/api/v1/students/" + id).bytes());   // cached in Redis by instance A
        }
        List<Long> trips = new ArrayList<>();
        for (long id : ids) {
            Api.Response[] answer = new Api.Response[1];
            trips.add(roundTrips(() -> answer[0] = b.get("/api/v1/students/" + id)));
            assertArrayEquals(fromA.get(id), answer[0].bytes(), "the same document from Redis");
        }
        assertTrue(trips.stream().filter(t -> t == 1).count() >= 8 && !trips.contains(0L),
                "one round trip per Redis hit (session check and document together): " + trips);
    }

    @Test
    void aListPageWithACachedTotalCostsOneRoundTrip() {
        String list = "/api/v1/students?limit=5&sort=lastNameEn&status=ACTIVE";
        JsonNode first = b.get(list).json();   // counts, caches the total, learns its key
        assertTrue(first.get("total").asLong() > 5, first::toString);
        List<Long> trips = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            trips.add(roundTrips(() -> b.get(list)));
        }
        String next = list + "&cursor=" + first.get("nextCursor").asText();
        trips.add(roundTrips(() -> b.get(next)));
        assertTrue(trips.stream().filter(t -> t == 1).count() >= 9 && !trips.contains(0L),
                "one round trip per page with a cached total, later pages too: " + trips);
        assertEquals(first.get("total").asLong(), b.get(next).json().get("total").asLong());
    }

    @Test
    void aChangeOnOneInstanceReachesTheOthersCachedStudent360AndTotals() throws Exception {
        long id = ids(1).get(0);
        String list = "/api/v1/students?limit=5&sort=lastNameEn&status=ACTIVE";
        b.get("/api/v1/students/" + id);
        b.get("/api/v1/students/" + id);   // now held by B (locally and in Redis)
        long total = b.get(list).json().get("total").asLong();
        b.get(list);                       // its total cached and prefetched
        JsonNode s = a.get("/api/v1/students/" + id).json();
        String phone = "08" + (10_000_000 + (System.nanoTime() % 80_000_000));
        Api.Response patched = env.api().bearer(token).header("If-Match", s.get("version").asText())
                .patch("/api/v1/students/" + id, Map.of("phone", phone));
        assertEquals(200, patched.status(), patched::text);
        long programId = a.get("/api/v1/programs?limit=1").json().get("data").get(0).get("id").asLong();
        Api.Response created = a.post("/api/v1/students", Map.of("firstNameTh", "สมชาย", "lastNameTh", "ใจดี",
                "firstNameEn", "Somchai", "lastNameEn", "Jaidee", "email", "ort" + System.nanoTime() + "@example.com",
                "programId", programId, "status", "ACTIVE", "admittedAt", "2026-08-03"));
        assertEquals(201, created.status(), created::text);
        long deadline = System.currentTimeMillis() + 5000;
        String seen = "";
        long counted = total;
        while ((!seen.equals(phone) || counted != total + 1) && System.currentTimeMillis() < deadline) {
            seen = b.get("/api/v1/students/" + id).json().path("phone").asText();
            counted = b.get(list).json().get("total").asLong();
            Thread.sleep(20);
        }
        assertEquals(phone, seen, "the other instance shows the change");
        assertEquals(total + 1, counted, "the other instance counts the new student");
        for (int i = 0; i < 3; i++) {   // and keeps doing so from its caches
            assertEquals(phone, b.get("/api/v1/students/" + id).json().path("phone").asText());
            assertEquals(total + 1, b.get(list).json().get("total").asLong());
            assertEquals(total + 1, a.get(list).json().get("total").asLong());
        }
    }

    @Test
    void aPrefetchedDocumentIsNotShownToACallerTheRouteRefuses() {
        long id = ids(1).get(0);
        a.get("/api/v1/students/" + id);   // cached in Redis
        for (Role role : List.of(Role.STUDENT, Role.INSTRUCTOR)) {
            String other = new Staff(env).withSession(java.util.Set.of(role)).token();
            Api.Response refused = new Api("http://127.0.0.1:" + OneRoundTripIT.other.port()).bearer(other)
                    .get("/api/v1/students/" + id);
            assertEquals(403, refused.status(), refused::text);
        }
        Api.Response anonymous = new Api("http://127.0.0.1:" + other.port()).get("/api/v1/students/" + id);
        assertEquals(401, anonymous.status());
    }
}
