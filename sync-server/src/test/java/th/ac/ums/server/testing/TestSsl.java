package th.ac.ums.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Json;

/**
 * testssl.sh (Debian's package {@code testssl.sh}, installed by .ci/run), an independent TLS
 * scanner, run against a port on loopback. It needs no network: the target is local and nothing
 * is fetched from outside ({@code --phone-out} stays off, so no CRL or OCSP lookups).
 */
public final class TestSsl {
    /** Protocols, cipher categories, each cipher, forward secrecy, server defaults and preference, headers, vulnerabilities. */
    static final List<String> CHECKS = List.of("--protocols", "--std", "--each-cipher", "--fs", "--server-defaults",
            "--server-preference", "--headers", "--vulnerable");

    private TestSsl() {
    }

    /** One line of testssl's JSON: what it checked, how it rates it, what it found. */
    public record Finding(String id, String severity, String finding) {
        /** Rated anything but OK or INFO (LOW, MEDIUM, HIGH, CRITICAL, or WARN for a check that could not run). */
        public boolean weak() {
            return !severity.equals("OK") && !severity.equals("INFO");
        }
    }

    /** A finished scan: its findings, how long it took and testssl's own text output. */
    public record Scan(List<Finding> findings, Duration took, String output) {
        public Optional<Finding> find(String id) {
            return findings.stream().filter(f -> f.id().equals(id)).findFirst();
        }
    }

    public static Optional<Path> binary() {
        return Stream.of("/usr/bin/testssl", "/usr/bin/testssl.sh").map(Path::of).filter(Files::isExecutable)
                .findFirst();
    }

    /** Scans {@code 127.0.0.1:port}, trusting {@code caFile} as an extra CA; at most 5 minutes. */
    public static Scan scan(Path binary, int port, Path caFile, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path json = dir.resolve("testssl-" + port + ".json");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--quiet", "--color", "0", "--warnings",
                "off", "--add-ca", caFile.toString(), "--jsonfile", json.toString()));
        command.addAll(CHECKS);
        command.add("127.0.0.1:" + port);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("testssl-" + port + ".txt").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("testssl did not finish in 5 minutes");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String output = Files.readString(dir.resolve("testssl-" + port + ".txt"));
        if (!Files.exists(json)) {
            throw new AssertionError("testssl wrote no JSON (exit " + p.exitValue() + "):\n" + output);
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : Json.MAPPER.readTree(json.toFile())) {
            findings.add(new Finding(f.path("id").asText(), f.path("severity").asText(), f.path("finding").asText()));
        }
        return new Scan(findings, took, output);
    }
}
