package th.ac.ums.server.finance;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.model.money.ThaiQrPayment;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.documents.DocumentLine;
import th.ac.ums.server.documents.DocumentStudent;
import th.ac.ums.server.documents.InvoiceDocument;
import th.ac.ums.server.documents.InvoicePdf;
import th.ac.ums.server.documents.PaymentMethods;
import th.ac.ums.server.documents.ReceiptDocument;
import th.ac.ums.server.documents.ReceiptPdf;
import th.ac.ums.server.documents.UniversityInfo;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.finance.DocumentRepository.ReceiptRow;
import th.ac.ums.server.platform.Db;

/**
 * Receipts, credit notes and invoices as the PDFs a cashier hands over (docs/api.md, "Documents").
 * The first print of a receipt is the original; every later one says "สำเนา / COPY" (the count is
 * kept on the receipt, and each print is audited). A day's receipts print as one PDF of copies.
 */
public final class DocumentService {
    private static final Map<String, String[]> TITLES = Map.of(
            "MR", new String[] {"นาย", "Mr"}, "MRS", new String[] {"นาง", "Mrs"}, "MISS", new String[] {"นางสาว", "Miss"});

    private final Db db;
    private final AuditLog audit;
    private final ReceiptPdf receipts;
    private final InvoicePdf invoices;
    private final ZoneId zone;
    private final java.util.function.Supplier<LocalDate> today;
    private final boolean english;
    private final DocumentRepository repository = new DocumentRepository();

    /** @param today the university's day now (an invoice due before it is overdue) */
    public DocumentService(Db db, AuditLog audit, UniversityInfo university, ZoneId zone,
                           java.util.function.Supplier<LocalDate> today, boolean english) {
        this.db = db;
        this.audit = audit;
        this.receipts = new ReceiptPdf(university);
        this.invoices = new InvoicePdf(university);
        this.zone = zone;
        this.today = today;
        this.english = english;
    }

    /** A receipt's PDF (original the first time, a copy after), counted and audited before it is written. */
    public void receipt(Caller by, String ip, long id, OutputStream out) {
        ReceiptDocument doc = db.write(tx -> {
            if (!repository.countPrint(tx, id)) {
                throw Refusal.notFound("The receipt");
            }
            ReceiptRow row = repository.receipt(tx, id).orElseThrow();
            boolean copy = row.printCount() > 1;
            audit.record(tx, new AuditEntry(by.userId(), by.email(), copy ? "receipt.reprinted" : "receipt.printed",
                    "receipt", String.valueOf(id), ip, null, Map.of("number", row.number(), "print", row.printCount())));
            return document(row, copy);
        });
        receipts.write(doc, out);
    }

    /**
     * Every receipt and credit note issued on a day (optionally by one cashier) as one PDF of copies:
     * reads and audits now, and answers the writer that streams the pages (nothing there can refuse).
     */
    public java.util.function.Consumer<OutputStream> day(Caller by, String ip, LocalDate day, Optional<Long> cashier) {
        List<ReceiptRow> rows = db.read(exec -> repository.receiptsOn(exec, day, cashier.orElse(null)));
        db.write(tx -> {
            audit.record(tx, new AuditEntry(by.userId(), by.email(), "receipts.printed", "receipt", null, ip, null,
                    Map.of("day", day.toString(), "receipts", rows.size(), "cashier", cashier.map(String::valueOf)
                            .orElse("all"))));
            return null;
        });
        return out -> receipts.writeAll(rows.stream().map(r -> document(r, true)).iterator(), out);
    }

    /** An invoice's PDF with its Thai QR bill payment for what is still due. */
    public void invoice(long id, OutputStream out) {
        invoices.write(invoiceDocument(id), out);
    }

    /**
     * What the invoice's QR code holds (the same payment its PDF prints); a paid or void invoice has
     * nothing to pay: 409.
     */
    public ThaiQrPayment billPayment(long id) {
        InvoiceDocument doc = invoiceDocument(id);
        return invoices.payment(doc).orElseThrow(() -> Refusal.conflict("Nothing to pay",
                doc.cancelled() ? "The invoice " + doc.number() + " is void: there is nothing to pay on it."
                        : "The invoice " + doc.number() + " is paid in full: there is nothing left to pay."));
    }

    private InvoiceDocument invoiceDocument(long id) {
        return db.read(exec -> {
            DocumentRepository.InvoiceRow inv = repository.invoice(exec, id)
                    .orElseThrow(() -> Refusal.notFound("The invoice"));
            List<DocumentLine> lines = repository.invoiceLines(exec, id).stream()
                    .map(l -> new DocumentLine(l.description(), "", l.amount())).toList();
            BigDecimal due = inv.total().subtract(inv.paid()).max(BigDecimal.ZERO);
            boolean overdue = due.signum() > 0 && ("OVERDUE".equals(inv.status()) || inv.dueOn().isBefore(today.get()));
            return new InvoiceDocument(inv.number(), inv.issuedAt().atZone(zone).toLocalDate(), inv.dueOn(),
                    student(inv.student()), lines, inv.total(), due, false, "VOID".equals(inv.status()), english,
                    overdue);
        });
    }

    private ReceiptDocument document(ReceiptRow r, boolean copy) {
        boolean credit = "CREDIT_NOTE".equals(r.kind());
        DocumentLine line = credit
                ? new DocumentLine("คืนเงินค่าใบแจ้งหนี้ " + r.invoiceNumber(), "Refund on invoice " + r.invoiceNumber(),
                        r.amount())
                : new DocumentLine("ชำระค่าใบแจ้งหนี้ " + r.invoiceNumber(), "Payment of invoice " + r.invoiceNumber(),
                        r.amount());
        return new ReceiptDocument(credit ? ReceiptDocument.Kind.CREDIT_NOTE : ReceiptDocument.Kind.RECEIPT, r.number(),
                r.issuedOn(), student(r.student()), List.of(line), r.amount(), PaymentMethods.thai(r.method()), PaymentMethods.english(r.method()), r.reference(),
                r.issuer() == null ? "" : r.issuer(), r.refersTo(), copy, r.cancelled(), english);
    }

    private static DocumentStudent student(DocumentRepository.Student s) {
        String[] title = s.title() == null ? new String[] {"", ""} : TITLES.getOrDefault(s.title(), new String[] {"", ""});
        return new DocumentStudent(s.code(), title[0] + s.firstTh() + " " + s.lastTh(),
                (title[1].isEmpty() ? "" : title[1] + " ") + s.firstEn() + " " + s.lastEn());
    }
}
