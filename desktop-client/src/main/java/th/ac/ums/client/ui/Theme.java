package th.ac.ums.client.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The console's look: AtlantaFX Primer (light by default, dark on request) as the user-agent
 * stylesheet for every window, and {@code console.css} for the few things of our own (the app
 * bar, field errors, the focus ring), written with the theme's colour variables so that both
 * variants follow. Dialogs call {@link #style(Scene)} so they look the same.
 */
public enum Theme {
    LIGHT, DARK;

    private static final String CONSOLE_CSS = Theme.class.getResource("/th/ac/ums/client/console.css")
            .toExternalForm();
    private static volatile Theme current = LIGHT;

    /** "dark" or "light" (any case); anything else is the light theme. */
    public static Theme of(String name) {
        return name != null && name.trim().toLowerCase(Locale.ROOT).equals("dark") ? DARK : LIGHT;
    }

    /** Makes this the theme of every window from now on (user-agent stylesheet of the application). */
    public void apply() {
        ThaiFont.load();
        current = this;
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static Theme current() {
        return current;
    }

    /** Adds our own stylesheet to a scene (the main window and each dialog). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(CONSOLE_CSS)) {
            scene.getStylesheets().add(CONSOLE_CSS);
        }
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
