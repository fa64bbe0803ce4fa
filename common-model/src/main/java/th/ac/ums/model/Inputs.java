package th.ac.ums.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the write endpoints. For PATCH every field is optional (null: unchanged);
 * the same records are built by the desktop and checked by {@link th.ac.ums.model.validation.Validators}
 * on both sides.
 */
public final class Inputs {
    private Inputs() {
    }

    public record FacultyInput(String code, String nameTh, String nameEn) {
    }

    public record ProgramInput(Long facultyId, String code, String nameTh, String nameEn, String degree,
                               Integer durationYears, String tuitionPerTerm, Boolean active) {
    }

    public record CourseInput(Long facultyId, Long programId, String code, String titleTh, String titleEn,
                              Integer credits, Boolean active) {
    }

    public record TermInput(String code, Integer academicYear, Integer semester, String nameTh, String nameEn,
                            LocalDate startsOn, LocalDate endsOn, LocalDate registrationOpens,
                            LocalDate registrationCloses, LocalDate paymentDue) {
    }

    public record SectionInput(Long courseId, Long termId, String sectionNo, Long instructorId, Integer capacity,
                               String room, String schedule) {
    }

    public record StudentInput(String studentCode, String firstNameTh, String lastNameTh, String firstNameEn,
                               String lastNameEn, String email, String phone, Long programId, String status,
                               LocalDate admittedAt, String title, LocalDate birthDate, String nationalId) {
        /** The fields of the first version of the record (no title, birth date or national ID). */
        public StudentInput(String studentCode, String firstNameTh, String lastNameTh, String firstNameEn,
                            String lastNameEn, String email, String phone, Long programId, String status,
                            LocalDate admittedAt) {
            this(studentCode, firstNameTh, lastNameTh, firstNameEn, lastNameEn, email, phone, programId, status,
                    admittedAt, null, null, null);
        }
    }

    public record EnrollmentInput(Long sectionId) {
    }

    public record HoldInput(Long studentId, String type, List<String> blocks, String reason) {
    }

    public record LiftInput(String reason) {
    }

    public record ApplicationInput(String firstNameTh, String lastNameTh, String firstNameEn, String lastNameEn,
                                   String email, String phone, LocalDate birthDate, Long programId, Long termId) {
    }

    public record DecisionInput(String decision, String note) {
    }

    public record BulkDecisionInput(List<Long> ids, String decision, String note) {
    }

    public record BulkIdsInput(List<Long> ids, String note) {
    }

    public record InvoiceLineInput(String description, String amount) {
    }

    public record InvoiceInput(Long studentId, Long termId, LocalDate dueDate, List<InvoiceLineInput> lines) {
    }

    public record VoidInput(String reason) {
    }

    public record PaymentInput(Long invoiceId, String amount, String method, String reference,
                               java.time.Instant receivedAt) {
    }

    public record RefundInput(String amount, String reason) {
    }

    /** Why a receipt or credit note is cancelled (required, 1 to 500 characters). */
    public record CancelReceiptInput(String reason) {
    }

    public record GenerateInvoicesInput(Long termId, LocalDate dueDate, List<Long> programIds) {
    }
}
