package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
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
 * Two instances on one database and Redis: only one keeps the report rollups; both serve them;
 * when the leader dies (its lock left to expire) the other takes over and refreshes.
 */
class ReportLeaderFailoverIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv().with("reports.leader-ttl", "PT1.5S");
    static Infrastructure secondInfra;
    static ApiServer first;
    static ApiServer second;

    @BeforeAll
    static void startTwoInstances() {
        env.seed(200);
        first = env.server();
        second = ApiServer.start(secondInfra = Infrastructure.open(env.settings(), env.clock()));
    }

    @AfterAll
    static void stopThem() {
        for (AutoCloseable c : new AutoCloseable[] {second, secondInfra}) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("[tests] " + e.getMessage());
            }
        }
    }

    private static Api on(ApiServer server, String token) {
        return new Api("http://127.0.0.1:" + server.port()).bearer(token);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within 10 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void whenTheLeaderDiesTheOtherInstanceTakesOverAndRefreshes() throws Exception {
        RollupRefresher leader = first.features().rollups();
        RollupRefresher follower = second.features().rollups();
        assertTrue(leader.leader(), "the first instance took the lock");
        assertFalse(follower.leader(), "one leader at a time");
        String token = new Staff(env).signedIn(Role.FINANCE).token();
        Api viaSecond = on(second, token);
        JsonNode before = viaSecond.get("/api/v1/reports/finance").json();
        assertEquals(200, viaSecond.get("/api/v1/reports/aging").status(), "a follower serves the leader's rollups");

        leader.halt();
        env.clock().advance(Duration.ofSeconds(1));
        Instant now = env.clock().instant();
        ReportRollupsIT.pay(viaSecond, ReportRollupsIT.openInvoice(viaSecond), "77.00", now);

        await("the second instance takes the lock", follower::leader);
        BigDecimal expected = ReportRollupsIT.money(before, "outstanding").subtract(new BigDecimal("77.00"));
        JsonNode after = ReportRollupsIT.until(on(first, token), "/api/v1/reports/finance",
                f -> ReportRollupsIT.money(f, "outstanding").equals(expected));
        assertTrue(Instant.parse(after.get("asOfTime").asText()).isAfter(Instant.parse(before.get("asOfTime")
                .asText())));
        assertFalse(leader.leader());
    }
}
