package th.ac.ums.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the API, shared by the sync server (which writes them) and the desktop
 * (which reads them). Money is a string with two decimals; timestamps are UTC instants.
 */
public final class Dtos {
    private Dtos() {
    }

    /**
     * A user. {@code lockedUntil} (an extension) is when the latest running sign-in block of the
     * account ends (login limits of its e-mail, from any IP, and the second-factor lock), or null;
     * it is filled in where users are listed or read ({@code /users}, {@code /helpdesk/users}).
     */
    public record UserDto(long id, long version, String email, String displayName, List<Role> roles,
                          boolean disabled, boolean twoFactorEnabled, Instant createdAt, Instant lastLoginAt,
                          Instant lockedUntil) {

        /** This user with {@code lockedUntil} set (null: not locked). */
        public UserDto withLockedUntil(Instant until) {
            return new UserDto(id, version, email, displayName, roles, disabled, twoFactorEnabled, createdAt,
                    lastLoginAt, until);
        }
    }

    public record FacultyDto(long id, long version, String code, String nameTh, String nameEn) {
    }

    public record ProgramDto(long id, long version, String code, String nameTh, String nameEn, long facultyId,
                             String degree, int durationYears, String tuitionPerTerm, boolean active) {
    }

    public record CourseDto(long id, long version, String code, String titleTh, String titleEn, int credits,
                            long facultyId, Long programId, boolean active) {
    }

    public record TermDto(long id, long version, String code, int academicYear, int semester, String nameTh,
                          String nameEn, LocalDate startsOn, LocalDate endsOn, LocalDate registrationOpens,
                          LocalDate registrationCloses, LocalDate paymentDue) {
    }

    public record SectionDto(long id, long version, long courseId, String courseCode, String courseTitleTh,
                             String courseTitleEn, long termId, String termCode, String sectionNo,
                             Long instructorId, String instructorName, int capacity, int enrolled,
                             String room, String schedule) {
    }

    /** A student in lists and exports; {@code nationalId} is masked to its last four digits (PDPA). */
    public record StudentDto(long id, long version, String studentCode, String firstNameTh, String lastNameTh,
                             String firstNameEn, String lastNameEn, String email, String phone, long programId,
                             String programCode, String programNameTh, String programNameEn, long facultyId,
                             String status, LocalDate admittedAt, Instant createdAt, Instant updatedAt,
                             String title, LocalDate birthDate, String nationalId) {
        public StudentDto(long id, long version, String studentCode, String firstNameTh, String lastNameTh,
                          String firstNameEn, String lastNameEn, String email, String phone, long programId,
                          String programCode, String programNameTh, String programNameEn, long facultyId,
                          String status, LocalDate admittedAt, Instant createdAt, Instant updatedAt) {
            this(id, version, studentCode, firstNameTh, lastNameTh, firstNameEn, lastNameEn, email, phone, programId,
                    programCode, programNameTh, programNameEn, facultyId, status, admittedAt, createdAt, updatedAt,
                    null, null, null);
        }
    }

    public record NamedRef(long id, String code, String nameTh, String nameEn) {
    }

    public record Balance(String invoiced, String paid, String outstanding, String overdue) {
    }

    /** A hold; {@code placedByName} and {@code liftedByName} (extensions) are those users' display names. */
    public record HoldDto(long id, long version, long studentId, String studentCode, String type,
                          List<String> blocks, String reason, Long placedBy, String placedByName, Instant placedAt,
                          Instant liftedAt, Long liftedBy, String liftedByName, String liftReason, boolean active) {
    }

    public record EnrollmentDto(long id, long version, long studentId, long sectionId, String courseCode,
                                String courseTitleTh, String courseTitleEn, int credits, String sectionNo,
                                long termId, String termCode, String status, Instant enrolledAt) {
    }

    /** Student 360: the student, their program and faculty, active holds, balance and current enrollments. */
    /**
     * Student 360. {@code nationalId} is masked here too; the whole number is read on purpose with
     * {@code GET /students/{id}/national-id} (REGISTRAR, ADMIN; every view audited).
     */
    public record StudentDetail(long id, long version, String studentCode, String firstNameTh, String lastNameTh,
                                String firstNameEn, String lastNameEn, String email, String phone, long programId,
                                String status, LocalDate admittedAt, Instant createdAt, Instant updatedAt,
                                NamedRef program, NamedRef faculty, List<HoldDto> holds, Balance balance,
                                List<EnrollmentDto> enrollments, String title, LocalDate birthDate,
                                String nationalId) {
        public StudentDetail(long id, long version, String studentCode, String firstNameTh, String lastNameTh,
                             String firstNameEn, String lastNameEn, String email, String phone, long programId,
                             String status, LocalDate admittedAt, Instant createdAt, Instant updatedAt,
                             NamedRef program, NamedRef faculty, List<HoldDto> holds, Balance balance,
                             List<EnrollmentDto> enrollments) {
            this(id, version, studentCode, firstNameTh, lastNameTh, firstNameEn, lastNameEn, email, phone, programId,
                    status, admittedAt, createdAt, updatedAt, program, faculty, holds, balance, enrollments, null, null,
                    null);
        }
    }

    public record ApplicationDto(long id, long version, long applicantId, String firstNameTh, String lastNameTh,
                                 String firstNameEn, String lastNameEn, String email, long programId,
                                 String programCode, long termId, String status, String decisionNote,
                                 Instant decidedAt, Long studentId, Instant createdAt) {
    }

    public record InvoiceLine(String description, String amount) {
    }

    /** An invoice; {@code studentNameTh} and {@code studentNameEn} ("first last") are extensions. */
    public record InvoiceDto(long id, long version, String number, long studentId, String studentCode,
                             String studentNameTh, String studentNameEn, long termId, Instant issuedAt,
                             LocalDate dueDate, List<InvoiceLine> lines, String total, String paid,
                             String outstanding, String status) {
    }

    /**
     * A payment or refund; {@code receiptId} and {@code receiptNumber} (extensions) name its receipt or
     * credit note, {@code null} for payments recorded before receipts existed (the seed's history).
     */
    public record PaymentDto(long id, long invoiceId, String invoiceNumber, long studentId, String kind,
                             String amount, String method, String reference, Instant receivedAt, Long recordedBy,
                             Long reversesPaymentId, Long receiptId, String receiptNumber) {
    }

    /**
     * A receipt (kind RECEIPT, for a payment) or credit note (CREDIT_NOTE, for a refund; {@code refersTo}
     * is the number of the payment's receipt). {@code amount}, {@code method} and {@code reference} are
     * the payment's; the student's names are "first last" as the record is now.
     */
    /**
     * How to pay an invoice's outstanding amount by Thai QR Payment or at a bank counter / ATM
     * ({@code GET /invoices/{id}/bill-payment}): the references in text and the QR code's payload.
     */
    public record BillPayment(String billerId, String ref1, String ref2, String amount, String payload) {
    }

    public record ReceiptDto(long id, long version, String number, String kind, String status, int fiscalYear,
                             Instant issuedAt, long issuedBy, String issuedByName, long paymentId, long invoiceId,
                             String invoiceNumber, long studentId, String studentCode, String studentNameTh,
                             String studentNameEn, String amount, String method, String reference, Long refersToId,
                             String refersTo, Instant cancelledAt, Long cancelledBy, String cancelledByName,
                             String cancelReason) {
    }

    /** A cashier's day close: per cashier and method, and the day's totals (money as THB strings). */
    public record DayCloseDto(LocalDate date, String timeZone, Instant from, Instant to, List<DayCloseRow> rows,
                              DayCloseTotals totals) {
    }

    /**
     * One cashier's entries of one method: {@code count} payments and refunds, money in (payments) and
     * out (refunds), the first and last receipt number, and the receipts of these entries now cancelled.
     */
    public record DayCloseRow(long cashierId, String cashierName, String method, int count, String moneyIn,
                              String moneyOut, String net, String firstReceipt, String lastReceipt,
                              int cancelledCount, List<String> cancelledNumbers) {
    }

    /** The sums of every row of a day close. */
    public record DayCloseTotals(int count, String moneyIn, String moneyOut, String net, int cancelledCount) {
    }

    public record AuditEventDto(long id, Instant at, Long actorId, String actorEmail, String action, String entity,
                                String entityId, String ip, Map<String, Object> before, Map<String, Object> after) {
    }

    /** A live session; {@code consoleVersion} is the console's version from its User-Agent, null for other clients. */
    public record SessionDto(String id, long userId, String email, List<Role> roles, Instant createdAt,
                             Instant lastSeenAt, Instant expiresAt, String ip, String client, String consoleVersion) {
    }

    /**
     * The console versions this server supports (GET /client-versions, no sign-in): the oldest it
     * serves, the newest there is and where to get it, and what it makes of the caller's version
     * ({@code CURRENT}, {@code UPDATE_AVAILABLE}, {@code UNSUPPORTED}; null for a caller that is not a console).
     */
    public record ClientVersionsDto(String minimumVersion, String latestVersion, String downloadUrl, String yourVersion,
                                    String status) {
    }

    /** Desks per console version: live sessions' consoles, a desk being one address (GET /client-versions/desks). */
    public record DeskCountsDto(String minimumVersion, String latestVersion, int desks, List<DeskCountDto> versions,
                                Instant asOf) {
    }

    /** One console version's desks and live sessions; {@code version} "other" is every client that is not a console. */
    public record DeskCountDto(String version, String status, int desks, int sessions) {
    }

    public record EndedSessionDto(String id, long userId, String email, Instant createdAt, Instant lastSeenAt,
                                  Instant endedAt, String reason, Long endedBy, String endedByEmail, String ip,
                                  String client) {
    }

    public record Change(long seq, String entity, String id, String op) {
    }

    public record Changes(List<Change> changes, long nextSince) {
    }

    /**
     * A bank whose bill-payment files can be uploaded ({@code GET /payments/bank-files/layouts}): its
     * code, name, how its file writes a payment time, and the header of each column by field
     * ({@code transactionId}, {@code paidAt}, {@code amount}, {@code ref1}, {@code ref2}, {@code channel}).
     */
    public record BankLayoutDto(String code, String name, String dateTimeFormat, java.util.Map<String, String> columns) {
    }

    /** How many lines of a bank file and how much money. */
    public record BankBucket(int count, String amount) {
    }

    /**
     * What an upload of a bank file found (or, in a dry run, would do): every readable line is in
     * exactly one of matched, alreadyRecorded and unmatched, whose amounts add up to total.
     */
    public record BankFileReport(boolean dryRun, String bank, String encoding, Long fileId, int lines, String total,
                                 BankBucket matched, BankBucket alreadyRecorded, BankBucket unmatched,
                                 java.util.Map<String, BankBucket> unmatchedByReason,
                                 List<th.ac.ums.model.validation.FieldError> errors) {
    }

    /** A line of a bank file ({@code GET /payments/bank-lines}); outcome and reason are codes of the enums. */
    public record BankLineDto(long id, long version, String bank, String transactionId, long fileId, int lineNo,
                              Instant paidAt, String amount, String ref1, String ref2, String channel, String outcome,
                              String reason, Long invoiceId, Long paymentId, String note, Long resolvedBy,
                              Instant resolvedAt) {
    }
}
