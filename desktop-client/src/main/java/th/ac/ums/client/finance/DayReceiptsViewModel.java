package th.ac.ums.client.finance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * The receipts and credit notes of one day ({@code GET /receipts?from=day&to=day}, every page, latest
 * answer wins), filtered by cashier, kind and status; reprinting the selected one (the server marks
 * it a copy) and printing the day's batch ({@code GET /receipts.pdf}) for the chosen cashier or all.
 */
public final class DayReceiptsViewModel {
    private final FinanceApi api;
    private final ObservableList<ReceiptDto> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReceiptDto> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> status = new SimpleObjectProperty<>();
    private final ObjectProperty<CashierChoice> cashier = new SimpleObjectProperty<>(CashierChoice.EVERYONE);
    private final TaskRunner.Latest loads;
    private final Printing reprint;
    private final Printing batch;
    private final ReceiptCancelViewModel cancel;
    private LocalDate day;
    private Runnable changed = () -> { };
    private Map<String, String> loaded;

    public DayReceiptsViewModel(FinanceApi api, TaskRunner tasks, Documents documents) {
        this.api = api;
        this.loads = tasks.latest("day-receipts");
        this.reprint = new Printing(documents, tasks);
        this.batch = new Printing(documents, tasks);
        this.cancel = new ReceiptCancelViewModel(api, tasks, this::replaced, () -> load(day));
        selected.addListener((o, was, now) -> cancel.selected(now));
    }

    /** Lists the receipts of {@code day} with the filters as they are now. */
    public void load(LocalDate day) {
        this.day = day;
        ReceiptDto keep = selected.get();
        rows.clear();
        selected.set(null);
        reprint.clear();
        if (day == null) {
            loaded = null;
            loads.cancel();
            return;
        }
        Map<String, String> filters = filters(day);
        loaded = filters;
        loads.run(() -> api.allReceipts(filters), list -> {
            rows.setAll(list);
            if (keep != null) {
                list.stream().filter(r -> r.id() == keep.id()).findFirst().ifPresent(selected::set);
            }
        }, e -> rows.clear());
    }

    /** Lists again if a filter changed (a drop-down set to what it was asks nothing). */
    public void refilter() {
        if (day != null && filters(day).equals(loaded)) {
            return;
        }
        load(day);
    }

    /** The query's filters: the day, and the kind, status and cashier chosen. */
    Map<String, String> filters(LocalDate d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("from", d.toString());
        f.put("to", d.toString());
        if (kind.get() != null) {
            f.put("kind", kind.get());
        }
        if (status.get() != null) {
            f.put("status", status.get());
        }
        if (cashier.get() != null && cashier.get().id() != null) {
            f.put("recordedBy", Long.toString(cashier.get().id()));
        }
        return f;
    }

    /** Prints the selected receipt or credit note again (a copy). */
    public void reprintSelected() {
        ReceiptDto r = selected.get();
        if (r != null) {
            reprint.print("receipts", r.number(), () -> api.receiptPdf(r.id()));
        }
    }

    /** Prints every receipt, then every credit note, of the day (the chosen cashier's, or everyone's). */
    public void printDay() {
        LocalDate d = day;
        if (d == null) {
            return;
        }
        Long who = cashier.get() == null ? null : cashier.get().id();
        batch.print("receipts", "receipts-" + d + (who == null ? "" : "-cashier-" + who),
                () -> api.daysReceiptsPdf(d, who));
    }

    /** What to do once a receipt of the day has changed here (the day close counts the cancelled ones). */
    public void whenChanged(Runnable r) {
        changed = r;
    }

    /** A receipt the server answered anew (cancelled): its row is replaced and stays selected. */
    private void replaced(ReceiptDto now) {
        changed.run();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == now.id()) {
                rows.set(i, now);
                selected.set(now);
                return;
            }
        }
    }

    public ObservableList<ReceiptDto> rows() {
        return rows;
    }

    public ObjectProperty<ReceiptDto> selected() {
        return selected;
    }

    /** The kind filter: a {@code ReceiptKind} code, null for both. */
    public ObjectProperty<String> kind() {
        return kind;
    }

    /** The status filter: a {@code ReceiptStatus} code, null for both. */
    public ObjectProperty<String> status() {
        return status;
    }

    public ObjectProperty<CashierChoice> cashier() {
        return cashier;
    }

    public LoadStatus loading() {
        return loads;
    }

    public Printing reprint() {
        return reprint;
    }

    public Printing batch() {
        return batch;
    }

    public ReceiptCancelViewModel cancel() {
        return cancel;
    }
}
