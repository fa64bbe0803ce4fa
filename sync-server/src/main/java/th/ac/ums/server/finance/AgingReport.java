package th.ac.ums.server.finance;

import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import th.ac.ums.model.Money;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/**
 * The aging of outstanding invoices (not yet due, 0-30, 31-60, 61-90 and 90+ days overdue), per
 * faculty and per program, from one scan of the open invoices grouped by (faculty, program), then
 * added up both ways here: a refresh reads the invoices once for both groupings.
 */
public final class AgingReport {
    private static final int BUCKETS = 6;
    private final Db db;

    AgingReport(Db db) {
        this.db = db;
    }

    /** One group of the aging report. */
    public record AgingRow(long id, String code, String nameTh, String nameEn, String current, String days0to30,
                           String days31to60, String days61to90, String days90plus, String totalOutstanding,
                           long invoices) {
    }

    /** A group's sums: the five buckets, then the total outstanding, and the invoices counted. */
    private static final class Sums {
        final BigDecimal[] money = Stream.generate(() -> BigDecimal.ZERO).limit(BUCKETS).toArray(BigDecimal[]::new);
        long invoices;

        void add(BigDecimal[] amounts, long n) {
            for (int i = 0; i < BUCKETS; i++) {
                money[i] = money[i].add(amounts[i]);
            }
            invoices += n;
        }
    }

    private record Name(long id, String code, String nameTh, String nameEn) {
    }

    /** The report's rows as of {@code today} (UTC), by faculty and by program, each ordered by code. */
    Map<String, List<AgingRow>> rows(LocalDate today) {
        Map<Long, Sums> byFaculty = new HashMap<>();
        Map<Long, Sums> byProgram = new HashMap<>();
        String sql = "SELECT st.faculty_id AS fid, st.program_id AS pid, "
                + bucket("i.due_date >= ?") + " AS b0, "
                + bucket("DATEDIFF(?, i.due_date) BETWEEN 1 AND 30") + " AS b1, "
                + bucket("DATEDIFF(?, i.due_date) BETWEEN 31 AND 60") + " AS b2, "
                + bucket("DATEDIFF(?, i.due_date) BETWEEN 61 AND 90") + " AS b3, "
                + bucket("DATEDIFF(?, i.due_date) > 90") + " AS b4, "
                + "SUM(i.total - i.paid) AS b5, COUNT(*) AS n "
                + "FROM invoices i FORCE INDEX (ix_invoices_status_due) JOIN students st ON st.id = i.student_id "
                + "WHERE " + FinanceLists.OUTSTANDING + " GROUP BY st.faculty_id, st.program_id";
        db.read(exec -> {
            try (Stream<DbRow> rows = exec.query(sql, today, today, today, today, today)) {
                rows.forEach(r -> {
                    BigDecimal[] amounts = new BigDecimal[BUCKETS];
                    for (int i = 0; i < BUCKETS; i++) {
                        BigDecimal d = Rows.decimal(r, "b" + i);
                        amounts[i] = d == null ? BigDecimal.ZERO : d;
                    }
                    long n = Rows.lng(r, "n");
                    byFaculty.computeIfAbsent(Rows.lng(r, "fid"), k -> new Sums()).add(amounts, n);
                    byProgram.computeIfAbsent(Rows.lng(r, "pid"), k -> new Sums()).add(amounts, n);
                });
            }
            return null;
        });
        return Map.of("faculty", named(byFaculty, names("faculties")), "program", named(byProgram, names("programs")));
    }

    private Map<Long, Name> names(String table) {
        Map<Long, Name> out = new HashMap<>();
        db.read(exec -> {
            try (Stream<DbRow> rows = exec.query("SELECT id, code, name_th, name_en FROM " + table)) {
                rows.forEach(r -> out.put(Rows.lng(r, "id"), new Name(Rows.lng(r, "id"), Rows.str(r, "code"),
                        Rows.str(r, "name_th"), Rows.str(r, "name_en"))));
            }
            return null;
        });
        return out;
    }

    /** Rows of the groups that exist (as the join with their table did), ordered by code. */
    private static List<AgingRow> named(Map<Long, Sums> groups, Map<Long, Name> names) {
        Map<Name, Sums> named = new LinkedHashMap<>();
        groups.forEach((id, sums) -> {
            Name name = names.get(id);
            if (name != null) {
                named.put(name, sums);
            }
        });
        return named.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Name, Sums> e) -> e.getKey().code(),
                        String.CASE_INSENSITIVE_ORDER))
                .map(e -> row(e.getKey(), e.getValue())).toList();
    }

    private static AgingRow row(Name g, Sums s) {
        return new AgingRow(g.id(), g.code(), g.nameTh(), g.nameEn(), m(s.money[0]), m(s.money[1]), m(s.money[2]),
                m(s.money[3]), m(s.money[4]), m(s.money[5]), s.invoices);
    }

    private static String bucket(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN i.total - i.paid ELSE 0 END)";
    }

    private static String m(BigDecimal d) {
        return Money.format(d.setScale(2, RoundingMode.HALF_UP));
    }
}
