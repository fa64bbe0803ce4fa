package th.ac.ums.server.platform;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.MDC;

/** Request ids: echoed when the client sends a sane one, otherwise random; kept in the log MDC. */
public final class RequestIds {
    public static final String MDC_KEY = "requestId";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** The id to use for a request that sent {@code sent} (or nothing). */
    public static String accept(String sent) {
        if (sent != null && sent.matches("^[A-Za-z0-9._:-]{1,128}$")) {
            return sent;
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "" : id;
    }
}
