package th.ac.ums.client.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.model.Role;
import th.ac.ums.server.auth.Totp;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Starts the real console against the class's real server (in-process, real MariaDB and Redis)
 * with preferences of its own, and makes staff users for it, with two-factor login if asked.
 */
public final class Console {
    private Console() {
    }

    /** A staff user: e-mail, and the TOTP secret when two-factor login is on. */
    public record User(long id, String email, String secret) {
    }

    public static App start(TestEnv env, Locale locale) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<App> app = new AtomicReference<>();
        FxToolkit.setupStage(stage -> app.set(open(stage, env, locale)));
        WaitForAsyncUtils.waitForFxEvents();
        return app.get();
    }

    /** The console with options of the test's own (server address, CA file, lab override) and fresh preferences. */
    public static App start(java.util.function.Function<Preferences, App.Options> options) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<App> app = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            App a = new App(stage, options.apply(Preferences.userRoot().node("ums-console-test/" + UUID.randomUUID())));
            a.start();
            app.set(a);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.get();
    }

    /** A second console window in the same JVM (another desk). */
    public static App another(TestEnv env) throws Exception {
        FxToolkit.registerPrimaryStage();     // the toolkit, when this is the class's first window
        AtomicReference<App> app = new AtomicReference<>();
        FxToolkit.setupFixture(() -> app.set(open(new Stage(), env, Locale.ENGLISH)));
        WaitForAsyncUtils.waitForFxEvents();
        return app.get();
    }

    private static App open(Stage stage, TestEnv env, Locale locale) {
        Preferences prefs = Preferences.userRoot().node("ums-console-test/" + UUID.randomUUID());
        App a = new App(stage, new App.Options(env.baseUrl(), prefs, locale));
        a.start();
        return a;
    }

    public static void cleanPreferences() throws BackingStoreException {
        Preferences.userRoot().node("ums-console-test").removeNode();
    }

    public static User user(TestEnv env, boolean twoFactor, Role... roles) {
        Staff staff = new Staff(env);
        String email = staff.uniqueEmail(roles[0].name());
        long id = staff.create(email, roles);
        if (!twoFactor) {
            return new User(id, email, null);
        }
        Api api = env.api().bearer(staff.login(email, Staff.PASSWORD));
        String secret = api.post("/api/v1/me/2fa/enrollment", "").json().get("secret").asText();
        Api.Response confirmed = api.post("/api/v1/me/2fa/enrollment/confirm", Map.of("code", code(env, secret)));
        assertEquals(200, confirmed.status(), confirmed::text);
        env.clock().advance(Duration.ofSeconds(30));
        return new User(id, email, secret);
    }

    /** The TOTP code for the server's (test) clock now. */
    public static String code(TestEnv env, String secret) {
        Totp totp = env.server().features().security().totp();
        return totp.code(secret, Totp.stepOf(env.clock().instant()));
    }

    public static JsonNode json(Api.Response r) {
        return r.json();
    }

    /** Waits until the sign-in has opened the shell (built on the FX thread after the user is set). */
    public static void waitForShell(App app) throws Exception {
        waitUntil(() -> app.shell() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
