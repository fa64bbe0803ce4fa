package th.ac.ums.client.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings IT pushes to every desk: a properties file (UTF-8) in the OS's machine-wide place,
 * read at start; what a staff member chooses in the console (remembered per OS user) is on top.
 * <pre>
 * server.url=https://ums.example.ac.th
 * language=th
 * </pre>
 * Where: Windows {@code %ProgramData%\UMS Console\console.properties}, macOS
 * {@code /Library/Application Support/UMS Console/console.properties}, Linux
 * {@code /etc/ums-console/console.properties}; the system property {@code ums.console.settings}
 * or the environment's {@code UMS_CONSOLE_SETTINGS} name another file. A missing file is no
 * settings; a value that cannot be used is skipped with a warning in the log.
 */
public record MachineSettings(Optional<String> serverUrl, Optional<Locale> locale, Path source) {
    public static final String PROPERTY = "ums.console.settings";
    public static final String ENV = "UMS_CONSOLE_SETTINGS";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MachineSettings.class);

    /** No machine-wide settings. */
    public static final MachineSettings NONE = new MachineSettings(Optional.empty(), Optional.empty(), null);

    /** The file for this OS (or the one named by the property or the environment). */
    public static Path location(String osName, Map<String, String> env, String property) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (env.get(ENV) != null && !env.get(ENV).isBlank()) {
            return Path.of(env.get(ENV));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Path.of(env.getOrDefault("ProgramData", "C:\\ProgramData"), "UMS Console", "console.properties");
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library/Application Support/UMS Console/console.properties");
        }
        return Path.of("/etc/ums-console/console.properties");
    }

    /** This desk's machine-wide settings. */
    public static MachineSettings load() {
        return read(location(System.getProperty("os.name"), System.getenv(), System.getProperty(PROPERTY)));
    }

    public static MachineSettings read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("machine-wide settings {} could not be read: {}", file, e.getMessage());
            return NONE;
        }
        Optional<String> server = Optional.ofNullable(p.getProperty("server.url")).map(String::strip)
                .filter(u -> !u.isEmpty());
        if (server.isPresent() && !server.get().matches("(?i)https?://\\S+")) {
            LOG.warn("machine-wide settings {}: server.url {} is not an http(s) address; skipped", file, server.get());
            server = Optional.empty();
        }
        Optional<String> language = Optional.ofNullable(p.getProperty("language")).map(String::strip)
                .map(l -> l.toLowerCase(Locale.ROOT));
        if (language.isPresent() && !language.get().equals("th") && !language.get().equals("en")) {
            LOG.warn("machine-wide settings {}: language {} is not th or en; skipped", file, language.get());
            language = Optional.empty();
        }
        LOG.info("machine-wide settings from {}", file);
        return new MachineSettings(server, language.map(l -> l.equals("th") ? I18n.THAI : Locale.ENGLISH), file);
    }
}
