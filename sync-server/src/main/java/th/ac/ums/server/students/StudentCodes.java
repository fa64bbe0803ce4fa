package th.ac.ums.server.students;

import io.helidon.dbclient.DbExecute;
import th.ac.ums.server.platform.Sequences;

/**
 * New student codes: two digits of the Buddhist-era intake year and a running number within that
 * year (e.g. 69000123). The running number comes from code_sequences, incremented under its row
 * lock in the caller's transaction, so concurrent admissions never share a code; a code already
 * taken by hand is skipped.
 */
public final class StudentCodes {
    private StudentCodes() {
    }

    public static String allocate(DbExecute tx, int intakeYearBe) {
        String yy = String.format("%02d", intakeYearBe % 100);
        String name = "student:" + yy;
        for (int attempt = 0; attempt < 1000; attempt++) {
            long n = Sequences.reserve(tx, name, 1);
            if (n > 999_999) {
                throw new IllegalStateException("the student codes of intake year " + intakeYearBe + " are used up");
            }
            String code = yy + String.format("%06d", n);
            if (tx.get("SELECT 1 FROM students WHERE student_code = ?", code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free student code found for " + intakeYearBe);
    }

    /** The institutional email of a student code. */
    public static String email(String code) {
        return code + "@student.ums.ac.th";
    }
}
