package th.ac.ums.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import th.ac.ums.model.Role;
import th.ac.ums.server.Features;
import th.ac.ums.server.commands.CreateAdminCommand;
import th.ac.ums.server.sessions.Session;

/**
 * Test-data builders for people: staff users created in the class's database, signed in through
 * the API, or (for roles that cannot sign in to the console) given a session directly.
 */
public final class Staff {
    public static final String PASSWORD = "Correct-H0rse-Battery!";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final TestEnv env;

    public Staff(TestEnv env) {
        this.env = env;
    }

    /** A signed-in user. */
    public record Person(long id, String email, String token) {
        public Api api(TestEnv env) {
            return env.api().bearer(token);
        }
    }

    public long create(String email, Role... roles) {
        Features f = env.server().features();
        return CreateAdminCommand.create(env.infrastructure().db(), f.security().hasher(), env.clock(), email,
                "Test " + email, PASSWORD, roles.length == 0 ? EnumSet.of(Role.ADMIN) : EnumSet.of(roles[0], roles));
    }

    public String uniqueEmail(String role) {
        return role.toLowerCase() + SEQ.incrementAndGet() + "@test.ums.ac.th";
    }

    /** Creates a user with these roles and signs in through POST /auth/login. */
    public Person signedIn(Role... roles) {
        String email = uniqueEmail(roles.length == 0 ? "admin" : roles[0].name());
        long id = create(email, roles);
        return new Person(id, email, login(email, PASSWORD));
    }

    public String login(String email, String password) {
        Api.Response r = env.api().post("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertEquals(200, r.status(), r::text);
        return r.json().get("token").asText();
    }

    /** A fresh session of an existing user with these roles, made directly, as an API client. */
    public Api session(long userId, Set<Role> roles) {
        Features f = env.server().features();
        Session s = f.security().sessions().start(userId, "session" + userId + "@walk", roles, "127.0.0.1", "test", "");
        return env.api().bearer(f.security().tokens().issue(s));
    }

    /** How many passwords the server has checked (real and dummy hashes), from its metrics. */
    public double passwordChecks() {
        return env.api().get("/observe/metrics").text().lines()
                .filter(l -> l.startsWith("ums_login_password_checks_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    /** A session made directly (for domain roles, which the login refuses) and its token. */
    public Person withSession(Set<Role> roles) {
        String email = uniqueEmail(roles.iterator().next().name());
        long id = create(email, roles.toArray(Role[]::new));
        Features f = env.server().features();
        Session s = f.security().sessions().start(id, email, roles, "127.0.0.1", "test", "");
        return new Person(id, email, f.security().tokens().issue(s));
    }
}
