package th.ac.ums.client.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the console remembers between runs (java.util.prefs, per OS user): server address,
 * language, theme, last e-mail, and per staff user the grid filters and visible columns.
 */
public final class Settings {
    private final Preferences prefs;
    private final String defaultServer;

    public Settings(Preferences prefs, String defaultServer) {
        this.prefs = prefs;
        this.defaultServer = defaultServer;
    }

    public String serverUrl() {
        return prefs.get("server-url", defaultServer);
    }

    public void serverUrl(String url) {
        if (url != null && !url.isBlank()) {
            prefs.put("server-url", url);
        }
    }

    public String lastEmail() {
        return prefs.get("last-email", "");
    }

    public void lastEmail(String email) {
        prefs.put("last-email", email);
    }

    public Locale locale() {
        return Locale.forLanguageTag(prefs.get("locale", "en"));
    }

    public void locale(Locale locale) {
        prefs.put("locale", locale.toLanguageTag());
    }

    /** "light" (the default) or "dark". */
    public String theme() {
        return prefs.get("theme", "light");
    }

    public void theme(String theme) {
        prefs.put("theme", theme);
    }

    /** A remembered value of one user's screen (filters, column choices), or the fallback. */
    public String forUser(String email, String key, String fallback) {
        return prefs.node("users").node(safe(email)).get(key, fallback);
    }

    public void remember(String email, String key, String value) {
        prefs.node("users").node(safe(email)).put(key, value);
    }

    private static String safe(String email) {
        return email == null ? "_" : email.replace('/', '_').toLowerCase(Locale.ROOT);
    }
}
