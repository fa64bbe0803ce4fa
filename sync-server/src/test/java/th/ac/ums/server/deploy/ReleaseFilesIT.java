package th.ac.ums.server.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What IT's fleet rests on, checked as files: the release workflow builds each OS's installers on
 * that OS with SHA-256 files; every jpackage option file uses only options jpackage documents for
 * its OS and installer type (JDK 25 jpackage manual), the MSI keeps its fixed upgrade code and
 * installs per machine; Dependabot watches Maven and the workflows; the alert rules pass
 * {@code promtool check rules}.
 */
class ReleaseFilesIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path OPTS = ROOT.resolve("installer/src/main/jpackage");

    /** The MSI's upgrade code: fixed for the life of the product, or an upgrade installs beside the old version. */
    static final String UPGRADE_CODE = "8d892c8e-4ee9-460d-8122-6512bc4bdb73";

    /** jpackage's options for every OS (JDK 25 manual: generic, runtime, application image and package options). */
    private static final Set<String> COMMON = Set.of("--type", "--app-version", "--copyright", "--description",
            "--icon", "--name", "--dest", "--temp", "--vendor", "--verbose", "--add-modules", "--module-path",
            "--jlink-options", "--runtime-image", "--input", "--app-content", "--add-launcher", "--arguments",
            "--java-options", "--main-class", "--main-jar", "--module", "--about-url", "--app-image",
            "--file-associations", "--install-dir", "--license-file", "--resource-dir", "--launcher-as-service");

    /** The manual's platform-dependent options, by installer type. */
    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "msi", Set.of("--win-console", "--win-dir-chooser", "--win-help-url", "--win-menu", "--win-menu-group",
                    "--win-per-user-install", "--win-shortcut", "--win-shortcut-prompt", "--win-update-url",
                    "--win-upgrade-uuid"),
            "dmg", Set.of("--mac-package-identifier", "--mac-package-name", "--mac-package-signing-prefix", "--mac-sign",
                    "--mac-signing-keychain", "--mac-signing-key-user-name", "--mac-app-store", "--mac-entitlements",
                    "--mac-app-category", "--mac-dmg-content"),
            "pkg", Set.of("--mac-package-identifier", "--mac-package-name", "--mac-package-signing-prefix", "--mac-sign",
                    "--mac-signing-keychain", "--mac-signing-key-user-name", "--mac-app-store", "--mac-entitlements",
                    "--mac-app-category"),
            "deb", Set.of("--linux-package-name", "--linux-deb-maintainer", "--linux-menu-group", "--linux-package-deps",
                    "--linux-app-release", "--linux-app-category", "--linux-shortcut"),
            "rpm", Set.of("--linux-package-name", "--linux-rpm-license-type", "--linux-menu-group", "--linux-package-deps",
                    "--linux-app-release", "--linux-app-category", "--linux-shortcut"));

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--verbose", "--launcher-as-service", "--win-console",
            "--win-dir-chooser", "--win-menu", "--win-per-user-install", "--win-shortcut", "--win-shortcut-prompt",
            "--mac-sign", "--mac-app-store", "--linux-shortcut");

    private static Object yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object o = new Yaml(options).load(Files.readString(file, StandardCharsets.UTF_8));
        assertNotNull(o, file + " is empty");
        return o;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object o, String... path) {
        Object cur = o;
        for (String p : path) {
            cur = ((Map<String, Object>) cur).get(p);
            assertNotNull(cur, "missing " + String.join(".", path));
        }
        return (T) cur;
    }

    /** An option file as jpackage reads it: comments dropped, whitespace-separated, double quotes group. */
    static Map<String, String> options(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(l);
            while (m.find()) {
                tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String option = tokens.get(i);
            assertTrue(option.startsWith("--"), file.getFileName() + ": a value without its option: " + option);
            assertFalse(options.containsKey(option), file.getFileName() + ": " + option + " twice");
            if (FLAGS.contains(option)) {
                options.put(option, "");
            } else {
                assertTrue(i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--"),
                        file.getFileName() + ": " + option + " needs a value");
                options.put(option, tokens.get(++i));
            }
        }
        return options;
    }

    @Test
    void everyInstallerTypeUsesOnlyOptionsJpackageDocumentsForItsOs() throws IOException {
        Map<String, String> common = options(OPTS.resolve("package.opts"));
        for (String option : common.keySet()) {
            assertTrue(COMMON.contains(option), "package.opts: " + option + " is not an option of every OS");
        }
        assertFalse(common.containsKey("--type"), "the type belongs to each installer's own file");
        assertEquals("ums-console", common.get("--name"));
        for (var type : BY_TYPE.entrySet()) {
            Map<String, String> own = options(OPTS.resolve(type.getKey() + ".opts"));
            assertEquals(type.getKey(), own.get("--type"), type.getKey() + ".opts");
            for (String option : own.keySet()) {
                assertTrue(COMMON.contains(option) || type.getValue().contains(option),
                        type.getKey() + ".opts: " + option + " is not a jpackage option for " + type.getKey());
                assertFalse(common.containsKey(option), option + " in both package.opts and " + type.getKey() + ".opts");
            }
        }
    }

    @Test
    void theMsiUpgradesInPlaceAndInstallsPerMachineWithAStartMenuEntry() throws IOException {
        Map<String, String> msi = options(OPTS.resolve("msi.opts"));
        assertEquals(UPGRADE_CODE, msi.get("--win-upgrade-uuid"), "changing the upgrade code breaks in-place upgrades");
        assertEquals(UPGRADE_CODE, UUID.fromString(UPGRADE_CODE).toString());
        assertFalse(msi.containsKey("--win-per-user-install"), "managed PCs need a per-machine install");
        assertFalse(msi.containsKey("--win-dir-chooser"), "a silent install asks nothing");
        assertTrue(msi.containsKey("--win-menu"));
        assertTrue(msi.containsKey("--win-menu-group"));
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        assertTrue(operations.contains(UPGRADE_CODE), "docs/operations.md names the upgrade code");
        assertTrue(operations.contains("msiexec /i ums-console-") && operations.contains("/qn"),
                "docs/operations.md says how to install silently");
        for (String mac : List.of("dmg", "pkg")) {
            assertEquals("th.ac.ums.console", options(OPTS.resolve(mac + ".opts")).get("--mac-package-identifier"),
                    "a pkg upgrades what carries its identifier");
        }
        assertTrue(Files.size(OPTS.resolve("ums-console.ico")) > 0 && Files.size(OPTS.resolve("ums-console.icns")) > 0,
                "jpackage takes ICO on Windows and ICNS on macOS");
    }

    @Test
    void theLinuxOptionFilesAreAcceptedByThisJpackage(@TempDir Path dir) throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        for (String type : List.of("deb", "rpm")) {
            // a missing app-image is the only complaint left once every option has been accepted
            Process p = new ProcessBuilder(jpackage.toString(), "@" + OPTS.resolve("package.opts"),
                    "@" + OPTS.resolve(type + ".opts"), "--app-image", dir.resolve("none").toString(), "--app-version",
                    "1.2.0", "--dest", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(out.contains("does not exist") && out.contains(dir.resolve("none").toString()), type + ": " + out);
        }
        // and the check notices an option of another OS
        Process p = new ProcessBuilder(jpackage.toString(), "@" + OPTS.resolve("package.opts"),
                "@" + OPTS.resolve("msi.opts"), "--app-image", dir.resolve("none").toString(), "--dest", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("not valid on this platform"), out);
    }

    @Test
    void theReleaseWorkflowBuildsEachOsInstallersOnThatOsWithChecksums() throws IOException {
        Object workflow = yaml(ROOT.resolve(".github/workflows/release.yml"));
        List<Map<String, Object>> matrix = at(workflow, "jobs", "installers", "strategy", "matrix", "include");
        Map<String, String> typesByOs = matrix.stream().collect(Collectors.toMap(m -> String.valueOf(m.get("os")),
                m -> String.valueOf(m.get("types"))));
        Map<String, Set<String>> expected = Map.of("windows", Set.of("msi"), "macos", Set.of("dmg", "pkg"),
                "ubuntu", Set.of("deb", "rpm"));
        assertEquals(3, typesByOs.size(), typesByOs.toString());
        for (var e : expected.entrySet()) {
            String os = typesByOs.keySet().stream().filter(k -> k.startsWith(e.getKey())).findFirst().orElseThrow(
                    () -> new AssertionError("no " + e.getKey() + " runner in " + typesByOs));
            assertEquals(e.getValue(), Set.of(typesByOs.get(os).split(" ")), os);
            e.getValue().forEach(t -> assertTrue(Files.exists(OPTS.resolve(t + ".opts")), t + ".opts"));
        }
        List<Map<String, Object>> steps = at(workflow, "jobs", "installers", "steps");
        String runs = steps.stream().map(s -> String.valueOf(s.getOrDefault("run", ""))).collect(Collectors.joining("\n"));
        assertTrue(runs.contains("-Pinstallers"), "the app-image is built on each OS");
        assertTrue(runs.contains("installer/package.sh ${{ matrix.types }}"), runs);
        assertTrue(runs.contains("installer/smoke-installed.sh"), "the Linux packages are installed and started");
        assertTrue(steps.stream().anyMatch(s -> "actions/upload-artifact@v4".equals(s.get("uses"))
                && String.valueOf((Object) at(s, "with", "path")).contains("installer/target/dist")));
        List<Map<String, Object>> publish = at(workflow, "jobs", "publish", "steps");
        assertTrue(publish.stream().anyMatch(s -> String.valueOf(s.get("run")).contains("sha256sum -c")),
                "every checksum is verified before publishing");
        String script = Files.readString(ROOT.resolve("installer/package.sh"));
        assertTrue(script.contains("@\"$opts/package.opts\" @\"$opts/$type.opts\""), "the same option files");
        assertTrue(script.contains(".sha256"));
        assertTrue(Files.isExecutable(ROOT.resolve("installer/package.sh")));
    }

    @Test
    void dependabotWatchesMavenAndTheWorkflows() throws IOException {
        List<Map<String, Object>> updates = at(yaml(ROOT.resolve(".github/dependabot.yml")), "updates");
        Set<String> ecosystems = updates.stream().map(u -> String.valueOf(u.get("package-ecosystem")))
                .collect(Collectors.toSet());
        assertEquals(Set.of("maven", "github-actions"), ecosystems);
        updates.forEach(u -> assertEquals("/", u.get("directory")));
    }

    @Test
    void theAlertRulesPassPromtoolAndCoverWhatTheIssueNames() throws Exception {
        Path rules = ROOT.resolve("config/monitoring/alerts.yml");
        List<Map<String, Object>> groups = at(yaml(rules), "groups");
        Set<String> alerts = groups.stream().flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream())
                .map(r -> String.valueOf(r.get("alert"))).collect(Collectors.toSet());
        assertTrue(alerts.containsAll(Set.of("UmsInstanceDown", "UmsNotReady", "UmsServerErrors", "UmsSlowRequests",
                "UmsDbPoolSaturated", "UmsRedisErrors", "UmsLoginLimitSpike")), alerts.toString());
        Path promtool = Stream.of("/usr/bin/promtool", "/usr/local/bin/promtool").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("promtool is installed by .ci/run (Debian package prometheus)"));
        Process p = new ProcessBuilder(promtool.toString(), "check", "rules", rules.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("SUCCESS: " + alerts.size() + " rules found"), out);
        Object dashboard = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                ROOT.resolve("config/monitoring/grafana/ums-sync-server.json").toFile(), Object.class);
        List<Map<String, Object>> panels = at(dashboard, "panels");
        assertTrue(panels.size() >= 12, "a panel for each family of metrics");
    }
}
