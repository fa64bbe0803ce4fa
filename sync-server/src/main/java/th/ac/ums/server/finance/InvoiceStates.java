package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The status an invoice has for its total, what was paid and its due date. */
final class InvoiceStates {
    private InvoiceStates() {
    }

    static String of(BigDecimal total, BigDecimal paid, LocalDate due, LocalDate today) {
        if (paid.compareTo(total) >= 0) {
            return "PAID";
        }
        if (due.isBefore(today)) {
            return "OVERDUE";
        }
        return paid.signum() == 0 ? "OPEN" : "PARTIALLY_PAID";
    }
}
