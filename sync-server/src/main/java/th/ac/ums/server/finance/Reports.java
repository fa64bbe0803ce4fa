package th.ac.ums.server.finance;

import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import th.ac.ums.model.Money;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/**
 * Reports that read many rows: the aging of outstanding invoices (not yet due, 0-30, 31-60, 61-90
 * and 90+ days overdue) per program or faculty, the dashboard's counts and the finance figures,
 * each computed as of a given instant. Only {@link RollupRefresher} calls these, in the background;
 * requests read the finished documents from {@link ReportRollups}.
 */
public final class Reports {
    private final Db db;
    private final ZoneId zone;
    private final AgingReport aging;
    private final PaymentMonths paymentMonths;
    private final InvoiceRepository invoices = new InvoiceRepository();
    private final PaymentRepository payments = new PaymentRepository();

    public Reports(Db db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
        this.aging = new AgingReport(db);
        this.paymentMonths = new PaymentMonths(db);
    }

    /** The UTC day of an instant: the day the aging buckets and "overdue" count from. */
    static LocalDate utcDay(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The aging report as of the UTC day of {@code at}, both ways: the document grouped by faculty
     * under {@code "faculty"}, by program under {@code "program"} (one scan of the invoices for both).
     */
    public Map<String, Map<String, Object>> aging(Instant at) {
        LocalDate today = utcDay(at);
        Map<String, List<AgingReport.AgingRow>> rows = aging.rows(today);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String groupBy : List.of("faculty", "program")) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("groupBy", groupBy);
            report.put("asOf", today);
            report.put("rows", rows.get(groupBy));
            out.put(groupBy, report);
        }
        return out;
    }

    private static String m(DbRow r, String column) {
        return m(Rows.decimal(r, column));
    }

    private static String m(BigDecimal d) {
        return Money.format((d == null ? BigDecimal.ZERO : d).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The finance figures of a dashboard: what is outstanding and overdue (as the aging report counts
     * them: invoices with something left to pay, overdue once their due date has passed, UTC day),
     * how many such invoices there are, and what was collected and refunded this month, a calendar
     * month of the university's time zone.
     */
    public Map<String, Object> finance(Instant at) {
        LocalDate localToday = localDay(at);
        YearMonth month = YearMonth.from(localToday);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", localToday);
        out.put("month", month.toString());
        out.putAll(openInvoices(utcDay(at)));
        out.putAll(moneyIn(month));
        return out;
    }

    /** The day of an instant in the university's time zone ("this month" of the finance figures). */
    LocalDate localDay(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private Map<String, Object> openInvoices(LocalDate today) {
        DbRow r = db.read(exec -> invoices.outstandingTotals(exec, today));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outstanding", m(r, "outstanding"));
        out.put("overdue", m(r, "overdue"));
        out.put("invoicesOpen", Rows.lng(r, "n"));
        Long overdue = Rows.optLong(r, "n_overdue");
        out.put("invoicesOverdue", overdue == null ? 0L : overdue);
        return out;
    }

    /** Payments and refunds received in the month: [first instant of the month, first of the next) in the zone. */
    private Map<String, Object> moneyIn(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("collectedThisMonth", "0.00");
        out.put("refundedThisMonth", "0.00");
        db.read(exec -> payments.receivedByKind(exec, from, to)).forEach((kind, amount) -> out.put(
                "PAYMENT".equals(kind) ? "collectedThisMonth" : "refundedThisMonth", m(amount)));
        return out;
    }

    /** Counts for the dashboard: students by faculty and status, applications by status, payments by month. */
    public Map<String, Object> dashboard(Instant at) {
        LocalDate today = utcDay(at);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", today);
        out.put("studentsByFaculty", rows("SELECT f.code, f.name_th, f.name_en, s.n FROM (SELECT faculty_id, COUNT(*) "
                + "AS n FROM students FORCE INDEX (ix_students_faculty_status) WHERE status = 'ACTIVE' GROUP BY "
                + "faculty_id) s JOIN faculties f ON f.id = s.faculty_id ORDER BY f.code"));
        out.put("studentsByStatus", rows("SELECT status AS code, COUNT(*) AS n FROM students FORCE INDEX "
                + "(ix_students_status_code) GROUP BY status ORDER BY status"));
        out.put("applicationsByStatus", rows("SELECT status AS code, COUNT(*) AS n FROM applications FORCE INDEX "
                + "(ix_applications_status_created) GROUP BY status ORDER BY status"));
        out.put("paymentsByMonth", paymentMonths.list(today));
        return out;
    }

    private List<Map<String, Object>> rows(String sql) {
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.query(sql)) {
                return rows.map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    r.forEach(c -> m.put(c.name(), c.asOptional().map(v -> v instanceof Number n ? (Object) n.longValue()
                            : v.toString()).orElse(null)));
                    return m;
                }).toList();
            }
        });
    }

    /** A payment or refund was recorded: the dashboard's payments by month recount its month. */
    void paymentAdded(long paymentId) {
        paymentMonths.added(paymentId);
    }

    /** The next dashboard recounts the payments of every month (a new leader, the periodic full refresh). */
    void recountPayments() {
        paymentMonths.recountAll();
    }
}
