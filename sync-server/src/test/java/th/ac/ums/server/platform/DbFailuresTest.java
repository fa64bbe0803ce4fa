package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;

/** The one classification of SQL errors: what a record write's constraint failures become. */
class DbFailuresTest {

    private static RuntimeException wrapped(SQLException e) {
        return new IllegalStateException("statement failed", e);
    }

    @Test
    void aDuplicateOfAKnownUniqueKeyNamesTheField() {
        RuntimeException e = wrapped(new SQLIntegrityConstraintViolationException(
                "Duplicate entry '1234567890123' for key 'uq_students_national_id'", "23000", 1062));
        Refusal r = (Refusal) DbFailures.constraintRefusal(e);
        assertEquals(Refusal.Kind.CONFLICT, r.kind());
        assertEquals("Another record already has this nationalId.", r.getMessage());
        assertEquals(List.of(new FieldError("nationalId", "is already taken by another record")), r.errors());
        assertEquals("email", DbFailures.duplicateField(wrapped(new SQLException(
                "Duplicate entry 'a@b' for key 'students.uq_students_email'", "23000", 1062))));
    }

    @Test
    void anyOtherDuplicateIsAPlainConflict() {
        Refusal r = (Refusal) DbFailures.constraintRefusal(wrapped(new SQLException(
                "Duplicate entry 'CS' for key 'uq_faculties_code'", "23000", 1062)));
        assertEquals(Refusal.Kind.CONFLICT, r.kind());
        assertEquals("A record with the same code or unique value already exists.", r.getMessage());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void foreignKeysAndChecksHaveTheirOwnAnswers() {
        for (int code : new int[] {1452, 1451}) {
            Refusal r = (Refusal) DbFailures.constraintRefusal(wrapped(new SQLException("fk", "23000", code)));
            assertEquals(Refusal.Kind.INVALID, r.kind());
            assertEquals(List.of(new FieldError("id", "refers to a record that does not exist")), r.errors());
        }
        for (int code : new int[] {4025, 3819}) {
            Refusal r = (Refusal) DbFailures.constraintRefusal(wrapped(new SQLException("check", "23000", code)));
            assertEquals(Refusal.Kind.CONFLICT, r.kind());
            assertEquals("The change breaks a rule of the record (for example a capacity below the number already "
                    + "enrolled).", r.getMessage());
        }
    }

    @Test
    void refusalsAndOtherFailuresPassThrough() {
        Refusal stale = Refusal.stale(3);
        assertSame(stale, DbFailures.constraintRefusal(stale));
        RuntimeException other = wrapped(new SQLException("syntax", "42000", 1064));
        assertSame(other, DbFailures.constraintRefusal(other));
        assertNull(DbFailures.duplicateField(other));
    }

    /** A session killed on the server (KILL CONNECTION) is a database that cannot serve now: 503, never a 500. */
    @Test
    void aKilledConnectionIsUnavailability() {
        Refusal r = (Refusal) DbFailures.translate(wrapped(new SQLException("Connection was killed", "70100", 1927)));
        assertEquals(Refusal.Kind.UNAVAILABLE, r.kind());
    }
}
