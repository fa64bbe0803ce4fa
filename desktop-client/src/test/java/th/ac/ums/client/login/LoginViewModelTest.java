package th.ac.ums.client.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.AuthApi;
import th.ac.ums.client.api.ServerAddress;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Settings;
import th.ac.ums.client.task.TaskRunner;

class LoginViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final ApiClient api = new ApiClient(fake);
    private final Session session = new Session(api, TaskRunner.direct());
    private final Preferences prefs = Preferences.userRoot().node("ums-test-" + UUID.randomUUID());
    private final Settings settings = new Settings(prefs, "http://127.0.0.1:1");
    private final LoginViewModel vm = new LoginViewModel(new AuthApi(api), session, settings,
            new ServerAddress(false), TaskRunner.direct());
    private static final Map<String, Object> USER = Map.of("id", 5, "email", "reg@ums.ac.th", "displayName", "Reg",
            "roles", List.of("REGISTRAR"));

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void twoFactorAccountsGoThroughTheCodeStep() {
        fake.on("POST", "/auth/login", r -> FakeTransport.json(200, Map.of("twoFactorRequired", true,
                "challenge", "ch-1")));
        fake.on("POST", "/auth/login/2fa", r -> r.body().contains("\"ch-1\"") && r.body().contains("\"123456\"")
                ? FakeTransport.json(200, Map.of("token", "t-1", "expiresAt", "2026-11-28T22:00:00Z", "user", USER))
                : FakeTransport.problem(401, "no", List.of()));
        vm.email().set("reg@ums.ac.th");
        vm.password().set("pw");
        vm.signIn();
        assertTrue(vm.secondStep().get());
        assertNull(session.user().get());
        vm.code().set("123 456");
        vm.submitCode();
        assertNotNull(session.user().get());
        assertTrue(api.signedIn());
        assertEquals("", vm.password().get(), "the password is not kept in memory after sign-in");
    }

    @Test
    void wrongPasswordLimitsAndNoServerAreToldApart() {
        vm.email().set("reg@ums.ac.th");
        vm.password().set("pw");
        fake.on("POST", "/auth/login", r -> FakeTransport.problem(401, "Invalid credentials", List.of()));
        vm.signIn();
        assertEquals("login.bad", vm.error().get());
        fake.on("POST", "/auth/login", r -> FakeTransport.problem(429, "Too many", List.of()));
        vm.signIn();
        assertEquals("login.limited", vm.error().get());
        fake.on("POST", "/auth/login", r -> {
            throw new FakeTransport.Down();
        });
        vm.signIn();
        assertEquals("login.unreachable", vm.error().get());
    }

    @Test
    void aRefusedTokenMarksTheSessionLost() {
        fake.on("POST", "/auth/login", r -> FakeTransport.json(200, Map.of("token", "t-1", "user", USER)));
        fake.on("GET", "/me", r -> FakeTransport.problem(401, "Not authenticated", List.of()));
        vm.email().set("reg@ums.ac.th");
        vm.password().set("pw");
        vm.signIn();
        try {
            api.get("/me", Object.class);
        } catch (RuntimeException expected) {
            // the call fails; what matters is the session state
        }
        assertTrue(session.lost().get());
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedBeforeAnythingIsSentAndNotRemembered() {
        fake.on("POST", "/auth/login", r -> FakeTransport.json(200, Map.of("token", "t-1", "user", USER)));
        vm.server().set("http://10.20.30.40:8080");
        vm.email().set("reg@ums.ac.th");
        vm.password().set("pw");
        vm.signIn();
        assertEquals("login.insecureHttp", vm.error().get());
        assertEquals(0, fake.seen().size(), "the password never left the machine");
        assertEquals("http://127.0.0.1:1", settings.serverUrl(), "the refused address is not remembered");
        assertNull(session.user().get());
        vm.server().set("ums.example.ac.th");
        vm.signIn();
        assertEquals("login.badAddress", vm.error().get());
        vm.server().set("https://ums.example.ac.th");
        vm.signIn();
        assertEquals("", vm.error().get());
        assertEquals(1, fake.seen().size());
    }

    @Test
    void theLabOverrideLetsPlainHttpThrough() {
        LoginViewModel lab = new LoginViewModel(new AuthApi(api), session, settings, new ServerAddress(true),
                TaskRunner.direct());
        fake.on("POST", "/auth/login", r -> FakeTransport.json(200, Map.of("token", "t-1", "user", USER)));
        lab.server().set("http://10.20.30.40:8080");
        lab.email().set("reg@ums.ac.th");
        lab.password().set("pw");
        lab.signIn();
        assertEquals("", lab.error().get());
        assertNotNull(session.user().get());
    }

    @Test
    void anUntrustedCertificateAndARefusalByTheTransportHaveTheirOwnMessages() {
        vm.email().set("reg@ums.ac.th");
        vm.password().set("pw");
        fake.on("POST", "/auth/login", r -> {
            var handshake = new javax.net.ssl.SSLHandshakeException("PKIX path building failed");
            handshake.initCause(new java.security.cert.CertificateException("unable to find valid certification path"));
            throw new FakeTransport.Fails(handshake);
        });
        vm.signIn();
        assertEquals("login.untrusted", vm.error().get());
        fake.on("POST", "/auth/login", r -> {
            try {
                new ServerAddress(false).require("http://10.20.30.40");
                throw new AssertionError("refused");
            } catch (ServerAddress.RefusedException e) {
                throw new FakeTransport.Fails(e);
            }
        });
        vm.signIn();
        assertEquals("login.insecureHttp", vm.error().get());
    }
}
