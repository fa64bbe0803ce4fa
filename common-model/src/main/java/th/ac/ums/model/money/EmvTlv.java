package th.ac.ums.model.money;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The EMVCo QR code text format Thai QR Payment uses: fields of a two-digit tag, a two-digit length
 * and the value ({@code 5303764}: tag 53, 3 characters, {@code 764}), some holding fields of their
 * own, and a CRC-16/CCITT-FALSE over everything up to and including {@code 6304}.
 */
public final class EmvTlv {
    private EmvTlv() {
    }

    /** One field: tag, length in two digits, value. */
    public static String field(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("field " + tag + " is longer than 99 characters");
        }
        return tag + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    /**
     * The fields of a payload in order, tag to value; a repeated tag, a length running past the end
     * or anything that is not a tag and a length is refused.
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (i + 4 > text.length() || !digits(text, i, i + 4)) {
                throw new IllegalArgumentException("no tag and length at position " + i + " of " + text);
            }
            String tag = text.substring(i, i + 2);
            int end = i + 4 + Integer.parseInt(text.substring(i + 2, i + 4));
            if (end > text.length()) {
                throw new IllegalArgumentException("field " + tag + " runs past the end of " + text);
            }
            if (fields.put(tag, text.substring(i + 4, end)) != null) {
                throw new IllegalArgumentException("field " + tag + " appears twice in " + text);
            }
            i = end;
        }
        return Collections.unmodifiableMap(fields);
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR) as 4 upper-case hex digits. */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /** The payload with its CRC field appended: {@code 6304} and the CRC of everything before it and {@code 6304}. */
    public static String withCrc(String payloadWithoutCrc) {
        String head = payloadWithoutCrc + "6304";
        return head + crc16(head);
    }

    /** Whether a payload ends in a CRC field that matches the rest. */
    public static boolean crcMatches(String payload) {
        int at = payload.length() - 8;
        return at >= 0 && payload.startsWith("6304", at)
                && crc16(payload.substring(0, at + 4)).equals(payload.substring(at + 4));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
