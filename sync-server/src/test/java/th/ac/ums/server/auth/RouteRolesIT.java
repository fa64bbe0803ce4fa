package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.Features;
import th.ac.ums.server.http.Route;
import th.ac.ums.server.sessions.Session;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Walks the route table: every protected route refuses unauthenticated calls (401), refuses
 * every role it does not name (403, domain roles included) and lets the roles it names past the
 * role check. Each call gets a fresh session so that logout or revocation routes cannot spoil
 * the next call.
 */
class RouteRolesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final Map<Role, Long> users = new EnumMap<>(Role.class);

    @BeforeAll
    static void onePersonPerRole() {
        Staff staff = new Staff(env);
        for (Role role : Role.values()) {
            users.put(role, staff.create(staff.uniqueEmail(role.name()), role));
        }
    }

    private static String token(Role role) {
        Features f = env.server().features();
        Session s = f.security().sessions().start(users.get(role), role.name().toLowerCase() + "@walk", EnumSet.of(role),
                "127.0.0.1", "walk", "");
        return f.security().tokens().issue(s);
    }

    private static Api.Response call(Route route, Api api) {
        String path = route.example("999999");
        if (route.path().endsWith("/events")) {
            return api.open(path);
        }
        return switch (route.body()) {
            case NONE -> api.raw(route.method().text(), path, null, null);
            case CSV -> api.raw(route.method().text(), path, "a,b\n", "text/csv");
            default -> api.raw(route.method().text(), path, "{}", "application/json");
        };
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesTheRolesItMust() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : env.server().features().routes().routes()) {
            if (route.isPublic()) {
                continue;
            }
            String name = route.method().text() + " " + route.path();
            tests.add(DynamicTest.dynamicTest(name + " without a token", () ->
                    assertEquals(401, call(route, env.api()).status())));
            Set<Role> allowed = route.roles().isEmpty() ? Role.STAFF : route.roles();
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(name + " as " + role, () -> {
                    Api.Response r = call(route, env.api().bearer(token(role)));
                    if (allowed.contains(role)) {
                        assertNotEquals(401, r.status(), r::text);
                        assertNotEquals(403, r.status(), r::text);
                    } else {
                        assertEquals(403, r.status(), r::text);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
