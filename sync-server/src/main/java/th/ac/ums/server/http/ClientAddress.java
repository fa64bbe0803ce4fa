package th.ac.ums.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's IP address. X-Forwarded-For is believed only when the TCP peer is one of the
 * configured proxies; then the rightmost address that is not itself a trusted proxy is the
 * client, so a client cannot spoof its address by sending the header itself.
 */
public final class ClientAddress {
    private final List<Cidr> trusted;

    public ClientAddress(List<String> trustedProxies) {
        List<Cidr> list = new ArrayList<>();
        for (String entry : trustedProxies) {
            list.add(Cidr.parse(entry));
        }
        this.trusted = List.copyOf(list);
    }

    public String resolve(ServerRequest req) {
        String peer = peerAddress(req.remotePeer().address());
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = req.headers().values(HeaderNames.X_FORWARDED_FOR);
        List<String> addresses = new ArrayList<>();
        for (String value : hops) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    addresses.add(part.trim());
                }
            }
        }
        for (int i = addresses.size() - 1; i >= 0; i--) {
            String candidate = addresses.get(i);
            if (!isIpLiteral(candidate)) {
                return peer;
            }
            if (!isTrusted(candidate)) {
                return candidate;
            }
        }
        return addresses.isEmpty() ? peer : addresses.get(0);
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    static String peerAddress(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            String host = inet.getAddress().getHostAddress();
            int zone = host.indexOf('%');
            return zone >= 0 ? host.substring(0, zone) : host;
        }
        return String.valueOf(address);
    }

    static boolean isIpLiteral(String s) {
        return s.matches("^[0-9.]{7,15}$") || s.matches("^[0-9A-Fa-f:]{2,39}$");
    }

    /** An address block such as 10.0.0.0/8 or a single address. */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String text) {
            String[] parts = text.trim().split("/");
            try {
                byte[] addr = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : addr.length * 8;
                return new Cidr(addr, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an address or CIDR block: " + text);
            }
        }

        boolean contains(String address) {
            if (!isIpLiteral(address)) {
                return false;
            }
            byte[] candidate;
            try {
                candidate = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                return false;
            }
            if (candidate.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
