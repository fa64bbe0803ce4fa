package th.ac.ums.server.seed;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Rows as the tab-separated text LOAD DATA reads: \N for NULL, backslash escapes, UTC timestamps. */
final class TsvEncoder {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    private final StringBuilder text = new StringBuilder(1 << 16);

    byte[] encode(List<Object[]> rows) {
        buffer.reset();
        for (Object[] row : rows) {
            text.setLength(0);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(row[i]);
            }
            text.append('\n');
            buffer.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return buffer.toByteArray();
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof LocalDateTime t) {
            appendDate(t.toLocalDate());
            text.append(' ');
            two(t.getHour());
            text.append(':');
            two(t.getMinute());
            text.append(':');
            two(t.getSecond());
            text.append('.');
            int millis = t.getNano() / 1_000_000;
            text.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                    .append((char) ('0' + millis % 10));
        } else if (value instanceof LocalDate d) {
            appendDate(d);
        } else if (value instanceof Boolean b) {
            text.append(b ? '1' : '0');
        } else {
            text.append(value);
        }
    }

    private void appendDate(LocalDate d) {
        text.append(d.getYear()).append('-');
        two(d.getMonthValue());
        text.append('-');
        two(d.getDayOfMonth());
    }

    private void two(int n) {
        text.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(ch);
            }
        }
    }
}
