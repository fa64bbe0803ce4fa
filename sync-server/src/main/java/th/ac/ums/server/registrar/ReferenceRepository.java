package th.ac.ums.server.registrar;

import io.helidon.dbclient.DbExecute;

/**
 * SQL that follows a change of reference data beyond the record itself. It holds no rules and
 * opens no transaction: each method runs on the transaction the service passes.
 */
public final class ReferenceRepository {

    /** Students carry their program's faculty (so faculty lists read one index in order): moves them with it. */
    public void moveStudentsOfProgram(DbExecute tx, long programId, Object facultyId) {
        tx.dml("UPDATE students SET faculty_id = ? WHERE program_id = ?", facultyId, programId);
    }
}
