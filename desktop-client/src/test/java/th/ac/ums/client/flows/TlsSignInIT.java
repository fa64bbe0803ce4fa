package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Nginx;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestCertificates;
import th.ac.ums.server.testing.TestEnv;

/**
 * The console over the network as IT deploys it: the real sign-in card, through the shipped
 * nginx.conf terminating TLS with a certificate from a CA the test made. With that CA deployed to
 * the console (a CA file, as on Linux) it signs in; without it, it refuses the certificate; and it
 * refuses plain HTTP to another computer with a message, before anything is sent.
 */
class TlsSignInIT extends FxRobot {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    @TempDir
    static Path dir;
    static TestCertificates certs;
    static Nginx nginx;

    @BeforeAll
    static void proxy() throws Exception {
        Path binary = Nginx.binary().orElse(null);
        assumeTrue(binary != null, "nginx is installed by .ci/run (Debian package nginx-light)");
        certs = TestCertificates.create(dir.resolve("tls"));
        int server = env.server().port();
        nginx = Nginx.start(binary, dir.resolve("nginx"), certs, server, server, conf -> conf);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        Console.cleanPreferences();
    }

    private void submit(String email) {
        clickOn("#email").write(email);
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
    }

    private String error() {
        return lookup("#login-error").queryAs(Label.class).getText();
    }

    private static long loginsSeenByNginx() {
        return nginx.output().lines().filter(l -> l.contains("POST /api/v1/auth/login ")).count();
    }

    @Test
    void signsInOverHttpsThroughNginxTrustingTheCaItWasGiven() throws Exception {
        Console.User u = Console.user(env, false, Role.REGISTRAR);
        App app = Console.start(prefs -> new App.Options(nginx.httpsUrl(), prefs, Locale.ENGLISH, false,
                certs.caFile()));
        submit(u.email());
        Console.waitForShell(app);
        assertTrue(nginx.output().contains("\"POST /api/v1/auth/login HTTP/1.1\" 200"), nginx.output());
    }

    @Test
    void refusesAServerCertificateFromACaItDoesNotTrust() throws Exception {
        Console.User u = Console.user(env, false, Role.REGISTRAR);
        long before = loginsSeenByNginx();
        App app = Console.start(prefs -> new App.Options(nginx.httpsUrl(), prefs, Locale.ENGLISH, false, null));
        submit(u.email());
        waitUntil(() -> !error().isEmpty());
        assertEquals(app.i18n().get("login.untrusted"), error());
        assertNull(app.shell());
        assertEquals(before, loginsSeenByNginx(), "no request was sent over the untrusted connection");
    }

    @Test
    void refusesPlainHttpToAnotherComputerWithAClearMessage() throws Exception {
        App app = Console.start(prefs -> new App.Options("http://10.20.30.40:8080", prefs, Locale.ENGLISH));
        submit("registrar@ums.ac.th");
        waitUntil(() -> !error().isEmpty());
        assertEquals(app.i18n().get("login.insecureHttp"), error());
        assertTrue(error().startsWith("Refused: http:// would send your password"), error());
        assertNull(app.shell());
    }
}
