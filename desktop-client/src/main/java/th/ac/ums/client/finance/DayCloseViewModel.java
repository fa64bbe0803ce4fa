package th.ac.ums.client.finance;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.DayCloseDto;
import th.ac.ums.model.Dtos.DayCloseRow;

/**
 * The cashiers' day close of one day ({@code GET /reports/day-close}, latest answer wins): a row per
 * cashier and method with the server's totals, exported as CSV and printed as PDF (both saved in the
 * console's folder, under {@code day-close/}, and opened).
 */
public final class DayCloseViewModel {
    private final FinanceApi api;
    private final ObservableList<DayCloseRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DayCloseDto> report = new SimpleObjectProperty<>();
    private final TaskRunner.Latest loads;
    private final Printing csv;
    private final Printing pdf;

    public DayCloseViewModel(FinanceApi api, TaskRunner tasks, Documents documents) {
        this.api = api;
        this.loads = tasks.latest("day-close");
        this.csv = new Printing(documents, tasks);
        this.pdf = new Printing(documents, tasks);
    }

    /** Loads the day close of {@code day}. */
    public void load(LocalDate day) {
        rows.clear();
        report.set(null);
        csv.clear();
        pdf.clear();
        if (day == null) {
            loads.cancel();
            return;
        }
        loads.run(() -> api.dayClose(day), r -> {
            report.set(r);
            rows.setAll(r.rows());
        }, e -> rows.clear());
    }

    /** Saves the day close as CSV (the server's: UTF-8 with BOM, a TOTAL line) and opens it. */
    public void exportCsv() {
        DayCloseDto r = report.get();
        if (r != null) {
            LocalDate day = r.date();
            csv.print("day-close", "day-close-" + day, "csv", () -> api.dayCloseFile(day, "csv"));
        }
    }

    /** Prints the day close (the server's PDF) and opens it. */
    public void print() {
        DayCloseDto r = report.get();
        if (r != null) {
            LocalDate day = r.date();
            pdf.print("day-close", "day-close-" + day, () -> api.dayCloseFile(day, "pdf"));
        }
    }

    public ObservableList<DayCloseRow> rows() {
        return rows;
    }

    /** The report as the server answered it (null while loading or after a refusal). */
    public ObjectProperty<DayCloseDto> report() {
        return report;
    }

    public LoadStatus loading() {
        return loads;
    }

    public Printing csv() {
        return csv;
    }

    public Printing pdf() {
        return pdf;
    }
}
