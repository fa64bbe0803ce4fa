package th.ac.ums.model;

/** Closed vocabularies of the domain, shared by server and desktop. */
public final class Enums {
    private Enums() {
    }

    public enum StudentStatus { ACTIVE, ON_LEAVE, SUSPENDED, GRADUATED, WITHDRAWN }

    /** A student's title on documents: นาย / Mr., นาง / Mrs., นางสาว / Miss. */
    public enum Title { MR, MRS, MISS }

    public enum ApplicationStatus {
        SUBMITTED, UNDER_REVIEW, ACCEPTED, REJECTED, WAITLISTED, ADMITTED, WITHDRAWN;

        /** Decisions a registrar can take with POST /applications/{id}/decision. */
        public boolean isDecision() {
            return this == ACCEPTED || this == REJECTED || this == WAITLISTED;
        }
    }

    public enum HoldType { FINANCIAL, ACADEMIC, DISCIPLINARY, ADMINISTRATIVE }

    /** Services a hold blocks. */
    public enum HoldBlock { REGISTRATION, TRANSCRIPT, GRADUATION, PAYMENT }

    public enum InvoiceStatus { OPEN, PARTIALLY_PAID, PAID, OVERDUE, VOID }

    public enum PaymentKind { PAYMENT, REFUND }

    public enum PaymentMethod { CASH, TRANSFER, CARD, SCHOLARSHIP }

    /** A receipt (ใบเสร็จรับเงิน) for a payment, or a credit note for a refund. */
    public enum ReceiptKind { RECEIPT, CREDIT_NOTE }

    /** A receipt is never deleted: a cancelled one keeps its number. */
    public enum ReceiptStatus { ISSUED, CANCELLED }

    /** What became of a line of a bank file: matched on upload, unmatched, then assigned or returned. */
    public enum BankLineOutcome { MATCHED, UNMATCHED, ASSIGNED, RETURNED }

    /** Why a line of a bank file waits on the unmatched list. */
    public enum BankLineReason { NO_MATCH, AMBIGUOUS, INVOICE_PAID, INVOICE_VOID, OVERPAYMENT }

    public enum Degree { BACHELOR, MASTER, DOCTORAL }

    public enum EnrollmentStatus { ENROLLED, DROPPED }
}
