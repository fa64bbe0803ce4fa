package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file IT pushes: where each OS keeps it, what it sets, and the user's choice on top. */
class MachineSettingsTest {
    private final Preferences prefs = Preferences.userRoot().node("th/ac/ums/console-test/machine-" + System.nanoTime());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void eachOsHasItsMachineWidePlaceAndThePropertyOrEnvironmentNameAnother() {
        assertEquals(Path.of("D:\\Data", "UMS Console", "console.properties"),
                MachineSettings.location("Windows 11", Map.of("ProgramData", "D:\\Data"), null));
        assertEquals(Path.of("/Library/Application Support/UMS Console/console.properties"),
                MachineSettings.location("Mac OS X", Map.of(), null));
        assertEquals(Path.of("/etc/ums-console/console.properties"), MachineSettings.location("Linux", Map.of(), null));
        assertEquals(Path.of("/srv/x.properties"),
                MachineSettings.location("Linux", Map.of(MachineSettings.ENV, "/srv/x.properties"), null));
        assertEquals(Path.of("/tmp/y.properties"),
                MachineSettings.location("Linux", Map.of(MachineSettings.ENV, "/srv/x.properties"), "/tmp/y.properties"));
    }

    @Test
    void itSetsTheServerAndLanguageUntilTheUserChoosesOtherwise(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("console.properties");
        Files.writeString(file, "# pushed by IT\nserver.url = https://ums.example.ac.th\nlanguage=TH\n",
                StandardCharsets.UTF_8);
        MachineSettings machine = MachineSettings.read(file);
        assertEquals(Optional.of("https://ums.example.ac.th"), machine.serverUrl());
        Settings settings = new Settings(prefs, "http://127.0.0.1:8080", machine);
        assertEquals("https://ums.example.ac.th", settings.serverUrl());
        assertEquals(I18n.THAI, settings.locale());

        settings.serverUrl("https://other.example.ac.th");
        settings.locale(Locale.ENGLISH);
        assertEquals("https://other.example.ac.th", settings.serverUrl(), "the user's own choice is on top");
        assertEquals(Locale.ENGLISH, settings.locale());
    }

    @Test
    void unusableValuesAndMissingFilesAreSkipped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("console.properties");
        Files.writeString(file, "server.url=ftp://nope\nlanguage=fr\n", StandardCharsets.UTF_8);
        MachineSettings machine = MachineSettings.read(file);
        assertEquals(Optional.empty(), machine.serverUrl());
        assertEquals(Optional.empty(), machine.locale());
        assertEquals(MachineSettings.NONE, MachineSettings.read(dir.resolve("missing.properties")));
        Settings settings = new Settings(prefs, "http://127.0.0.1:8080", MachineSettings.read(dir.resolve("none")));
        assertEquals("http://127.0.0.1:8080", settings.serverUrl());
        assertEquals(Locale.forLanguageTag("en"), settings.locale());
    }
}
