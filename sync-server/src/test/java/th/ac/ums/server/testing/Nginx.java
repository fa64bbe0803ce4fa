package th.ac.ums.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shipped {@code config/nginx.conf} run by a real nginx (Debian's nginx-light, installed by
 * .ci/run) on loopback: the upstreams pointed at the test's servers, both listeners on 127.0.0.1
 * with free ports, and the TLS files in /etc/nginx/tls/ replaced by a test's own
 * ({@link TestCertificates}). Everything else runs as written.
 */
public final class Nginx implements AutoCloseable {
    private final Process process;
    private final Path dir;
    private final int httpPort;
    private final int httpsPort;

    private Nginx(Process process, Path dir, int httpPort, int httpsPort) {
        this.process = process;
        this.dir = dir;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    /** The nginx binary, when installed. */
    public static Optional<Path> binary() {
        return Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The shipped configuration as text (from a module directory of the repository). */
    public static String shipped() throws IOException {
        return Files.readString(Path.of("..", "config", "nginx.conf"));
    }

    /**
     * The shipped configuration with upstreams {@code app1} and {@code app2} at the given loopback
     * ports, plain HTTP and TLS on the given loopback ports, and the test's certificate files.
     */
    public static String configure(String conf, TestCertificates certs, int http, int https, int app1, int app2) {
        return conf.replace("server app1:8080", "server 127.0.0.1:" + app1)
                .replace("server app2:8080", "server 127.0.0.1:" + app2)
                .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + https + " ssl;")
                .replace("/etc/nginx/tls/tls.crt", certs.certificateFile().toString())
                .replace("/etc/nginx/tls/tls.key", certs.keyFile().toString())
                .replace("/etc/nginx/tls/ca.crt", certs.caFile().toString());
    }

    /** {@code nginx -t} on the configuration: its exit code and output. */
    public static Check check(Path binary, Path dir, String conf) throws IOException, InterruptedException {
        Path file = prepare(dir, conf);
        Process p = new ProcessBuilder(binary.toString(), "-t", "-p", dir.toString(), "-c", file.toString(), "-g",
                "pid " + dir.resolve("nginx.pid") + ";").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Check(p.waitFor(), out);
    }

    /** What {@code nginx -t} said. */
    public record Check(int exitCode, String output) {
    }

    /**
     * Starts nginx in the foreground with the shipped configuration in front of the two upstream
     * ports (the same port twice for one server), on fresh loopback ports; waits until it accepts.
     */
    public static Nginx start(Path binary, Path dir, TestCertificates certs, int app1, int app2,
            java.util.function.UnaryOperator<String> tweak) throws IOException, InterruptedException {
        int http = freePort();
        int https = freePort();
        String conf = tweak.apply(configure(shipped(), certs, http, https, app1, app2));
        Path file = prepare(dir, conf);
        Process p = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", file.toString(), "-g",
                "daemon off; pid " + dir.resolve("nginx.pid") + ";").redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(p, dir, http, https);
        try {
            nginx.waitForPort(https);
            nginx.waitForPort(http);
        } catch (AssertionError | InterruptedException e) {
            nginx.close();
            throw e;
        }
        return nginx;
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    /** {@code https://localhost:PORT}: the name the test certificate carries. */
    public String httpsUrl() {
        return "https://localhost:" + httpsPort;
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** nginx's own output (access and error log). */
    public String output() {
        try {
            return Files.readString(dir.resolve("nginx.out"));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
    }

    private static Path prepare(Path dir, String conf) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        return file;
    }

    private void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not start: " + output());
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
