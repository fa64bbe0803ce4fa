package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Two server instances on the same database and Redis act as one: a revocation made through one
 * kills the token on the other at its next request. */
class RevocationAcrossInstancesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Infrastructure secondInfra;
    static ApiServer second;

    @BeforeAll
    static void startSecondInstance() {
        env.server();
        secondInfra = Infrastructure.open(env.settings(), env.clock());
        second = ApiServer.start(secondInfra);
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
        secondInfra.close();
    }

    private static Api onSecond(String token) {
        return new Api("http://127.0.0.1:" + second.port()).bearer(token);
    }

    @Test
    void aSessionRevokedOnOneInstanceIsRefusedByTheOther() {
        Staff staff = new Staff(env);
        Staff.Person registrar = staff.signedIn(Role.REGISTRAR);
        assertEquals(200, onSecond(registrar.token()).get("/api/v1/me").status(), "a token works on any instance");
        String sessionId = onSecond(registrar.token()).get("/api/v1/me").json().get("sessionId").asText();
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        assertEquals(204, helpdesk.delete("/api/v1/sessions/" + sessionId).status());
        assertEquals(401, onSecond(registrar.token()).get("/api/v1/me").status());
        assertEquals(401, registrar.api(env).get("/api/v1/me").status());
    }

    @Test
    void logoutOnOneInstanceEndsTheTokenOnTheOther() {
        Staff.Person finance = new Staff(env).signedIn(Role.FINANCE);
        assertEquals(204, onSecond(finance.token()).post("/api/v1/auth/logout", "").status());
        assertEquals(401, finance.api(env).get("/api/v1/me").status());
    }
}
