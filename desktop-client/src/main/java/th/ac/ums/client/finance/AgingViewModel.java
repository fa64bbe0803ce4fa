package th.ac.ums.client.finance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.ui.TaskRunner;

/** The aging report (0-30, 31-60, 61-90, 90+ days overdue) per faculty or program. */
public final class AgingViewModel {
    /** One group's outstanding money per bucket. */
    public record Row(String code, String nameTh, String nameEn, BigDecimal current, BigDecimal d30, BigDecimal d60,
                      BigDecimal d90, BigDecimal d90plus, BigDecimal outstanding) {
    }

    private final FinanceApi api;
    private final TaskRunner tasks;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty groupBy = new SimpleStringProperty("faculty");
    private final StringProperty message = new SimpleStringProperty("");

    public AgingViewModel(FinanceApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    public void load() {
        String g = groupBy.get();
        tasks.run(() -> api.aging(g), this::show, e -> message.set(e.getMessage()));
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
