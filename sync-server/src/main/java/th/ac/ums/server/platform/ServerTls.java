package th.ac.ums.server.platform;

import io.helidon.common.configurable.Resource;
import io.helidon.common.pki.Keys;
import io.helidon.common.tls.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import javax.net.ssl.SSLParameters;

/**
 * The server's own TLS ({@code server.tls.*}), for sites without a TLS-terminating proxy: off
 * unless a certificate and key (PEM files) or a PKCS#12 keystore is configured; then only the
 * configured protocols and cipher suites (by default TLS 1.3 and 1.2 with forward-secret AEAD
 * suites, the same as the shipped nginx.conf).
 */
public final class ServerTls {
    static final String REJECT_RENEGOTIATION = "jdk.tls.rejectClientInitiatedRenegotiation";

    private ServerTls() {
    }

    /**
     * The TLS settings of the listener, or empty for plain HTTP.
     *
     * @throws IllegalStateException with a message for the operator when the settings are incomplete
     *     or a file cannot be read
     */
    public static Optional<Tls> from(Settings settings) {
        Optional<String> certificate = settings.optionalString("server.tls.certificate");
        Optional<String> key = settings.optionalString("server.tls.private-key");
        Optional<String> keystore = settings.optionalString("server.tls.keystore");
        if (certificate.isEmpty() && key.isEmpty() && keystore.isEmpty()) {
            return Optional.empty();
        }
        if (keystore.isPresent() && (certificate.isPresent() || key.isPresent())) {
            throw new IllegalStateException("TLS: set either server.tls.keystore or server.tls.certificate and "
                    + "server.tls.private-key, not both");
        }
        if (keystore.isEmpty() && (certificate.isEmpty() || key.isEmpty())) {
            throw new IllegalStateException("TLS: server.tls.certificate (UMS_TLS_CERTIFICATE) and "
                    + "server.tls.private-key (UMS_TLS_PRIVATE_KEY) go together");
        }
        Keys keys = keystore.isPresent()
                ? keystore(readable(keystore.get()), settings.optionalString("server.tls.keystore-password").orElse(""))
                : pem(readable(certificate.get()), readable(key.get()));
        // TLS 1.2 renegotiation started by a client costs the server a handshake each time (a DoS
        // lever, testssl's "secure_client_renego"); read by the JDK at the first server handshake.
        if (System.getProperty(REJECT_RENEGOTIATION) == null) {
            System.setProperty(REJECT_RENEGOTIATION, "true");
        }
        try {
            return Optional.of(Tls.builder()
                    .privateKey(keys)
                    .privateKeyCertChain(keys)
                    .sslParameters(parameters(settings))
                    .build());
        } catch (RuntimeException e) {
            throw new IllegalStateException("TLS: the certificate or key cannot be used: " + e.getMessage(), e);
        }
    }

    /** Protocols and suites in the configured order, the server's order deciding (Helidon's default does not). */
    private static SSLParameters parameters(Settings settings) {
        SSLParameters parameters = new SSLParameters(settings.list("server.tls.cipher-suites").toArray(String[]::new),
                settings.list("server.tls.protocols").toArray(String[]::new));
        parameters.setUseCipherSuitesOrder(true);
        return parameters;
    }

    private static Keys pem(Path certificate, Path key) {
        try {
            Keys keys = Keys.builder().pem(p -> p.certChain(Resource.create(certificate)).key(Resource.create(key)))
                    .build();
            if (keys.privateKey().isEmpty() || keys.certChain().isEmpty()) {
                throw new IllegalStateException("no private key in " + key + " or no certificate in " + certificate);
            }
            return keys;
        } catch (RuntimeException e) {
            throw new IllegalStateException("TLS: cannot read the PEM certificate " + certificate + " and key " + key
                    + ": " + e.getMessage(), e);
        }
    }

    /** The keystore's first key entry with its chain (a site's PKCS#12 file holds one). */
    private static Keys keystore(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificateChain(alias) != null) {
                    return Keys.builder().privateKey((PrivateKey) store.getKey(alias, password.toCharArray()))
                            .certChain(Arrays.stream(store.getCertificateChain(alias))
                                    .map(X509Certificate.class::cast).toList())
                            .build();
                }
            }
            throw new IllegalStateException("it holds no private key with its certificate chain");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("TLS: cannot read the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path readable(String file) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("TLS: cannot read " + path.toAbsolutePath());
        }
        return path;
    }
}
