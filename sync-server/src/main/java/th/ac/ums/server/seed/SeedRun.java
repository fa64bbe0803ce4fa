package th.ac.ums.server.seed;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.cli.Patience;
import th.ac.ums.server.commands.MigrateCommand;

/**
 * One seed: plan every student (sizes the sections), write the reference data, then stream
 * every row to the table loaders while printing progress, and finally record the code
 * sequences and refresh the optimizer's statistics.
 */
public final class SeedRun {
    static final int TERMS_BILLED = 4;
    /** The tables a fresh seed bulk-loads (indexes rebuilt after). */
    public static final List<String> LOADED = List.of("students", "enrollments", "invoices",
            "invoice_lines", "payments", "holds", "applicants", "applications");
    private static final List<String> BIG_TABLES = List.of("students", "enrollments", "invoices", "invoice_lines",
            "payments", "holds", "applicants", "applications", "class_sections", "users");

    private final BulkConnections connections;
    private final long students;
    private final long seed;
    private final LocalDate asOf;
    private final boolean append;
    private final int batch;
    private final PrintStream out;

    SeedRun(BulkConnections connections, long students, long seed, LocalDate asOf, boolean append,
            int batch, PrintStream out) {
        this.connections = connections;
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
        try (Connection c = connections.open()) {
            long existing = count(c, "students");
            boolean fresh = existing == 0 && count(c, "faculties") == 0;
            if (!fresh && !append) {
                throw new Exit(1, "the database already holds a university (" + existing
                        + " students); use --append to add to it, or seed an empty database");
            }
            SeedCalendar calendar = new SeedCalendar(asOf);
            StudentPlanner planner = new StudentPlanner(fresh ? seed : seed ^ (existing * 0x9E3779B9L), calendar,
                    students, TERMS_BILLED);
            long t0 = System.nanoTime();
            Sections sections = fresh ? plan(planner) : new Sections();
            out.printf("seed: planned %,d students in %.1f s%n", students, (System.nanoTime() - t0) / 1e9);
            ReferenceData ref = reference(c, fresh, calendar, sections);
            BulkIndexes bulk = fresh ? BulkIndexes.capture(c, LOADED) : null;
            long rows;
            if (bulk != null) {
                bulk.drop(c);
                long t1 = System.nanoTime();
                try {
                    rows = write(c, true, planner, calendar, ref, sections);
                    out.printf("seed: wrote %,d rows in %.1f s%n", rows, (System.nanoTime() - t1) / 1e9);
                } catch (SQLException | RuntimeException e) {
                    if (!Patience.isConnectionProblem(e)) {
                        restore(bulk);   // leave the tables usable; a lost database has nothing to restore
                    }
                    throw e;
                }
                restore(bulk);
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

    private void restore(BulkIndexes bulk) throws SQLException {
        out.println("seed: building indexes");
        long t2 = System.nanoTime();
        bulk.restore(connections, 2, out);
        out.printf("seed: indexes built in %.1f s%n", (System.nanoTime() - t2) / 1e9);
    }

    /** Counts how many students take each course this term (two threads: it is pure arithmetic). */
    private Sections plan(StudentPlanner planner) throws SQLException {
        Map<String, Catalog.Program> programs = new HashMap<>();
        planner.programs().forEach(p -> programs.put(p.facultyNo() * 100 + p.no() + "", p));
        List<Catalog.Course> genEd = Catalog.generalEducation();
        int threads = 2;
        List<Map<String, int[]>> partial = new java.util.ArrayList<>();
        List<Thread> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Map<String, int[]> counts = new HashMap<>();
            partial.add(counts);
            long from = students * t / threads;
            long to = students * (t + 1) / threads;
            workers.add(Thread.ofPlatform().start(() -> {
                for (long i = from; i < to; i++) {
                    int[] picks = planner.courses(i);
                    if (picks.length == 0) {
                        continue;
                    }
                    List<Catalog.Course> courses = Catalog.programCourses(programs.get(picks[2] + ""));
                    counts.computeIfAbsent(courses.get(picks[0]).code(), k -> new int[1])[0]++;
                    counts.computeIfAbsent(courses.get(picks[1]).code(), k -> new int[1])[0]++;
                    counts.computeIfAbsent(genEd.get((int) (i % genEd.size())).code(), k -> new int[1])[0]++;
                }
            }));
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted");
            }
        }
        Sections sections = new Sections();
        for (Catalog.Program p : planner.programs()) {
            for (Catalog.Course course : Catalog.programCourses(p)) {
                sections.add(course.code(), partial.stream().mapToInt(m -> m.getOrDefault(course.code(), new int[1])[0]).sum());
            }
        }
        for (Catalog.Course course : genEd) {
            sections.add(course.code(), partial.stream().mapToInt(m -> m.getOrDefault(course.code(), new int[1])[0]).sum());
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
        try (Loaders loaders = new Loaders(connections, batch, !fresh);
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
