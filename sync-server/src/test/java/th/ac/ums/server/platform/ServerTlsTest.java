package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.common.tls.Tls;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.server.testing.TestCertificates;

class ServerTlsTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;

    @BeforeAll
    static void certificates() {
        certs = TestCertificates.create(dir.resolve("tls"));
    }

    private static Settings env(Map<String, String> env) {
        return Settings.load(Map.of(), env);
    }

    @Test
    void offByDefault() {
        assertTrue(ServerTls.from(env(Map.of())).isEmpty());
    }

    @Test
    void pemFilesFromTheEnvironmentTurnItOnWithTls13And12AndForwardSecretAeadSuitesInTheServersOrder() {
        Tls tls = ServerTls.from(env(Map.of("UMS_TLS_CERTIFICATE", certs.certificateFile().toString(),
                "UMS_TLS_PRIVATE_KEY", certs.keyFile().toString()))).orElseThrow();
        SSLParameters params = tls.sslParameters();
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), List.of(params.getProtocols()));
        assertEquals(9, params.getCipherSuites().length);
        assertTrue(params.getUseCipherSuitesOrder(), "the server's order decides");
        for (String suite : params.getCipherSuites()) {
            assertTrue(suite.matches("TLS_(AES|CHACHA20)_.*|TLS_ECDHE_(RSA|ECDSA)_WITH_(AES_\\d+_GCM|CHACHA20_POLY1305)_.*"),
                    suite);
        }
    }

    @Test
    void aPkcs12KeystoreWorksInsteadOfPemFiles() throws Exception {
        Path p12 = pkcs12("s3cret-Pass");
        Tls tls = ServerTls.from(env(Map.of("UMS_TLS_KEYSTORE", p12.toString(), "UMS_TLS_KEYSTORE_PASSWORD",
                "s3cret-Pass"))).orElseThrow();
        assertTrue(tls.enabled());
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> ServerTls.from(env(Map.of(
                "UMS_TLS_KEYSTORE", p12.toString(), "UMS_TLS_KEYSTORE_PASSWORD", "wrong"))));
        assertTrue(wrong.getMessage().startsWith("TLS: cannot read the keystore"), wrong.getMessage());
    }

    @Test
    void incompleteOrUnreadableSettingsStopTheServerWithAMessageForTheOperator() {
        assertMessage("TLS: server.tls.certificate (UMS_TLS_CERTIFICATE) and server.tls.private-key "
                + "(UMS_TLS_PRIVATE_KEY) go together", Map.of("UMS_TLS_CERTIFICATE", certs.certificateFile().toString()));
        assertMessage("TLS: set either server.tls.keystore or server.tls.certificate and server.tls.private-key, "
                + "not both", Map.of("UMS_TLS_KEYSTORE", "x.p12", "UMS_TLS_CERTIFICATE", "x.crt"));
        assertMessage("TLS: cannot read " + dir.resolve("missing.key").toAbsolutePath(), Map.of(
                "UMS_TLS_CERTIFICATE", certs.certificateFile().toString(),
                "UMS_TLS_PRIVATE_KEY", dir.resolve("missing.key").toString()));
        IllegalStateException swapped = assertThrows(IllegalStateException.class, () -> ServerTls.from(env(Map.of(
                "UMS_TLS_CERTIFICATE", certs.keyFile().toString(), "UMS_TLS_PRIVATE_KEY",
                certs.certificateFile().toString()))));
        assertTrue(swapped.getMessage().startsWith("TLS: cannot read the PEM certificate"), swapped.getMessage());
    }

    private static void assertMessage(String expected, Map<String, String> env) {
        assertEquals(expected, assertThrows(IllegalStateException.class, () -> ServerTls.from(env(env))).getMessage());
    }

    private static Path pkcs12(String password) throws Exception {
        String pem = Files.readString(certs.keyFile()).replaceAll("-----[A-Z ]+-----|\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(pem)));
        Certificate[] chain;
        try (var in = Files.newInputStream(certs.certificateFile())) {
            chain = CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(Certificate[]::new);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, password.toCharArray(), chain);
        Path file = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
