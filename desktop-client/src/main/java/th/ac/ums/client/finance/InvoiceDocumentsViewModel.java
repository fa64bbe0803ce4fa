package th.ac.ums.client.finance;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * The selected invoice's documents: the invoice itself as PDF, how to pay it (its Thai QR code and
 * references), and its receipts and credit notes ({@link ReceiptsViewModel}), any of which can be
 * printed again.
 */
public final class InvoiceDocumentsViewModel {
    private final FinanceApi api;
    private final ReceiptsViewModel receipts;
    private final BillPaymentViewModel billPayment;
    private final Printing invoicePrint;
    private InvoiceDto invoice;

    public InvoiceDocumentsViewModel(FinanceApi api, TaskRunner tasks, Documents documents) {
        this.api = api;
        this.receipts = new ReceiptsViewModel(api, tasks, documents, "receipts");
        this.billPayment = new BillPaymentViewModel(api, tasks);
        this.invoicePrint = new Printing(documents, tasks);
    }

    /** Shows an invoice's documents (again after a payment or refund: the same invoice keeps its print results). */
    public void load(InvoiceDto inv) {
        if (invoice == null || inv == null || invoice.id() != inv.id()) {
            invoicePrint.clear();
        }
        invoice = inv;
        receipts.showInvoice(inv == null ? 0 : inv.id());
        billPayment.load(inv);
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
        receipts.reprintSelected();
    }

    /** The invoice's receipts and credit notes. */
    public ReceiptsViewModel receiptList() {
        return receipts;
    }

    /** How to pay what is outstanding. */
    public BillPaymentViewModel billPayment() {
        return billPayment;
    }

    public ObservableList<ReceiptDto> receipts() {
        return receipts.receipts();
    }

    public ObjectProperty<ReceiptDto> selected() {
        return receipts.selected();
    }

    /** The load of the receipts (the table's placeholder). */
    public LoadStatus loading() {
        return receipts.loading();
    }

    public Printing invoicePrint() {
        return invoicePrint;
    }

    public Printing reprint() {
        return receipts.reprint();
    }
}
