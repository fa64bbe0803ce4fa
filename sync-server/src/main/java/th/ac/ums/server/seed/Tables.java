package th.ac.ums.server.seed;

import java.util.List;

/** Column lists of the tables the seed fills in bulk. */
final class Tables {
    static final List<String> STUDENTS = List.of("id", "student_code", "first_name_th", "last_name_th",
            "first_name_th_key", "last_name_th_key", "first_name_en", "last_name_en", "email", "phone", "program_id",
            "faculty_id", "status", "admitted_at", "created_at", "updated_at", "title", "birth_date", "national_id");
    static final List<String> ENROLLMENTS = List.of("id", "student_id", "section_id", "status", "enrolled_at");
    static final List<String> INVOICES = List.of("id", "number", "student_id", "academic_term_id", "term_fee_key",
            "issued_at", "due_date", "total", "paid", "status", "void_reason", "created_at", "updated_at");
    static final List<String> INVOICE_LINES = List.of("invoice_id", "line_no", "description", "amount");
    static final List<String> PAYMENTS = List.of("id", "invoice_id", "student_id", "kind", "amount", "method",
            "reference", "received_at", "reverses_payment_id", "created_at");
    static final List<String> HOLDS = List.of("student_id", "type", "blocks", "reason", "placed_at", "lifted_at",
            "lift_reason");
    static final List<String> APPLICANTS = List.of("id", "first_name_th", "last_name_th", "first_name_en",
            "last_name_en", "email", "phone", "birth_date", "created_at", "updated_at");
    static final List<String> APPLICATIONS = List.of("applicant_id", "program_id", "academic_term_id", "status",
            "decision_note", "decided_at", "student_id", "created_at", "updated_at");

    private Tables() {
    }
}
