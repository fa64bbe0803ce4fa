package th.ac.ums.server.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Nginx;
import th.ac.ums.server.testing.ServerProcess;
import th.ac.ums.server.testing.TestCertificates;
import th.ac.ums.server.testing.TestEnv;

/**
 * The packaged server serving TLS itself (a site without a proxy): the certificate and key come
 * from UMS_TLS_CERTIFICATE and UMS_TLS_PRIVATE_KEY, the ready line says https, answers carry HSTS,
 * the port speaks nothing in clear text and only the configured protocols and suites.
 */
class ServerTlsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    @TempDir
    static Path dir;

    @Test
    void theServerServesHttpsItselfWithHstsAndNothingInClearText() throws Exception {
        TestCertificates certs = TestCertificates.create(dir.resolve("tls"));
        int port = Nginx.freePort();
        Map<String, String> e = env.serverEnvironment(port);
        e.put("UMS_TLS_CERTIFICATE", certs.certificateFile().toString());
        e.put("UMS_TLS_PRIVATE_KEY", certs.keyFile().toString());
        try (ServerProcess server = ServerProcess.start(e, null, "serve")) {
            String ready = server.awaitLine(l -> l.contains("UMS sync server listening"), Duration.ofSeconds(60));
            assertTrue(ready.contains("listening on https://127.0.0.1:" + port), ready);
            Api.Response live = Api.tls("https://localhost:" + port, certs.clientContext()).get("/observe/health/live");
            assertEquals(200, live.status(), live::text);
            assertEquals("max-age=63072000", live.header("Strict-Transport-Security"));
            UncheckedIOException plain = assertThrows(UncheckedIOException.class,
                    () -> new Api("http://127.0.0.1:" + port).get("/observe/health/live"));
            assertTrue(plain.getCause() instanceof IOException, plain.toString());
            assertEquals("TLSv1.3", handshake(certs, port, "TLSv1.3", "TLS_AES_128_GCM_SHA256"));
            assertEquals("TLSv1.2", handshake(certs, port, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
            // a CBC suite the JDK still offers by default: refused (Helidon's plain-socket TLS accepted it)
            assertThrows(SSLHandshakeException.class,
                    () -> handshake(certs, port, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"));
        }
    }

    /** A handshake offering one protocol and one suite; answers the protocol agreed. */
    private static String handshake(TestCertificates certs, int port, String protocol, String suite) throws IOException {
        try (SSLSocket socket = (SSLSocket) certs.clientContext().getSocketFactory().createSocket("localhost", port)) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    @Test
    void aCertificateWithoutItsKeyStopsTheServerWithAMessage() throws Exception {
        TestCertificates certs = TestCertificates.create(dir.resolve("half"));
        Map<String, String> e = env.serverEnvironment(Nginx.freePort());
        e.put("UMS_TLS_CERTIFICATE", certs.certificateFile().toString());
        try (ServerProcess server = ServerProcess.start(e, null, "serve")) {
            assertEquals(2, server.exitCode(Duration.ofSeconds(60)));
            assertTrue(server.output().contains("TLS: server.tls.certificate (UMS_TLS_CERTIFICATE) and "
                    + "server.tls.private-key (UMS_TLS_PRIVATE_KEY) go together"), server.output());
        }
    }
}
