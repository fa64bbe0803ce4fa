package th.ac.ums.client;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. Options: {@code --server=URL} (or the environment's UMS_SERVER_URL;
 * otherwise the address last used), {@code --lang=th|en}, {@code --theme=light|dark} (otherwise the
 * one last chosen in the console), {@code --allow-insecure-http} (a lab's
 * override: plain HTTP to other computers, logged as a warning), and {@code --smoke-test} (render
 * the login screen and build the TLS trust, then exit 0: what CI runs on the installed app).
 */
public final class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String server = option(args, "--server=");
        if (server == null) {
            server = System.getenv("UMS_SERVER_URL");
        }
        String lang = option(args, "--lang=");
        App.Options defaults = App.Options.defaults();
        String theme = option(args, "--theme=");
        App app = new App(stage, new App.Options(server, defaults.prefs(),
                lang == null ? null : Locale.forLanguageTag(lang), args.contains("--allow-insecure-http"), null,
                theme == null ? null : th.ac.ums.client.ui.Theme.of(theme)));
        app.openLinksWith(url -> getHostServices().showDocument(url));
        app.start();
        if (args.contains("--smoke-test")) {
            Platform.runLater(() -> {
                boolean rendered = stage.getScene() != null && stage.getScene().getRoot().lookup("#sign-in") != null;
                System.out.println(rendered ? "smoke test: login screen rendered" : "smoke test: login screen missing");
                // the bundled font, whatever the desk has: three Thai letters are three letters, not boxes
                boolean thai = th.ac.ums.client.ui.ThaiFont.rendersThai();
                System.out.println(thai ? "smoke test: Thai glyphs rendered in " + th.ac.ums.client.ui.ThaiFont.FAMILY
                        : "smoke test: Thai glyphs missing");
                System.out.println("smoke test: trusts " + app.trust().size() + " CAs " + app.trust().sources()
                        + ", TLS " + String.join(",", app.trust().sslContext().getDefaultSSLParameters().getProtocols()));
                Platform.exit();
                if (!rendered || !thai) {
                    System.exit(1);
                }
            });
        }
    }

    private static String option(List<String> args, String prefix) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse(null);
    }
}
