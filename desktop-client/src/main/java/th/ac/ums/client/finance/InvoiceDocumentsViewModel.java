package th.ac.ums.client.finance;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * The selected invoice's documents: the invoice itself as PDF, and its receipts and credit notes
 * ({@code GET /receipts?invoiceId=}, latest answer wins), any of which can be printed again (the
 * server marks every print after the first as a copy).
 */
public final class InvoiceDocumentsViewModel {
    private final FinanceApi api;
    private final ObservableList<ReceiptDto> receipts = FXCollections.observableArrayList();
    private final ObjectProperty<ReceiptDto> selected = new SimpleObjectProperty<>();
    private final TaskRunner.Latest loads;
    private final Printing invoicePrint;
    private final Printing reprint;
    private InvoiceDto invoice;

    public InvoiceDocumentsViewModel(FinanceApi api, TaskRunner tasks, Documents documents) {
        this.api = api;
        this.loads = tasks.latest("receipts");
        this.invoicePrint = new Printing(documents, tasks);
        this.reprint = new Printing(documents, tasks);
    }

    /** Shows an invoice's receipts (again after a payment or refund: the same invoice keeps its print results). */
    public void load(InvoiceDto inv) {
        boolean other = invoice == null || inv == null || invoice.id() != inv.id();
        ReceiptDto keep = other ? null : selected.get();     // the same invoice reloaded keeps the choice
        invoice = inv;
        receipts.clear();
        selected.set(null);
        if (other) {
            invoicePrint.clear();
            reprint.clear();
        }
        if (inv == null) {
            loads.cancel();
        } else {
            long id = inv.id();
            loads.run(() -> api.receipts(id), rows -> {
                receipts.setAll(rows);
                if (keep != null) {
                    rows.stream().filter(r -> r.id() == keep.id()).findFirst().ifPresent(selected::set);
                }
            }, e -> receipts.clear());
        }
    }

    /** Prints the invoice (with its QR code for what is still due). */
    public void printInvoice() {
        InvoiceDto inv = invoice;
        if (inv != null) {
            invoicePrint.print("invoices", inv.number(), () -> api.invoicePdf(inv.id()));
        }
    }

    /** Prints the selected receipt or credit note again. */
    public void reprintSelected() {
        ReceiptDto r = selected.get();
        if (r != null) {
            reprint.print("receipts", r.number(), () -> api.receiptPdf(r.id()));
        }
    }

    public ObservableList<ReceiptDto> receipts() {
        return receipts;
    }

    public ObjectProperty<ReceiptDto> selected() {
        return selected;
    }

    /** The load of the receipts (the table's placeholder). */
    public LoadStatus loading() {
        return loads;
    }

    public Printing invoicePrint() {
        return invoicePrint;
    }

    public Printing reprint() {
        return reprint;
    }
}
