package th.ac.ums.server.paging;

import java.util.List;
import th.ac.ums.server.admissions.AdmissionLists;
import th.ac.ums.server.audit.AuditLists;
import th.ac.ums.server.finance.FinanceLists;
import th.ac.ums.server.finance.ReceiptLists;
import th.ac.ums.server.registrar.RegistrarLists;
import th.ac.ums.server.students.HoldLists;
import th.ac.ums.server.students.StudentLists;
import th.ac.ums.server.users.UserLists;

/** Every list the API serves, for the tests that walk all of them (EXPLAIN). */
public final class Catalog {
    private Catalog() {
    }

    public static List<ListSpec<?>> all() {
        return List.of(StudentLists.STUDENTS, RegistrarLists.FACULTIES, RegistrarLists.PROGRAMS,
                RegistrarLists.COURSES, RegistrarLists.TERMS, RegistrarLists.SECTIONS, RegistrarLists.ENROLLMENTS,
                AdmissionLists.APPLICATIONS, HoldLists.HOLDS, FinanceLists.INVOICES, FinanceLists.PAYMENTS,
                ReceiptLists.RECEIPTS,
                UserLists.USERS, AuditLists.AUDIT, AuditLists.SESSION_HISTORY, AuditLists.LIVE_SESSIONS);
    }
}
