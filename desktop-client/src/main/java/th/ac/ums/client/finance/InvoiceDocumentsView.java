package th.ac.ums.client.finance;

import javafx.scene.Parent;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;

/**
 * "Print invoice", how to pay it (Thai QR code and references), and the invoice's receipts and credit
 * notes (number, kind, day of issue, amount, status, in words) with "Reprint" for the one selected.
 */
public final class InvoiceDocumentsView {
    private final InvoiceDocumentsViewModel vm;
    private final I18n i18n;
    private final Formats formats;

    public InvoiceDocumentsView(InvoiceDocumentsViewModel vm, Formats formats) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
    }

    public InvoiceDocumentsViewModel viewModel() {
        return vm;
    }

    /** The "Print invoice" button and what its print said. */
    public Parent printInvoice() {
        return PrintRow.of(i18n, vm.invoicePrint(), "document.printInvoice", "print-invoice", vm::printInvoice);
    }

    /** The Thai QR code and the references for a counter or an ATM (nothing when nothing is due). */
    public Parent billPayment() {
        return new BillPaymentView(vm.billPayment(), formats).root();
    }

    /** The receipts table and "Reprint". */
    public Parent receipts() {
        return new ReceiptsView(vm.receiptList(), formats).section("invoice-receipts", "reprint-receipt", false);
    }
}
