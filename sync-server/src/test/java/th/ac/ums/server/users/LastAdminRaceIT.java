package th.ac.ums.server.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The last enabled administrator cannot be removed, even by two administrators who remove each
 * other at the same moment (found by an independent tester: both PATCHes answered 200 and the
 * university had no administrator left).
 */
class LastAdminRaceIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    private static long admins() {
        return env.infrastructure().db().read(exec -> exec.get("SELECT COUNT(*) AS n FROM user_roles r JOIN users u "
                + "ON u.id = r.user_id WHERE r.role = 'ADMIN' AND u.disabled = FALSE").map(r -> Rows.lng(r, "n"))
                .orElse(0L));
    }

    private static Api.Response demote(Api by, long who) {
        long version = by.get("/api/v1/users/" + who).json().get("version").asLong();
        return by.header("If-Match", String.valueOf(version)).patch("/api/v1/users/" + who,
                Map.of("roles", List.of("HELPDESK")));
    }

    @Test
    void twoAdministratorsRemovingEachOtherAtOnceLeaveOne() throws Exception {
        Staff staff = new Staff(env);
        long a = staff.create(staff.uniqueEmail("admin"), Role.ADMIN);
        long b = staff.create(staff.uniqueEmail("admin"), Role.ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 10; round++) {
            assertEquals(2, admins());
            Api asA = staff.session(a, EnumSet.of(Role.ADMIN));
            Api asB = staff.session(b, EnumSet.of(Role.ADMIN));
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Api.Response>> calls = new ArrayList<>();
            calls.add(() -> {
                go.await();
                return demote(asA, b);
            });
            calls.add(() -> {
                go.await();
                return demote(asB, a);
            });
            List<Future<Api.Response>> answers = new ArrayList<>();
            calls.forEach(c -> answers.add(pool.submit(c)));
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> f : answers) {
                statuses.add(f.get().status());
            }
            assertEquals(1, admins(), "round " + round + ": " + statuses);
            assertEquals(1, statuses.stream().filter(st -> st == 200).count(), "round " + round + ": " + statuses);
            assertTrue(statuses.contains(409) || statuses.contains(403), "round " + round + ": " + statuses);
            long survivor = statuses.get(0) == 200 ? a : b;
            long demoted = survivor == a ? b : a;
            Api asSurvivor = staff.session(survivor, EnumSet.of(Role.ADMIN));
            long version = asSurvivor.get("/api/v1/users/" + demoted).json().get("version").asLong();
            assertEquals(200, asSurvivor.header("If-Match", String.valueOf(version)).patch("/api/v1/users/" + demoted,
                    Map.of("roles", List.of("ADMIN"))).status());
        }
        pool.shutdown();
    }
}
