package th.ac.ums.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.server.testing.TestCertificates;

class ConsoleTrustTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;

    @BeforeAll
    static void certificates() {
        certs = TestCertificates.create(dir.resolve("tls"));
    }

    @Test
    void theJdkCasAreTrustedAndACaFileAddsItsCertificates() throws Exception {
        ConsoleTrust without = ConsoleTrust.load(List.of(), null);
        assertTrue(without.size() > 50, "the runtime's cacerts: " + without.sources());
        assertFalse(without.trusts(certs.ca()));
        assertThrows(CertificateException.class, () -> trustManager(without).checkServerTrusted(chain(), "RSA"));

        ConsoleTrust with = ConsoleTrust.load(List.of(), certs.caFile());
        assertEquals(without.size() + 1, with.size());
        assertTrue(with.trusts(certs.ca()));
        trustManager(with).checkServerTrusted(chain(), "RSA");
        assertEquals(List.of("JDK cacerts: " + without.size(), certs.caFile() + ": 1"), with.sources());
    }

    @Test
    void aMissingOrBrokenCaFileOrAnUnavailableSystemStoreIsSkippedNotFatal() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        ConsoleTrust trust = ConsoleTrust.load(List.of("No-Such-Store"), broken);
        assertEquals(ConsoleTrust.load(List.of(), dir.resolve("missing.pem")).size(), trust.size());
        assertEquals(1, trust.sources().size(), trust.sources().toString());
    }

    @Test
    void eachOperatingSystemReadsItsOwnStore() {
        assertEquals(List.of("Windows-ROOT"), ConsoleTrust.osStores("Windows 11"));
        assertEquals(List.of("KeychainStore", "KeychainStore-ROOT"), ConsoleTrust.osStores("Mac OS X"));
        assertEquals(List.of(), ConsoleTrust.osStores("Linux"));
    }

    @Test
    void theCaFileComesFromTheEnvironmentOrTheDefaultPathWhenItExists() {
        assertEquals(Optional.of(Path.of("/opt/ca.pem")), ConsoleTrust.caFile(Map.of("UMS_CONSOLE_CA_FILE", "/opt/ca.pem")));
        assertEquals(Files.exists(Path.of(ConsoleTrust.DEFAULT_CA_FILE)),
                ConsoleTrust.caFile(Map.of()).isPresent(), "the default path only when IT has put a file there");
    }

    private static X509Certificate[] chain() throws Exception {
        try (var in = Files.newInputStream(certs.certificateFile())) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(X509Certificate[]::new);
        }
    }

    /** A trust manager over exactly the console's anchors, as its SSL context gets. */
    private static X509TrustManager trustManager(ConsoleTrust trust) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust.anchors());
        return (X509TrustManager) tmf.getTrustManagers()[0];
    }
}
