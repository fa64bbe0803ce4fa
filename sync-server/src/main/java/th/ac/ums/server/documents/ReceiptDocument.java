package th.ac.ums.server.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a receipt (or a credit note, which gives money back) prints: the number and day, whom it is
 * from or for, the lines and the total, how the money moved (method in Thai and English and the
 * bank's or cashier's reference), who recorded it, and for a credit note the receipt it reverses.
 *
 * @param against  the number of the receipt a credit note reverses; empty for a receipt
 * @param copy     a copy printed again: marked "สำเนา / COPY" instead of "ต้นฉบับ / ORIGINAL"
 * @param cancelled marked "ยกเลิก / CANCELLED" across the page
 * @param english  English below the Thai; false prints Thai only
 */
public record ReceiptDocument(Kind kind, String number, LocalDate date, DocumentStudent student,
        List<DocumentLine> lines, BigDecimal total, String methodTh, String methodEn, String paymentReference,
        String recordedBy, String against, boolean copy, boolean cancelled, boolean english) {

    public ReceiptDocument {
        lines = List.copyOf(lines);
        against = against == null ? "" : against;
        paymentReference = paymentReference == null ? "" : paymentReference;
    }

    /** A receipt for money taken in, or a credit note for money given back. */
    public enum Kind {
        RECEIPT("ใบเสร็จรับเงิน", "RECEIPT"),
        CREDIT_NOTE("ใบลดหนี้", "CREDIT NOTE");

        private final String thai;
        private final String english;

        Kind(String thai, String english) {
            this.thai = thai;
            this.english = english;
        }

        public String thai() {
            return thai;
        }

        public String english() {
            return english;
        }
    }
}
