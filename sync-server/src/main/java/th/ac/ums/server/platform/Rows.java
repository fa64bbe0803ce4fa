package th.ac.ums.server.platform;

import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import th.ac.ums.model.Money;

/** Typed, null-safe reads of DB rows (DATETIME columns hold UTC). */
public final class Rows {
    private Rows() {
    }

    private static Object raw(DbRow row, String column) {
        if (row instanceof ResultRow direct) {
            return direct.value(column);   // no column object per value (list pages read 2,000 a page)
        }
        return row.column(column).asOptional().orElse(null);
    }

    public static String str(DbRow row, String column) {
        Object v = raw(row, column);
        return v == null ? null : v.toString();
    }

    public static long lng(DbRow row, String column) {
        Object v = raw(row, column);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).longValue();
    }

    public static Long optLong(DbRow row, String column) {
        Object v = raw(row, column);
        return v == null ? null : ((Number) v).longValue();
    }

    public static int integer(DbRow row, String column) {
        return (int) lng(row, column);
    }

    public static boolean bool(DbRow row, String column) {
        Object v = raw(row, column);
        if (v instanceof Boolean b) {
            return b;
        }
        return v != null && ((Number) v).intValue() != 0;
    }

    public static Instant instant(DbRow row, String column) {
        return toInstant(raw(row, column));
    }

    public static Instant toInstant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (v instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("not a timestamp: " + v.getClass());
    }

    public static LocalDate date(DbRow row, String column) {
        Object v = raw(row, column);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    public static BigDecimal decimal(DbRow row, String column) {
        Object v = raw(row, column);
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    public static String money(DbRow row, String column) {
        BigDecimal d = decimal(row, column);
        return d == null ? null : Money.format(d.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    /** A MySQL SET or GROUP_CONCAT column as a list. */
    public static List<String> list(DbRow row, String column) {
        String v = str(row, column);
        return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
    }

    /** A timestamp to bind as a DATETIME parameter (UTC). */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
