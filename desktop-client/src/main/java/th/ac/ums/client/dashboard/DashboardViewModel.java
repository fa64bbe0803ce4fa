package th.ac.ums.client.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;

/** The dashboard's figures: students by faculty and status, applications by status, payments by month. */
public final class DashboardViewModel {
    /** One bar or slice: a label (both languages) and a value. */
    public record Point(String code, String nameTh, String nameEn, double value) {
    }

    /** The figures of one load. */
    public record Figures(List<Point> studentsByFaculty, List<Point> studentsByStatus,
                          List<Point> applicationsByStatus, List<Point> paymentsByMonth) {
    }

    private final FinanceApi api;
    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final TaskRunner.Latest loads;

    public DashboardViewModel(FinanceApi api, TaskRunner tasks) {
        this.api = api;
        this.loads = tasks.latest("dashboard");
    }

    /** Loads the figures (again); only the newest answer is drawn. */
    public void load() {
        loads.run(api::dashboard, d -> figures.set(parse(d)), e -> message.set(""));
    }

    /** The figures' load: a spinner while it runs, the server's refusal when it fails. */
    public LoadStatus loading() {
        return loads;
    }

    static Figures parse(JsonNode d) {
        return new Figures(points(d.path("studentsByFaculty"), "n"), points(d.path("studentsByStatus"), "n"),
                points(d.path("applicationsByStatus"), "n"), months(d.path("paymentsByMonth")));
    }

    private static List<Point> points(JsonNode rows, String value) {
        List<Point> out = new ArrayList<>();
        for (JsonNode r : rows) {
            String code = r.path("code").asText();
            out.add(new Point(code, r.path("name_th").asText(r.path("nameTh").asText(code)),
                    r.path("name_en").asText(r.path("nameEn").asText(code)), r.path(value).asDouble()));
        }
        return out;
    }

    /** Twelve months up to the last one reported, months without payments drawn as zero. */
    private static List<Point> months(JsonNode rows) {
        java.util.Map<String, Double> amounts = new java.util.HashMap<>();
        java.time.YearMonth last = null;
        for (JsonNode r : rows) {
            java.time.YearMonth m = java.time.YearMonth.parse(r.path("month").asText());
            amounts.put(m.toString(), Double.parseDouble(r.path("amount").asText("0")));
            last = last == null || m.isAfter(last) ? m : last;
        }
        List<Point> out = new ArrayList<>();
        if (last == null) {
            return out;
        }
        for (java.time.YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(new Point(m.toString(), m.toString(), m.toString(), amounts.getOrDefault(m.toString(), 0.0)));
        }
        return out;
    }

    public ObjectProperty<Figures> figures() {
        return figures;
    }

    public StringProperty message() {
        return message;
    }
}
