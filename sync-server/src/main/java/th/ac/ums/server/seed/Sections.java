package th.ac.ums.server.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Class sections of the current term, sized from the planned demand: one section per
 * {@link #SEATS_USED} students of a course, each with {@link #CAPACITY} seats so registrars
 * still have room to add students. Students fill them in index order.
 */
final class Sections {
    static final int CAPACITY = 50;
    static final int SEATS_USED = 45;

    private final Map<String, int[]> demand = new LinkedHashMap<>();
    private final Map<String, Long> firstSection = new HashMap<>();
    private final Map<String, int[]> taken = new HashMap<>();

    void add(String courseCode, int students) {
        if (students > 0) {
            demand.put(courseCode, new int[] {students});
        }
    }

    int sectionCount() {
        return demand.values().stream().mapToInt(d -> (d[0] + SEATS_USED - 1) / SEATS_USED).sum();
    }

    /** Inserts the sections with their final enrolment counts; returns how many. */
    int insert(Connection c, ReferenceData ref, long termId, long seed, LocalDateTime now) throws SQLException {
        String[] days = {"จ. 09:00-12:00", "อ. 13:00-16:00", "พ. 09:00-12:00", "พฤ. 13:00-16:00", "ศ. 09:00-12:00",
            "จ. พ. 13:00-14:30", "อ. พฤ. 10:30-12:00"};
        SplittableRandom r = new SplittableRandom(seed ^ 0xC0FFEEL);
        int inserted = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO class_sections (course_id, academic_term_id, "
                + "section_no, instructor_id, capacity, enrolled_count, room, schedule, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (Map.Entry<String, int[]> e : demand.entrySet()) {
                int students = e.getValue()[0];
                int sections = (students + SEATS_USED - 1) / SEATS_USED;
                for (int s = 0; s < sections; s++) {
                    int enrolled = Math.min(SEATS_USED, students - s * SEATS_USED);
                    long instructor = ref.firstInstructorId + r.nextInt(ref.instructors);
                    long id = ReferenceData.insert(ps, ref.courseIds.get(e.getKey()), termId,
                            String.format("%03d", s + 1), instructor, CAPACITY, enrolled,
                            "อาคาร " + (1 + r.nextInt(12)) + " ห้อง " + (101 + r.nextInt(420)),
                            days[r.nextInt(days.length)], now, now);
                    if (s == 0) {
                        firstSection.put(e.getKey(), id);
                    }
                    inserted++;
                }
            }
        }
        return inserted;
    }

    /** The section the next student taking this course goes to (same order as the planning pass). */
    long nextSeat(String courseCode) {
        int n = taken.computeIfAbsent(courseCode, k -> new int[1])[0]++;
        return firstSection.get(courseCode) + n / SEATS_USED;
    }
}
