package th.ac.ums.server.seed;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The small tables of the seed (faculties, programs, courses, terms, fees, instructors) and
 * the ids they got, so the big tables can point at them. On an empty database it inserts
 * them; when appending it reads the ids of what is there.
 */
final class ReferenceData {
    final Map<String, Long> programIds = new HashMap<>();
    final Map<Integer, Long> facultyIds = new HashMap<>();
    final Map<String, Long> courseIds = new HashMap<>();
    final Map<String, Long> termIds = new HashMap<>();
    long firstInstructorId;
    int instructors;

    static ReferenceData insert(Connection c, SeedCalendar calendar, int instructorCount, long seed,
                                LocalDateTime now) throws SQLException {
        ReferenceData ref = new ReferenceData();
        try (PreparedStatement fac = c.prepareStatement(
                "INSERT INTO faculties (code, name_th, name_en, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement prog = c.prepareStatement("INSERT INTO programs (faculty_id, code, name_th, name_en, "
                     + "degree, duration_years, tuition_per_term, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (Catalog.Faculty f : Catalog.FACULTIES) {
                long fid = insert(fac, f.code(), f.nameTh(), f.nameEn(), now, now);
                ref.facultyIds.put(f.no(), fid);
                for (Catalog.Program p : f.programs()) {
                    ref.programIds.put(p.code(), insert(prog, fid, p.code(), p.nameTh(), p.nameEn(), p.degree(),
                            p.years(), p.tuition(), now, now));
                }
            }
        }
        ref.insertCourses(c, now);
        ref.insertTerms(c, calendar, now);
        ref.insertFees(c, now);
        ref.insertInstructors(c, instructorCount, seed, now);
        return ref;
    }

    private void insertCourses(Connection c, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO courses (faculty_id, program_id, code, title_th, "
                + "title_en, credits, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Catalog.Program p : Catalog.programs()) {
                for (Catalog.Course course : Catalog.programCourses(p)) {
                    courseIds.put(course.code(), insert(ps, facultyIds.get(course.facultyNo()),
                            programIds.get(p.code()), course.code(), course.titleTh(), course.titleEn(),
                            course.credits(), now, now));
                }
            }
            for (Catalog.Course course : Catalog.generalEducation()) {
                courseIds.put(course.code(), insert(ps, facultyIds.get(course.facultyNo()), null, course.code(),
                        course.titleTh(), course.titleEn(), course.credits(), now, now));
            }
        }
    }

    private void insertTerms(Connection c, SeedCalendar calendar, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO academic_terms (code, academic_year, semester, "
                + "name_th, name_en, starts_on, ends_on, registration_opens, registration_closes, payment_due, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (SeedCalendar.Term t : calendar.terms()) {
                termIds.put(t.code(), insert(ps, t.code(), t.yearBe(), t.semester(), t.nameTh(), t.nameEn(),
                        t.startsOn(), t.endsOn(), t.registrationOpens(), t.registrationCloses(), t.paymentDue(),
                        now, now));
            }
        }
    }

    private void insertFees(Connection c, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fee_items (program_id, description, amount, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert(ps, null, Lines.MAINTENANCE, Catalog.MAINTENANCE_FEE, now, now);
            for (Catalog.Program p : Catalog.programs()) {
                if (p.lab()) {
                    insert(ps, programIds.get(p.code()), Lines.LAB, Catalog.LAB_FEE, now, now);
                }
            }
        }
    }

    private void insertInstructors(Connection c, int count, long seed, LocalDateTime now) throws SQLException {
        String[] titles = {"อ.", "อ.ดร.", "ผศ.", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร."};
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
        try (PreparedStatement user = c.prepareStatement("INSERT INTO users (email, display_name, display_name_key, "
                + "password_hash, created_at, updated_at) VALUES (?, ?, ?, '!no-console-login', ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = c.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, 'INSTRUCTOR')")) {
            for (int i = 0; i < count; i++) {
                NameBank.Name first = NameBank.firstName(r, r.nextBoolean());
                NameBank.Name last = NameBank.surname(r);
                String email = (first.en() + "." + last.en().substring(0, Math.min(3, last.en().length())) + "." + (i + 1))
                        .toLowerCase().replace("-", "") + "@ums.ac.th";
                String name = titles[r.nextInt(titles.length)] + first.th() + " " + last.th();
                long id = insert(user, email, name, th.ac.ums.server.platform.ThaiOrder.key(name), now, now);
                if (i == 0) {
                    firstInstructorId = id;
                }
                role.setLong(1, id);
                role.addBatch();
            }
            role.executeBatch();
        }
        instructors = count;
    }

    /** Reads the ids of what an earlier seed inserted (for --append). */
    static ReferenceData read(Connection c) throws SQLException {
        ReferenceData ref = new ReferenceData();
        try (Statement st = c.createStatement()) {
            readMap(st, "SELECT code, id FROM programs", ref.programIds);
            readMap(st, "SELECT code, id FROM courses", ref.courseIds);
            readMap(st, "SELECT code, id FROM academic_terms", ref.termIds);
            try (ResultSet rs = st.executeQuery("SELECT code, id FROM faculties")) {
                Map<String, Integer> byCode = new HashMap<>();
                Catalog.FACULTIES.forEach(f -> byCode.put(f.code(), f.no()));
                while (rs.next()) {
                    Integer no = byCode.get(rs.getString(1));
                    if (no != null) {
                        ref.facultyIds.put(no, rs.getLong(2));
                    }
                }
            }
        }
        for (Catalog.Program p : Catalog.programs()) {
            if (!ref.programIds.containsKey(p.code())) {
                throw new IllegalStateException("--append needs a database seeded before; program " + p.code()
                        + " is missing");
            }
        }
        return ref;
    }

    private static void readMap(Statement st, String sql, Map<String, Long> into) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    static long insert(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i] instanceof BigDecimal b ? b : values[i]);
        }
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

}
