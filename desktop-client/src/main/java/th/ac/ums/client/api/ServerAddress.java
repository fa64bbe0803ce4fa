package th.ac.ums.client.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server addresses the console may send passwords, codes and tokens to: {@code https://}
 * anywhere; {@code http://} only to this computer (loopback: {@code localhost}, 127.0.0.0/8,
 * {@code ::1}), unless a lab starts the console with {@code --allow-insecure-http}, which is
 * logged as a warning. Host names are taken as written, never resolved: a name that resolves to
 * 127.0.0.1 is still refused over plain HTTP.
 */
public final class ServerAddress {
    private static final Logger LOG = LoggerFactory.getLogger(ServerAddress.class);
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** Why an address is refused; each has a message on the sign-in card. */
    public enum Refusal {
        /** Not an http:// or https:// address with a host. */
        INVALID("login.badAddress"),
        /** Plain HTTP to another computer. */
        PLAIN_HTTP("login.insecureHttp");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A request to an address the console refuses to use: nothing was sent. */
    public static final class RefusedException extends java.io.IOException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        RefusedException(Refusal refusal, String address) {
            super(refusal == Refusal.PLAIN_HTTP ? "refused: plain HTTP to another computer (" + address + ")"
                    : "refused: not a server address (" + address + ")");
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final boolean allowInsecureHttp;
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param allowInsecureHttp the lab override: plain HTTP to any host (each use is logged) */
    public ServerAddress(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
        if (allowInsecureHttp) {
            LOG.warn("--allow-insecure-http: the console will send passwords, codes and tokens in clear text "
                    + "to any http:// address; use this only in a lab");
        }
    }

    /** Why the address typed or configured cannot be used, or empty when it can. */
    public Optional<Refusal> check(String address) {
        URI uri;
        try {
            uri = new URI(address == null ? "" : address.trim());
        } catch (URISyntaxException e) {
            return Optional.of(Refusal.INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(Refusal.INVALID);
        }
        if (scheme.equals("https") || isLoopback(uri.getHost())) {
            return Optional.empty();
        }
        if (allowInsecureHttp) {
            if (warned.add(uri.getHost().toLowerCase(Locale.ROOT))) {
                LOG.warn("plain HTTP to {} (--allow-insecure-http): passwords and tokens cross the network in "
                        + "clear text", uri.getHost());
            }
            return Optional.empty();
        }
        return Optional.of(Refusal.PLAIN_HTTP);
    }

    /** The base URI of an address that may be used (with a trailing slash). */
    public URI require(String address) throws RefusedException {
        Optional<Refusal> refusal = check(address);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get(), address);
        }
        String url = address.trim();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** localhost, 127.0.0.0/8 or ::1, as written in the address. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]")) {
            return true;
        }
        var m = LOOPBACK_V4.matcher(h);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 3; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }
}
