package th.ac.ums.server.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.server.testing.Nginx;
import th.ac.ums.server.testing.ServerProcess;
import th.ac.ums.server.testing.TestCertificates;
import th.ac.ums.server.testing.TestEnv;
import th.ac.ums.server.testing.TestSsl;

/**
 * An independent scanner (testssl.sh) against the shipped TLS settings: config/nginx.conf as
 * written (with a certificate made by the test) and the packaged server's own TLS with the
 * defaults of application.yaml. Every finding rated LOW or worse fails the test, except the few listed in
 * {@link #ACCEPTED}, which are about the test's certificate or the scanned page, not about a
 * protocol or cipher.
 */
class TlsScanIT {
    /** Findings that are not protocol or cipher weaknesses, and why they are accepted here. */
    static final Map<String, String> ACCEPTED = Map.of(
            "cert_revocation", "the test's CA publishes no CRL or OCSP responder; a site's CA does",
            "DNS_CAArecord", "127.0.0.1 has no DNS name, so no CAA record; a site's DNS may publish one",
            "security_headers", "the scan reads '/', which nginx answers 404 itself; the API's answers carry "
                    + "X-Frame-Options, X-Content-Type-Options, CSP and Referrer-Policy (HttpFilter)",
            "BREACH", "HTTP compression, not TLS: the server gzips only when asked, and the console never asks "
                    + "(HttpTransport sends no Accept-Encoding); without cookies nobody can make the console "
                    + "send the chosen requests BREACH needs");
    static final List<String> MUST_BE_CHECKED = List.of("SSLv2", "SSLv3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3",
            "cipherlist_NULL", "cipherlist_aNULL", "cipherlist_EXPORT", "cipherlist_LOW", "cipherlist_3DES_IDEA",
            "cipherlist_AVERAGE", "cipherlist_STRONG", "PFS", "heartbleed", "ROBOT", "SWEET32", "LOGJAM", "BEAST",
            "LUCKY13", "RC4", "HSTS_time", "cert_chain_of_trust");

    @RegisterExtension
    static final TestEnv env = new TestEnv();
    @TempDir
    static Path dir;

    @Test
    void theShippedNginxConfigurationOffersNoWeakProtocolOrCipher() throws Exception {
        Path nginxBinary = Nginx.binary().orElse(null);
        Path testssl = TestSsl.binary().orElse(null);
        assumeTrue(nginxBinary != null && testssl != null, "nginx-light and testssl.sh are installed by .ci/run");
        TestCertificates certs = TestCertificates.create(dir.resolve("nginx-tls"));
        // nothing is proxied: the scan reads '/', which nginx answers itself
        int nowhere = Nginx.freePort();
        try (Nginx nginx = Nginx.start(nginxBinary, dir.resolve("nginx"), certs, nowhere, nowhere, c -> c)) {
            assertNoWeakness(conclusive(attempt -> TestSsl.scan(testssl, nginx.httpsPort(), certs.caFile(),
                    dir.resolve("scan-nginx-" + attempt))));
        }
    }

    @Test
    void theServersOwnTlsOffersNoWeakProtocolOrCipher() throws Exception {
        Path testssl = TestSsl.binary().orElse(null);
        assumeTrue(testssl != null, "testssl.sh is installed by .ci/run");
        TestCertificates certs = TestCertificates.create(dir.resolve("server-tls"));
        int port = Nginx.freePort();
        Map<String, String> e = env.serverEnvironment(port);
        e.put("UMS_TLS_CERTIFICATE", certs.certificateFile().toString());
        e.put("UMS_TLS_PRIVATE_KEY", certs.keyFile().toString());
        try (ServerProcess server = ServerProcess.start(e, null, "serve")) {
            server.awaitLine(l -> l.contains("UMS sync server listening on https://"), Duration.ofSeconds(60));
            assertNoWeakness(conclusive(attempt -> TestSsl.scan(testssl, port, certs.caFile(),
                    dir.resolve("scan-server-" + attempt))));
        }
    }

    /** A scan to run, numbered by attempt. */
    interface Scanner {
        TestSsl.Scan scan(int attempt) throws Exception;
    }

    /**
     * A check testssl could not run because a connection failed (WARN "connect problem": seen once on
     * a machine busy with other builds) says nothing about the configuration; the scan is repeated,
     * up to three times, until every check ran. What remains after that is judged as it is.
     */
    static TestSsl.Scan conclusive(Scanner scanner) throws Exception {
        TestSsl.Scan scan = scanner.scan(1);
        for (int attempt = 2; attempt <= 3 && scan.findings().stream().anyMatch(f -> f.severity().equals("WARN")
                && f.finding().contains("connect problem")); attempt++) {
            System.out.println("[TlsScanIT] inconclusive check (connect problem), scanning again");
            scan = scanner.scan(attempt);
        }
        return scan;
    }

    private static void assertNoWeakness(TestSsl.Scan scan) {
        System.out.println("[TlsScanIT] testssl took " + scan.took().toSeconds() + " s, " + scan.findings().size()
                + " findings; accepted: " + scan.findings().stream().filter(f -> f.weak()
                        && ACCEPTED.containsKey(f.id())).map(f -> f.id() + " " + f.severity()).toList());
        for (String id : MUST_BE_CHECKED) {
            assertTrue(scan.find(id).isPresent(), "the scan did not check " + id + ":\n" + scan.output());
        }
        for (String old : List.of("SSLv2", "SSLv3", "TLS1", "TLS1_1")) {
            assertEquals("not offered", scan.find(old).orElseThrow().finding(), old);
        }
        assertTrue(scan.find("TLS1_2").orElseThrow().finding().startsWith("offered"));
        assertTrue(scan.find("TLS1_3").orElseThrow().finding().startsWith("offered"));
        String weak = scan.findings().stream().filter(f -> f.weak() && !ACCEPTED.containsKey(f.id()))
                .map(f -> f.id() + " " + f.severity() + ": " + f.finding()).collect(Collectors.joining("\n"));
        assertEquals("", weak, "testssl rates these weak:\n" + weak + "\n\n" + scan.output());
    }
}
