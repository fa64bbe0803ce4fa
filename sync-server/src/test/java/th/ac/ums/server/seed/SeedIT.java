package th.ac.ums.server.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.testing.RealServices;
import th.ac.ums.server.testing.TestEnv;

/**
 * The seed on real MariaDB: deterministic for a seed, realistic, internally consistent
 * (money adds up, sections are not overfilled), schema left exactly as migrated.
 */
public class SeedIT {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final List<String> TABLES = List.of("faculties", "programs", "courses", "academic_terms", "class_sections",
            "users", "students", "enrollments", "invoices", "invoice_lines", "payments", "holds", "applicants",
            "applications");

    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final List<String> extraDatabases = new ArrayList<>();
    static String output;

    @BeforeAll
    static void seedOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        env.infrastructure();
        SeedCommand.seed(env.settings(), 3000, 11, AS_OF, false, new PrintStream(out, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void dropExtra() throws SQLException {
        for (String db : extraDatabases) {
            dropDatabase(db);
        }
    }

    public static void dropDatabase(String name) throws SQLException {
        RealServices s = RealServices.get();
        try (Connection c = DriverManager.getConnection(s.dbServerUrl(), s.dbUser(), s.dbPassword());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static Settings other(String suffix) {
        String name = env.database() + "_" + suffix;
        extraDatabases.add(name);
        return env.settings().with(Map.of("db.url", RealServices.get().dbServerUrl() + name));
    }

    private static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.string("db.url"), settings.string("db.user"),
                settings.optionalString("db.password").orElse(""));
    }

    /**
     * A digest of every row of every table, computed from the column values (CHECKSUM TABLE is not
     * used: MariaDB's includes undefined bytes of stored generated columns).
     */
    static Map<String, String> checksums(Settings settings) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = connect(settings); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE "
                        + "table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.add("IFNULL(`" + rs.getString(1) + "`, '<null>')");
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', "
                        + String.join(", ", columns) + "))) FROM " + table)) {
                    rs.next();
                    sums.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return sums;
    }

    static long scalar(Settings settings, String sql) throws SQLException {
        try (Connection c = connect(settings); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Set<String> values(Settings settings, String sql) throws SQLException {
        Set<String> set = new TreeSet<>();
        try (Connection c = connect(settings); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                set.add(rs.getString(1));
            }
        }
        return set;
    }

    @Test
    void theSameSeedGivesTheSameUniversityAndAnotherSeedAnotherOne() throws SQLException {
        Settings again = other("again");
        Settings different = other("different");
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        SeedCommand.seed(again, 3000, 11, AS_OF, false, quiet);
        SeedCommand.seed(different, 3000, 12, AS_OF, false, quiet);
        Map<String, String> first = checksums(env.settings());
        assertEquals(first, checksums(again));
        assertNotEquals(first.get("students"), checksums(different).get("students"));
    }

    @Test
    void progressIsPrinted() {
        assertTrue(output.contains("seed: reference data: 15 faculties"), output);
        assertTrue(output.contains("seed: building indexes"), output);
        assertTrue(output.matches("(?s).*seed: done: 3,000 students, [0-9,]+ rows in .*"), output);
    }

    @Test
    void theUniversityLooksReal() throws SQLException {
        Settings s = env.settings();
        assertEquals(3000, scalar(s, "SELECT COUNT(*) FROM students"));
        assertEquals(3000, scalar(s, "SELECT COUNT(DISTINCT student_code) FROM students WHERE student_code REGEXP '^[0-9]{8}$'"));
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM students WHERE first_name_th NOT REGEXP '^[ก-๙]+$' "
                + "OR first_name_en NOT REGEXP '^[A-Za-z-]+$'"));
        assertEquals(Set.of("ACTIVE", "GRADUATED", "ON_LEAVE", "SUSPENDED", "WITHDRAWN"),
                values(s, "SELECT DISTINCT status FROM students"));
        assertEquals(Set.of("ACCEPTED", "ADMITTED", "REJECTED", "SUBMITTED", "UNDER_REVIEW", "WAITLISTED", "WITHDRAWN"),
                values(s, "SELECT DISTINCT status FROM applications"));
        assertTrue(values(s, "SELECT DISTINCT status FROM invoices")
                .containsAll(Set.of("PAID", "OVERDUE", "OPEN", "PARTIALLY_PAID")));
        assertEquals(Set.of("ACADEMIC", "ADMINISTRATIVE", "FINANCIAL", "DISCIPLINARY"),
                values(s, "SELECT DISTINCT type FROM holds"));
        assertTrue(scalar(s, "SELECT COUNT(*) FROM payments WHERE kind = 'REFUND'") > 0);
        assertTrue(scalar(s, "SELECT COUNT(DISTINCT program_id) FROM students") >= 40);
    }

    @Test
    void moneyAndSeatsAddUp() throws SQLException {
        Settings s = env.settings();
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM invoices i WHERE i.total <> "
                + "(SELECT SUM(l.amount) FROM invoice_lines l WHERE l.invoice_id = i.id)"));
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM invoices i WHERE i.paid <> COALESCE((SELECT SUM(CASE p.kind "
                + "WHEN 'PAYMENT' THEN p.amount ELSE -p.amount END) FROM payments p WHERE p.invoice_id = i.id), 0)"));
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM class_sections sec WHERE sec.enrolled_count <> "
                + "(SELECT COUNT(*) FROM enrollments e WHERE e.section_id = sec.id) OR sec.enrolled_count > sec.capacity"));
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                + "WHERE p.student_id <> i.student_id"));
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM payments WHERE received_at > '2026-11-29'"));
    }

    @Test
    void bulkLoadingLeavesTheSchemaAsMigrated() throws SQLException {
        Settings migratedOnly = other("schema");
        SeedCommand.seed(migratedOnly, 1, 1, AS_OF, false, new PrintStream(java.io.OutputStream.nullOutputStream()));
        String indexes = "SELECT CONCAT(table_name, '.', index_name, '(', GROUP_CONCAT(column_name ORDER BY seq_in_index), "
                + "')', MIN(non_unique)) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                + "GROUP BY table_name, index_name";
        assertEquals(values(migratedOnly, indexes), values(env.settings(), indexes));
        String fks = "SELECT CONCAT(table_name, '.', constraint_name, '>', referenced_table_name, delete_rule) "
                + "FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE()";
        assertEquals(values(migratedOnly, fks), values(env.settings(), fks));
        assertTrue(values(env.settings(), indexes).size() > 100);
    }

    @Test
    void appendAddsStudentsWithNewCodesAndRefusesWithoutTheFlag() throws SQLException {
        Settings s = other("append");
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        SeedCommand.seed(s, 500, 3, AS_OF, false, quiet);
        Exit refused = assertThrows(Exit.class, () -> SeedCommand.seed(s, 10, 3, AS_OF, false, quiet));
        assertEquals(1, refused.code());
        SeedCommand.seed(s, 200, 3, AS_OF, true, quiet);
        assertEquals(700, scalar(s, "SELECT COUNT(*) FROM students"));
        assertEquals(700, scalar(s, "SELECT COUNT(DISTINCT student_code) FROM students"));
        assertEquals(0, scalar(s, "SELECT COUNT(*) FROM invoices i WHERE i.paid <> COALESCE((SELECT SUM(CASE p.kind "
                + "WHEN 'PAYMENT' THEN p.amount ELSE -p.amount END) FROM payments p WHERE p.invoice_id = i.id), 0)"));
    }
}
