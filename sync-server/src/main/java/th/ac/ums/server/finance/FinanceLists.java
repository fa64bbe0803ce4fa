package th.ac.ums.server.finance;

import static th.ac.ums.server.platform.Rows.date;
import static th.ac.ums.server.platform.Rows.decimal;
import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.money;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import com.fasterxml.jackson.core.type.TypeReference;
import io.helidon.dbclient.DbRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Enums.InvoiceStatus;
import th.ac.ums.model.Enums.PaymentKind;
import th.ac.ums.model.Money;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.platform.Json;

/** How invoices and payments are listed; invoice lines come in the same statement. */
public final class FinanceLists {
    /** Lines as one JSON array per invoice (correlated subquery by primary key range: still one statement). */
    static final String LINES = "(SELECT JSON_ARRAYAGG(JSON_OBJECT('description', l.description, 'amount', "
            + "CAST(l.amount AS CHAR)) ORDER BY l.line_no) FROM invoice_lines l WHERE l.invoice_id = i.id) AS lines_json";
    static final String INVOICE_COLUMNS = "i.id, i.version, i.number, i.student_id, st.student_code, "
            + "CONCAT(st.first_name_th, ' ', st.last_name_th) AS student_name_th, "
            + "CONCAT(st.first_name_en, ' ', st.last_name_en) AS student_name_en, "
            + "i.academic_term_id, i.issued_at, i.due_date, i.total, i.paid, i.status, " + LINES;

    /** Invoices with something left to pay: the aging report's and the finance figures' condition. */
    static final String OUTSTANDING = "i.status IN ('OPEN', 'PARTIALLY_PAID', 'OVERDUE')";

    public static final ListSpec<InvoiceDto> INVOICES = ListSpec.builder("invoices", "invoices", "i")
            .joins("JOIN students st ON st.id = i.student_id")
            .select(INVOICE_COLUMNS)
            .filter(Filter.id("studentId", "i.student_id"))
            .filter(Filter.id("termId", "i.academic_term_id"))
            .filter(Filter.oneOf("status", "i.status", InvoiceStatus.class))
            .filter(Filter.date("dueFrom", "i.due_date >= ?"))
            .filter(Filter.date("dueTo", "i.due_date <= ?"))
            .filter(Filter.inSet("outstanding", "i.status", InvoiceStatus.class, EnumSet.of(InvoiceStatus.OPEN,
                    InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OVERDUE)))
            .sort("issuedAt", "i.issued_at", "i.id")
            .sort("dueDate", "i.due_date", "i.id")
            .defaultSort("issuedAt", true)
            .path("ix_invoices_issued", "issuedAt")
            .path("ix_invoices_student_issued", "issuedAt", "studentId")
            .path("ix_invoices_term_issued", "issuedAt", "termId")
            .path("ix_invoices_status_issued", "issuedAt", "status")
            .path("ix_invoices_term_status_issued", "issuedAt", "termId", "status")
            .path("ix_invoices_due", "dueDate")
            .path("ix_invoices_student_due", "dueDate", "studentId")
            .path("ix_invoices_term_due", "dueDate", "termId")
            .path("ix_invoices_status_due", "dueDate", "status")
            .narrowing("studentId")
            .big()
            .mapper(FinanceLists::invoice)
            .build();

    static final String PAYMENT_COLUMNS = "pay.id, pay.invoice_id, i.number AS invoice_number, pay.student_id, "
            + "pay.kind, pay.amount, pay.method, pay.reference, pay.received_at, pay.recorded_by, pay.reverses_payment_id, "
            + "rc.id AS receipt_id, rc.number AS receipt_number";

    public static final ListSpec<PaymentDto> PAYMENTS = ListSpec.builder("payments", "payments", "pay")
            .joins("JOIN invoices i ON i.id = pay.invoice_id LEFT JOIN receipts rc ON rc.payment_id = pay.id")
            .select(PAYMENT_COLUMNS)
            .filter(Filter.id("studentId", "pay.student_id"))
            .filter(Filter.id("invoiceId", "pay.invoice_id"))
            .filter(Filter.oneOf("kind", "pay.kind", PaymentKind.class))
            .sort("receivedAt", "pay.received_at", "pay.id")
            .defaultSort("receivedAt", true)
            .path("ix_payments_received", "receivedAt")
            .path("ix_payments_student", "receivedAt", "studentId")
            .path("ix_payments_invoice", "receivedAt", "invoiceId")
            .path("ix_payments_kind_received", "receivedAt", "kind")
            .narrowing("studentId", "invoiceId")
            .big()
            .mapper(FinanceLists::payment)
            .build();

    private static final TypeReference<List<InvoiceLine>> LINE_LIST = new TypeReference<>() {
    };

    private FinanceLists() {
    }

    public static InvoiceDto invoice(DbRow r) {
        BigDecimal total = decimal(r, "total");
        BigDecimal paid = decimal(r, "paid");
        return new InvoiceDto(lng(r, "id"), lng(r, "version"), str(r, "number"), lng(r, "student_id"),
                str(r, "student_code"), str(r, "student_name_th"), str(r, "student_name_en"), lng(r, "academic_term_id"), instant(r, "issued_at"), date(r, "due_date"),
                lines(str(r, "lines_json")), Money.format(total), Money.format(paid),
                Money.format(total.subtract(paid).max(BigDecimal.ZERO).setScale(2)), str(r, "status"));
    }

    static List<InvoiceLine> lines(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<InvoiceLine> raw = Json.MAPPER.readValue(json, LINE_LIST);
            return raw.stream().map(l -> new InvoiceLine(l.description(), Money.format(Money.parse(l.amount()))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PaymentDto payment(DbRow r) {
        return new PaymentDto(lng(r, "id"), lng(r, "invoice_id"), str(r, "invoice_number"), lng(r, "student_id"),
                str(r, "kind"), money(r, "amount"), str(r, "method"), str(r, "reference"), instant(r, "received_at"),
                optLong(r, "recorded_by"), optLong(r, "reverses_payment_id"), optLong(r, "receipt_id"),
                str(r, "receipt_number"));
    }
}
