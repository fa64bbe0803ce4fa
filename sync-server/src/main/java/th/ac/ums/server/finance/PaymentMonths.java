package th.ac.ums.server.finance;

import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.ac.ums.model.Money;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/**
 * The dashboard's payments by month (net of refunds, UTC months from eleven months back), kept
 * between refreshes: payments are only ever added, so new payments recount only their own months.
 * Everything is recounted on the first use, when the window moves to a new month, after
 * {@link #recountAll()} (a new leader, the periodic full refresh) and after a large burst.
 * Used by one refresh at a time.
 */
final class PaymentMonths {
    private static final int MAX_TRACKED = 1000;
    private final Db db;
    private final TreeMap<String, Map<String, Object>> months = new TreeMap<>();
    private final Set<Long> added = new HashSet<>();
    private LocalDate from;
    private boolean recountAll = true;

    PaymentMonths(Db db) {
        this.db = db;
    }

    /** A payment or refund was recorded: its month is recounted next time. */
    synchronized void added(long paymentId) {
        if (added.size() < MAX_TRACKED) {
            added.add(paymentId);
        } else {
            recountAll = true;
        }
    }

    /** The next list recounts every month. */
    synchronized void recountAll() {
        recountAll = true;
    }

    /** The months, oldest first, as of {@code today} (UTC). */
    List<Map<String, Object>> list(LocalDate today) {
        LocalDate window = today.withDayOfMonth(1).minusMonths(11);
        Set<Long> ids;
        boolean all;
        synchronized (this) {
            ids = Set.copyOf(added);
            added.clear();
            all = recountAll || !window.equals(from);
            recountAll = false;
        }
        try {
            if (all) {
                months.clear();
                from = window;
                count("received_at >= ?", window);
            } else {
                for (YearMonth m : monthsOf(ids)) {
                    if (!m.atDay(1).isBefore(window)) {
                        months.remove(m.toString());
                        count("received_at >= ? AND received_at < ?", m.atDay(1), m.plusMonths(1).atDay(1));
                    }
                }
            }
        } catch (RuntimeException e) {
            recountAll();
            throw e;
        }
        return new ArrayList<>(months.values());
    }

    private Set<YearMonth> monthsOf(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.query("SELECT DISTINCT DATE_FORMAT(received_at, '%Y-%m') AS month "
                    + "FROM payments WHERE id IN (" + in + ")")) {
                return rows.map(r -> YearMonth.parse(Rows.str(r, "month"))).collect(Collectors.toSet());
            }
        });
    }

    private void count(String range, Object... params) {
        db.read(exec -> {
            try (Stream<DbRow> rows = exec.query("SELECT DATE_FORMAT(received_at, '%Y-%m') AS month, "
                    + "SUM(CASE WHEN kind = 'PAYMENT' THEN amount ELSE -amount END) AS amount, COUNT(*) AS n "
                    + "FROM payments FORCE INDEX (ix_payments_received_kind_amount) WHERE " + range + " GROUP BY month", params)) {
                rows.forEach(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("month", Rows.str(r, "month"));
                    BigDecimal amount = Rows.decimal(r, "amount");
                    m.put("amount", Money.format((amount == null ? BigDecimal.ZERO : amount)
                            .setScale(2, RoundingMode.HALF_UP)));
                    m.put("payments", Rows.lng(r, "n"));
                    months.put(Rows.str(r, "month"), m);
                });
            }
            return null;
        });
    }
}
