package th.ac.ums.client.shell;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.AuthApi;
import th.ac.ums.client.api.MeApi;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.task.TaskRunner;

/**
 * Navigation (only the screens the roles allow), session state, the offline probe, logout, and
 * the university's time zone from {@code GET /me} (Asia/Bangkok until, or unless, it says).
 */
public final class ShellViewModel {
    private final Session session;
    private final AuthApi auth;
    private final ApiClient api;
    private final TaskRunner tasks;
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(Screen.DASHBOARD);
    private final StringProperty status = new SimpleStringProperty("");
    private volatile boolean probing;

    public ShellViewModel(Session session, ApiClient api, TaskRunner tasks, Formats formats) {
        this.session = session;
        this.api = api;
        this.auth = new AuthApi(api);
        this.tasks = tasks;
        session.online().addListener((o, was, now) -> {
            if (!now) {
                startProbe();
            }
        });
        tasks.run(() -> new MeApi(api).me(), me -> formats.zone(me.timeZone()), e -> formats.zone((String) null));
    }

    public List<Screen> screens() {
        return Arrays.stream(Screen.values()).filter(s -> s.visibleTo(session)).toList();
    }

    public ObjectProperty<Screen> current() {
        return current;
    }

    public StringProperty status() {
        return status;
    }

    public Session session() {
        return session;
    }

    public void logout(Runnable done) {
        tasks.run(() -> {
            try {
                auth.logout();
            } catch (RuntimeException e) {
                api.token(null);
            }
            return null;
        }, ok -> finish(done), e -> finish(done));
    }

    private void finish(Runnable done) {
        session.lost().set(false);
        session.user().set(null);
        done.run();
    }

    /** While offline, asks the server every two seconds; the first answer ends the banner. */
    private void startProbe() {
        if (probing) {
            return;
        }
        probing = true;
        tasks.background(() -> {
            while (!api.reachable() && api.signedIn()) {
                try {
                    Thread.sleep(2000);
                    api.get("/me/session", com.fasterxml.jackson.databind.JsonNode.class);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (RuntimeException e) {
                    // still down: try again
                }
            }
            probing = false;
        });
    }
}
