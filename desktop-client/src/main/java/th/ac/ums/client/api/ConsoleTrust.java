package th.ac.ums.client.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate authorities the console trusts for HTTPS: what IT trusts on the machine. The
 * JDK's own list (the runtime's cacerts), plus the operating system's store on Windows
 * ({@code Windows-ROOT}) and macOS ({@code KeychainStore}, {@code KeychainStore-ROOT}), plus a PEM
 * file of CA certificates IT deploys: {@code UMS_CONSOLE_CA_FILE}, else
 * {@value #DEFAULT_CA_FILE} when it exists (any OS; the way to add a CA on Linux).
 */
public final class ConsoleTrust {
    public static final String DEFAULT_CA_FILE = "/etc/ums-console/ca.pem";
    public static final String CA_FILE_VARIABLE = "UMS_CONSOLE_CA_FILE";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleTrust.class);

    private final KeyStore anchors;
    private final List<String> sources;

    private ConsoleTrust(KeyStore anchors, List<String> sources) {
        this.anchors = anchors;
        this.sources = List.copyOf(sources);
    }

    /** The trust of this machine: its OS, the environment's CA file, or the given one when not null. */
    public static ConsoleTrust ofThisMachine(Path caFile) {
        Path file = caFile != null ? caFile : caFile(System.getenv()).orElse(null);
        return load(osStores(System.getProperty("os.name", "")), file);
    }

    /** The CA file the environment names, or the default path when that exists. */
    static Optional<Path> caFile(Map<String, String> env) {
        String named = env.get(CA_FILE_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named.trim()));
        }
        return Optional.of(Path.of(DEFAULT_CA_FILE)).filter(Files::exists);
    }

    /** The operating system's stores (KeyStore types of the JDK) to read on this OS. */
    static List<String> osStores(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return List.of("Windows-ROOT");
        }
        if (os.startsWith("mac")) {
            return List.of("KeychainStore", "KeychainStore-ROOT");
        }
        return List.of();
    }

    /** The JDK's CAs, then each OS store that can be opened, then the CA file when not null. */
    static ConsoleTrust load(List<String> osStores, Path caFile) {
        try {
            KeyStore all = KeyStore.getInstance("PKCS12");
            all.load(null, null);
            List<String> sources = new ArrayList<>();
            add(all, jdkAnchors(), "jdk", sources, "JDK cacerts");
            for (String type : osStores) {
                osStore(type).ifPresent(certs -> add(all, certs, type, sources, type));
            }
            if (caFile != null) {
                caFile(caFile).ifPresent(certs -> add(all, certs, "file", sources, caFile.toString()));
            }
            return new ConsoleTrust(all, sources);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the console's trust store", e);
        }
    }

    /** An SSL context that trusts exactly these CAs (hostnames are checked by the HTTP client). */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the console's TLS context", e);
        }
    }

    /** How many CAs are trusted. */
    public int size() {
        try {
            return anchors.size();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where they came from, with counts ("JDK cacerts: 146"). */
    public List<String> sources() {
        return sources;
    }

    KeyStore anchors() {
        return anchors;
    }

    public boolean trusts(X509Certificate ca) {
        try {
            return anchors.getCertificateAlias(ca) != null;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> jdkAnchors() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (var tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                return List.of(x.getAcceptedIssuers());
            }
        }
        return List.of();
    }

    private static Optional<List<X509Certificate>> osStore(String type) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            List<X509Certificate> certs = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate c) {
                    certs.add(c);
                }
            }
            return Optional.of(certs);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("cannot read the system's certificate store {}: {}", type, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<List<X509Certificate>> caFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                LOG.warn("the CA file {} holds no certificate", file);
            }
            return Optional.of(certs);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("cannot read the CA file {} ({}): servers it vouches for will not be trusted", file, e.toString());
            return Optional.empty();
        }
    }

    private static void add(KeyStore all, List<X509Certificate> certs, String prefix, List<String> sources,
            String source) {
        try {
            int i = 0;
            for (X509Certificate c : certs) {
                if (all.getCertificateAlias(c) == null) {
                    all.setCertificateEntry(prefix + "-" + i++, c);
                }
            }
            sources.add(source + ": " + certs.size());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
