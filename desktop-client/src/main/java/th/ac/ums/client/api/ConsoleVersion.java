package th.ac.ums.client.api;

/**
 * This console's version, sent at the head of its User-Agent on every call
 * ({@code UMS-Console/1.2.0 (Windows 11; Java 25)}) so that the server can refuse a console it no
 * longer serves and count desks per version: the installer's {@code app.version} in the jar's
 * manifest, the {@code ums.console.version} system property above it (tests), "dev" for a build
 * run from its classes.
 */
public final class ConsoleVersion {
    /** The system property that overrides the manifest (the handshake's UI test plays an old console). */
    public static final String PROPERTY = "ums.console.version";

    private ConsoleVersion() {
    }

    public static String current() {
        String forced = System.getProperty(PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return forced.strip();
        }
        String manifest = ConsoleVersion.class.getPackage().getImplementationVersion();
        return manifest == null || manifest.isBlank() ? "dev" : manifest;
    }

    /** The User-Agent of this console now. */
    public static String userAgent() {
        return "UMS-Console/" + current() + " (" + System.getProperty("os.name") + "; Java " + Runtime.version().feature()
                + ")";
    }
}
