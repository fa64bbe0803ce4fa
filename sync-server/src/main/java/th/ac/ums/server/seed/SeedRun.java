package th.ac.ums.server.seed;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.ac.ums.server.commands.Exit;

/**
 * One seed: plan every student (sizes the sections), write the reference data, then stream
 * every row to the table loaders while printing progress, and finally record the code
 * sequences and refresh the optimizer's statistics.
 */
final class SeedRun {
    static final int TERMS_BILLED = 3;
    private static final List<String> LOADED_TABLES = List.of("students", "enrollments", "invoices",
            "invoice_lines", "payments", "holds", "applicants", "applications");
    private static final List<String> BIG_TABLES = List.of("students", "enrollments", "invoices", "invoice_lines",
            "payments", "holds", "applicants", "applications", "class_sections", "users");

    private final String url;
    private final String user;
    private final String password;
    private final long students;
    private final long seed;
    private final LocalDate asOf;
    private final boolean append;
    private final int batch;
    private final PrintStream out;

    SeedRun(String url, String user, String password, long students, long seed, LocalDate asOf, boolean append,
            int batch, PrintStream out) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.students = students;
        this.seed = seed;
        this.asOf = asOf;
        this.append = append;
        this.batch = batch;
        this.out = out;
    }

    /** Runs the seed; returns the number of rows written. */
    long run() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long existing = count(c, "students");
            boolean fresh = existing == 0 && count(c, "faculties") == 0;
            if (!fresh && !append) {
                throw new Exit(1, "the database already holds a university (" + existing
                        + " students); use --append to add to it, or seed an empty database");
            }
            SeedCalendar calendar = new SeedCalendar(asOf);
            StudentPlanner planner = new StudentPlanner(fresh ? seed : seed ^ (existing * 0x9E3779B9L), calendar,
                    students, TERMS_BILLED);
            Sections sections = fresh ? plan(planner) : new Sections();
            ReferenceData ref = reference(c, fresh, calendar, sections);
            BulkIndexes bulk = fresh ? BulkIndexes.capture(c, LOADED_TABLES) : null;
            long rows;
            if (bulk != null) {
                bulk.drop(c);
                try {
                    rows = write(c, true, planner, calendar, ref, sections);
                } finally {
                    out.println("seed: building indexes");
                    bulk.restore(url, user, password, 2, out);
                }
                bulk.verify(c);
            } else {
                rows = write(c, false, planner, calendar, ref, sections);
            }
            analyze(c);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("seed: done: %,d students, %,d rows in %.1f s (%,.0f rows/s)%n", students, rows, seconds,
                    rows / seconds);
            return rows;
        }
    }

    private Sections plan(StudentPlanner planner) {
        Sections sections = new Sections();
        for (long i = 0; i < students; i++) {
            StudentPlanner.Plan plan = planner.plan(i);
            List<Catalog.Course> courses = Catalog.programCourses(plan.program());
            for (int course : plan.courses()) {
                sections.count(courses.get(course).code());
            }
            if (plan.genEd()) {
                List<Catalog.Course> genEd = Catalog.generalEducation();
                sections.count(genEd.get((int) (i % genEd.size())).code());
            }
            if (i % 200_000 == 0 && i > 0) {
                out.printf("seed: planning %,d/%,d students%n", i, students);
            }
        }
        return sections;
    }

    private ReferenceData reference(Connection c, boolean fresh, SeedCalendar calendar, Sections sections)
            throws SQLException {
        if (!fresh) {
            return ReferenceData.read(c);
        }
        LocalDateTime created = asOf.minusYears(SeedCalendar.COHORTS + 1L).atTime(9, 0);
        c.setAutoCommit(false);
        int instructors = Math.max(20, sections.sectionCount() / 6);
        ReferenceData ref = ReferenceData.insert(c, calendar, instructors, seed, created);
        int count = sections.insert(c, ref, ref.termIds.get(calendar.current().code()), seed, created);
        c.commit();
        c.setAutoCommit(true);
        out.printf("seed: reference data: %d faculties, %d programs, %d courses, %d terms, %,d instructors, %,d sections%n",
                ref.facultyIds.size(), ref.programIds.size(), ref.courseIds.size(), ref.termIds.size(), instructors,
                count);
        return ref;
    }

    private long write(Connection c, boolean fresh, StudentPlanner planner, SeedCalendar calendar, ReferenceData ref,
                       Sections sections) throws SQLException {
        Map<String, long[]> codes = sequences(c, "student:");
        Map<String, long[]> invoiceNumbers = sequences(c, "invoice:");
        long startRows;
        try (Loaders loaders = new Loaders(url, user, password, batch, !fresh);
             SeedProgress progress = new SeedProgress(out, students, loaders)) {
            StudentWriter writer = new StudentWriter(planner, ref, sections, calendar, asOf, loaders, codes,
                    invoiceNumbers);
            writer.nextStudentId = maxId(c, "students") + 1;
            writer.nextInvoiceId = maxId(c, "invoices") + 1;
            writer.nextPaymentId = maxId(c, "payments") + 1;
            writer.nextEnrollmentId = maxId(c, "enrollments") + 1;
            ApplicationWriter applications = fresh ? new ApplicationWriter(planner, ref, calendar, asOf, loaders) : null;
            for (long i = 0; i < students; i++) {
                StudentPlanner.Plan plan = planner.plan(i);
                long id = writer.write(plan);
                if (applications != null && plan.cohortYear() == calendar.currentYear()) {
                    applications.admitted(plan, id);
                }
                progress.student(i + 1);
            }
            if (applications != null) {
                long intakeSize = students - planner.cohortStart(SeedCalendar.COHORTS - 1);
                applications.others(intakeSize / 4, calendar.intake(calendar.currentYear()), false, students);
                applications.others(intakeSize * 6 / 5, calendar.intake(calendar.currentYear() + 1), true,
                        students * 2);
            }
            progress.phase("committing");
            loaders.close();
            startRows = loaders.inserted();
        }
        saveSequences(c, codes, "student:");
        saveSequences(c, invoiceNumbers, "invoice:");
        return startRows;
    }

    private static Map<String, long[]> sequences(Connection c, String prefix) throws SQLException {
        Map<String, long[]> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, next_value FROM code_sequences WHERE name LIKE ?")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1).substring(prefix.length()), new long[] {rs.getLong(2) - 1});
                }
            }
        }
        return map;
    }

    private static void saveSequences(Connection c, Map<String, long[]> sequences, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO code_sequences (name, next_value) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE next_value = GREATEST(next_value, VALUES(next_value))")) {
            for (Map.Entry<String, long[]> e : sequences.entrySet()) {
                ps.setString(1, prefix + e.getKey());
                ps.setLong(2, e.getValue()[0] + 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getLong(1) == 0 ? 0 : maxId(c, table);
        }
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void analyze(Connection c) throws SQLException {
        out.println("seed: refreshing optimizer statistics");
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE TABLE " + String.join(", ", BIG_TABLES));
        }
    }
}
