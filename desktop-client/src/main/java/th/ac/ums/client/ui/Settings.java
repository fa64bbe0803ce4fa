package th.ac.ums.client.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the console remembers between runs (java.util.prefs, per OS user): server address,
 * language, theme, last e-mail, the folder printed documents are saved in, and per staff user the
 * grid filters and visible columns.
 */
public final class Settings {
    private final Preferences prefs;
    private final String defaultServer;
    private final MachineSettings machine;

    public Settings(Preferences prefs, String defaultServer) {
        this(prefs, defaultServer, MachineSettings.NONE);
    }

    /** @param machine what IT set for every user of this desk; the user's own choice is on top */
    public Settings(Preferences prefs, String defaultServer, MachineSettings machine) {
        this.prefs = prefs;
        this.defaultServer = defaultServer;
        this.machine = machine;
    }

    public String serverUrl() {
        return prefs.get("server-url", machine.serverUrl().orElse(defaultServer));
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
        String chosen = prefs.get("locale", null);
        return chosen != null ? Locale.forLanguageTag(chosen) : machine.locale().orElse(Locale.forLanguageTag("en"));
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

    /**
     * Where receipts and invoices are saved before they are opened: the preference
     * {@code documents-folder}, else the system property {@code ums.documents-folder}, else
     * "UMS Console" in the user's home folder.
     */
    public java.nio.file.Path documentsFolder() {
        String fallback = System.getProperty("ums.documents-folder",
                java.nio.file.Path.of(System.getProperty("user.home"), "UMS Console").toString());
        return java.nio.file.Path.of(prefs.get("documents-folder", fallback));
    }

    public void documentsFolder(java.nio.file.Path folder) {
        prefs.put("documents-folder", folder.toAbsolutePath().toString());
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
