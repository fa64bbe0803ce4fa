package th.ac.ums.client;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.AuthApi;
import th.ac.ums.client.api.ConsoleTrust;
import th.ac.ums.client.api.HttpTransport;
import th.ac.ums.client.api.ServerAddress;
import th.ac.ums.client.cache.ChangeFeed;
import th.ac.ums.client.login.LoginView;
import th.ac.ums.client.login.LoginViewModel;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.shell.ShellView;
import th.ac.ums.client.shell.ShellViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;
import th.ac.ums.client.ui.Theme;
import th.ac.ums.client.ui.Settings;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.update.UpdateNotice;

/**
 * Composition root: settings, theme, language and formats, the API client, the task runner, the
 * session and the change feed; the login card until someone signs in, then the shell with their
 * screens.
 */
public final class App {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(App.class);
    /**
     * Where the console points and what it remembers (tests give each run its own preferences);
     * whether plain HTTP to other computers is allowed (a lab's {@code --allow-insecure-http}); a
     * CA file to trust besides the machine's ({@link ConsoleTrust}; null: UMS_CONSOLE_CA_FILE or
     * the default path); the theme (null: the one last chosen, light at first).
     */
    public record Options(String serverUrl, Preferences prefs, Locale locale, boolean allowInsecureHttp,
                          Path caFile, Theme theme) {
        public Options(String serverUrl, Preferences prefs, Locale locale, boolean allowInsecureHttp, Path caFile) {
            this(serverUrl, prefs, locale, allowInsecureHttp, caFile, null);
        }

        public Options(String serverUrl, Preferences prefs, Locale locale) {
            this(serverUrl, prefs, locale, false, null, null);
        }

        public static Options defaults() {
            return new Options(null, Preferences.userRoot().node("th/ac/ums/console"), null);
        }
    }

    private final Stage stage;
    private final Settings settings;
    private final I18n i18n;
    private final Formats formats;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final TaskRunner tasks = TaskRunner.forFx();
    private final ServerAddress addresses;
    private final ConsoleTrust trust;
    private final ApiClient api;
    private final Session session;
    private final ChangeFeed feed;
    private final UpdateNotice updates;
    /** The window's content: the update bar on top, the login card or the shell (or the update card) below. */
    private final javafx.scene.layout.BorderPane frame = new javafx.scene.layout.BorderPane();
    private java.util.function.Consumer<String> browser = url -> LOG.info("open {} in a browser", url);
    private Screens screens;
    private ShellView shell;

    public App(Stage stage, Options options) {
        this.stage = stage;
        this.settings = new Settings(options.prefs(), "http://127.0.0.1:8080", th.ac.ums.client.ui.MachineSettings.load());
        if (options.serverUrl() != null) {
            settings.serverUrl(options.serverUrl());
        }
        this.i18n = new I18n(options.locale() != null ? options.locale() : settings.locale());
        i18n.locale().addListener((o, a, b) -> settings.locale(b));
        this.formats = new Formats(i18n);
        theme.set(options.theme() != null ? options.theme() : Theme.of(settings.theme()));
        theme.addListener((o, a, b) -> {
            b.apply();
            settings.theme(b.name().toLowerCase(Locale.ROOT));
        });
        this.addresses = new ServerAddress(options.allowInsecureHttp());
        this.trust = ConsoleTrust.ofThisMachine(options.caFile());
        this.api = new ApiClient(new HttpTransport(settings::serverUrl, addresses, trust.sslContext()));
        this.session = new Session(api, tasks);
        this.feed = new ChangeFeed(api, tasks);
        this.updates = new UpdateNotice(api, tasks, i18n, url -> browser.accept(url));
        frame.setTop(updates.bar());
        updates.mustUpdate().addListener((o, was, now) -> {
            if (now) {
                frame.setCenter(updates.card());
            }
        });
        session.user().addListener((o, was, now) -> {
            if (was == null && now != null) {
                try {
                    showShell();
                } catch (RuntimeException e) {
                    LOG.error("could not open the console", e);
                    throw e;
                }
            }
        });
    }

    public void start() {
        theme.get().apply();
        stage.titleProperty().bind(i18n.text("app.title"));
        LoginView first = login(false);
        show(first.root());
        stage.setScene(new Scene(frame, 1280, 800));
        Theme.style(stage.getScene());
        Keys.install(stage.getScene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (shell != null) {
                e.consume();
                shell.leave(stage::close);
            }
        });
        stage.show();
        first.focusFirst();
        updates.check();
    }

    /** Shows the login card or the shell, unless the server has refused this console as too old. */
    private void show(Parent content) {
        if (!updates.mustUpdate().get()) {
            frame.setCenter(content);
        }
    }

    /** How links open in the desk's browser (DesktopApp passes its host services). */
    public void openLinksWith(java.util.function.Consumer<String> opener) {
        this.browser = opener;
    }

    /** The version handshake's bar and card. */
    public UpdateNotice updates() {
        return updates;
    }

    private LoginView login(boolean again) {
        LoginViewModel vm = new LoginViewModel(new AuthApi(api), session, settings, addresses, tasks);
        LoginView view = new LoginView(vm, i18n);
        Parent p = view.root();
        if (again) {
            p.getStyleClass().add("relogin-layer");
            session.lost().addListener((o, was, now) -> {
                if (now) {
                    view.focusFirst();
                }
            });
        }
        return view;
    }

    private void showShell() {
        ShellViewModel vm = new ShellViewModel(session, api, tasks, formats);
        screens = new Screens(api, session, settings, feed, tasks, formats);
        shell = new ShellView(vm, formats, screens::build, theme, this::signedOut);
        screens.shell(shell);
        show(shell.root(login(true).root()));
        feed.start();
        updates.check();
    }

    private void signedOut() {
        feed.stop();
        screens = null;
        shell = null;
        LoginView view = login(false);
        show(view.root());
        view.focusFirst();
    }

    /** Points the console at another server address (the login form's field does the same). */
    public void pointAt(String url) {
        settings.serverUrl(url);
    }

    /** What the window shows now: the login card or the shell. */
    public javafx.scene.Node shellOrLogin() {
        // the content under the update bar: the shell's own keys (F1, …) are handlers on its root
        return frame.getCenter();
    }

    public ApiClient api() {
        return api;
    }

    /** The CAs this console trusts (the smoke test reports them). */
    public ConsoleTrust trust() {
        return trust;
    }

    public Session session() {
        return session;
    }

    public I18n i18n() {
        return i18n;
    }

    public Formats formats() {
        return formats;
    }

    /** The theme in use; setting it restyles every window and is remembered. */
    public ObjectProperty<Theme> theme() {
        return theme;
    }

    public ShellView shell() {
        return shell;
    }

    /** The students screen once shown (tests read its grid). */
    public th.ac.ums.client.students.StudentsView studentsView() {
        return screens == null ? null : screens.students();
    }

    /** The finance dashboard once shown. */
    public th.ac.ums.client.finance.AgingView agingView() {
        return screens == null ? null : screens.aging();
    }

    /** The bank payments screen once shown. */
    public th.ac.ums.client.bank.BankView bankView() {
        return screens == null ? null : screens.bank();
    }

    /** The invoices screen once shown. */
    public th.ac.ums.client.finance.InvoicesView invoicesView() {
        return screens == null ? null : screens.invoices();
    }

    public th.ac.ums.client.helpdesk.HelpdeskView helpdeskView() {
        return screens == null ? null : screens.helpdesk();
    }
}
