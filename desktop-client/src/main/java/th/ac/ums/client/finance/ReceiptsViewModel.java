package th.ac.ums.client.finance;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * A list of receipts and credit notes (an invoice's, a student's; latest answer wins) with "Reprint"
 * for the one selected (the server marks every print after the first as a copy). Shared by the
 * invoice screen and the Student 360.
 */
public final class ReceiptsViewModel {
    private final FinanceApi api;
    private final ObservableList<ReceiptDto> receipts = FXCollections.observableArrayList();
    private final ObjectProperty<ReceiptDto> selected = new SimpleObjectProperty<>();
    private final TaskRunner.Latest loads;
    private final Printing reprint;
    private String owner;

    /** @param purpose names the load lane ("receipts", "student-receipts") */
    public ReceiptsViewModel(FinanceApi api, TaskRunner tasks, Documents documents, String purpose) {
        this.api = api;
        this.loads = tasks.latest(purpose);
        this.reprint = new Printing(documents, tasks);
    }

    /** An invoice's receipts and credit notes (0: none shown). */
    public void showInvoice(long invoiceId) {
        show(invoiceId == 0 ? null : "invoice " + invoiceId, () -> api.receipts(invoiceId));
    }

    /** A student's receipts and credit notes, newest first (0: none shown). */
    public void showStudent(long studentId) {
        show(studentId == 0 ? null : "student " + studentId, () -> api.studentReceipts(studentId));
    }

    /**
     * Shows what {@code fetch} answers for {@code whose} (null: nothing). The same owner again (after
     * a payment, a refund, a save) keeps its rows until the new answer replaces them, the selection
     * and the last reprint's result.
     */
    private void show(String whose, Callable<List<ReceiptDto>> fetch) {
        boolean same = whose != null && Objects.equals(owner, whose);
        owner = whose;
        if (!same) {
            receipts.clear();
            selected.set(null);
            reprint.clear();
        }
        if (whose == null) {
            loads.cancel();
            return;
        }
        loads.run(fetch, rows -> {
            ReceiptDto chosen = selected.get();     // the choice as it is now (the table drops it on setAll)
            receipts.setAll(rows);
            selected.set(chosen == null ? null : rows.stream().filter(r -> r.id() == chosen.id()).findFirst()
                    .orElse(null));
        }, e -> {
            receipts.clear();
            selected.set(null);
        });
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

    public Printing reprint() {
        return reprint;
    }
}
