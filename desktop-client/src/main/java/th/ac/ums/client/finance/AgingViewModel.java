package th.ac.ums.client.finance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.ui.LoadStatus;
import th.ac.ums.client.ui.TaskRunner;

/** The aging report (0-30, 31-60, 61-90, 90+ days overdue) per faculty or program. */
public final class AgingViewModel {
    /** One group's outstanding money per bucket. */
    public record Row(String code, String nameTh, String nameEn, BigDecimal current, BigDecimal d30, BigDecimal d60,
                      BigDecimal d90, BigDecimal d90plus, BigDecimal outstanding) {
    }

    private final FinanceApi api;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty groupBy = new SimpleStringProperty("faculty");
    private final StringProperty message = new SimpleStringProperty("");
    private final TaskRunner.Latest loads;

    public AgingViewModel(FinanceApi api, TaskRunner tasks) {
        this.api = api;
        this.loads = tasks.latest("aging");
    }

    /** Loads the report for the grouping chosen; switching quickly shows only the last one asked for. */
    public void load() {
        String g = groupBy.get();
        rows.clear();
        loads.run(() -> api.aging(g), this::show, e -> rows.clear());
    }

    /** The report's load (the chart shows a spinner, the server's refusal, or that nothing is outstanding). */
    public LoadStatus loading() {
        return loads;
    }

    private void show(JsonNode report) {
        rows.clear();
        for (JsonNode r : report.path("rows")) {
            rows.add(new Row(r.path("code").asText(), r.path("nameTh").asText(), r.path("nameEn").asText(),
                    money(r, "current"), money(r, "days0to30"), money(r, "days31to60"), money(r, "days61to90"),
                    money(r, "days90plus"), money(r, "totalOutstanding")));
        }
        message.set("");
    }

    private static BigDecimal money(JsonNode r, String field) {
        String s = r.path(field).asText("0");
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty groupBy() {
        return groupBy;
    }

    public StringProperty message() {
        return message;
    }
}
