package th.ac.ums.client.finance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;

/**
 * The finance dashboard: the figures of {@code GET /reports/finance} (outstanding, overdue,
 * collected and refunded this month, open and overdue invoices) and the aging report (not yet
 * due, 1-30, 31-60, 61-90, over 90 days overdue) per faculty or program, with its totals, its CSV,
 * and each bucket's filters for the invoices in it.
 */
public final class AgingViewModel {
    /** One group's outstanding money per bucket. */
    public record Row(String code, String nameTh, String nameEn, BigDecimal current, BigDecimal d30, BigDecimal d60,
                      BigDecimal d90, BigDecimal d90plus, BigDecimal outstanding) {
        /** The amount of a bucket in this row (OUTSTANDING: the row's total). */
        public BigDecimal of(Bucket b) {
            return switch (b) {
                case CURRENT -> current;
                case DAYS_0_30 -> d30;
                case DAYS_31_60 -> d60;
                case DAYS_61_90 -> d90;
                case DAYS_90_PLUS -> d90plus;
                case OUTSTANDING -> outstanding;
                case OVERDUE -> d30.add(d60).add(d90).add(d90plus);
            };
        }
    }

    /** The finance figures of the day. */
    public record Figures(LocalDate asOf, YearMonth month, BigDecimal outstanding, BigDecimal overdue,
                          BigDecimal collectedThisMonth, BigDecimal refundedThisMonth, long invoicesOpen,
                          long invoicesOverdue) {
    }

    /** The aging buckets in the order of the report. */
    public static final List<Bucket> BUCKETS = List.of(Bucket.CURRENT, Bucket.DAYS_0_30, Bucket.DAYS_31_60,
            Bucket.DAYS_61_90, Bucket.DAYS_90_PLUS);

    private final FinanceApi api;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> totals = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<java.time.Instant> asOfTime = new SimpleObjectProperty<>();
    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final StringProperty groupBy = new SimpleStringProperty("faculty");
    private final StringProperty message = new SimpleStringProperty("");
    private final TaskRunner.Latest loads;
    private final TaskRunner.Latest figureLoads;

    public AgingViewModel(FinanceApi api, TaskRunner tasks) {
        this.api = api;
        this.loads = tasks.latest("aging");
        this.figureLoads = tasks.latest("finance");
    }

    /** Loads the figures and the report for the grouping chosen; only the newest answers are shown. */
    public void load() {
        loadReport();
        figureLoads.run(api::finance, f -> figures.set(figures(f)), e -> figures.set(null));
    }

    /** Loads the report for the grouping chosen (switching quickly shows only the last one asked for). */
    public void loadReport() {
        String g = groupBy.get();
        rows.clear();
        totals.set(null);
        loads.run(() -> api.aging(g), this::show, e -> rows.clear());
    }

    /** The report's load (the chart shows a spinner, the server's refusal, or that nothing is outstanding). */
    public LoadStatus loading() {
        return loads;
    }

    /** The figures' load. */
    public LoadStatus figuresLoading() {
        return figureLoads;
    }

    private void show(JsonNode report) {
        List<Row> list = new java.util.ArrayList<>();
        for (JsonNode r : report.path("rows")) {
            list.add(new Row(r.path("code").asText(), r.path("nameTh").asText(), r.path("nameEn").asText(),
                    money(r, "current"), money(r, "days0to30"), money(r, "days31to60"), money(r, "days61to90"),
                    money(r, "days90plus"), money(r, "totalOutstanding")));
        }
        String day = report.path("asOf").asText("");
        asOf.set(day.isEmpty() ? null : LocalDate.parse(day));
        String time = report.path("asOfTime").asText("");
        asOfTime.set(time.isEmpty() ? null : java.time.Instant.parse(time));
        totals.set(list.isEmpty() ? null : total(list, "", "", ""));
        rows.setAll(list);
        message.set("");
    }

    /** The sum of every row, per bucket (the totals row). */
    public static Row total(List<Row> list, String code, String nameTh, String nameEn) {
        Function<Function<Row, BigDecimal>, BigDecimal> sum = f -> list.stream().map(f).reduce(BigDecimal.ZERO
                .setScale(2), BigDecimal::add);
        return new Row(code, nameTh, nameEn, sum.apply(Row::current), sum.apply(Row::d30), sum.apply(Row::d60),
                sum.apply(Row::d90), sum.apply(Row::d90plus), sum.apply(Row::outstanding));
    }

    static Figures figures(JsonNode f) {
        return new Figures(LocalDate.parse(f.path("asOf").asText()), YearMonth.parse(f.path("month").asText()),
                money(f, "outstanding"), money(f, "overdue"), money(f, "collectedThisMonth"),
                money(f, "refundedThisMonth"), f.path("invoicesOpen").asLong(), f.path("invoicesOverdue").asLong());
    }

    /**
     * The report as CSV for a spreadsheet: UTF-8 with a BOM, CRLF, a header of the column names in
     * the current language, money as plain amounts, a totals row last.
     */
    public String csv(List<String> header, String totalWord, Function<Row, String> name) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(",", header.stream().map(AgingViewModel::cell).toList())).append("\r\n");
        for (Row r : rows) {
            line(b, r.code(), name.apply(r), r);
        }
        if (totals.get() != null) {
            line(b, "", totalWord, totals.get());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String code, String name, Row r) {
        b.append(cell(code)).append(',').append(cell(name));
        for (Bucket k : BUCKETS) {
            b.append(',').append(r.of(k).toPlainString());
        }
        b.append(',').append(r.outstanding().toPlainString()).append("\r\n");
    }

    private static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static BigDecimal money(JsonNode r, String field) {
        String s = r.path(field).asText("0");
        return s.isEmpty() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(s);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The totals of the report (null until it has rows). */
    public ObjectProperty<Row> totals() {
        return totals;
    }

    /** The report's day (UTC): the buckets count days overdue from it. */
    public ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    /** When the server's rollup of the report was made (reports are refreshed in the background). */
    public ObjectProperty<java.time.Instant> asOfTime() {
        return asOfTime;
    }

    public ObjectProperty<Figures> figures() {
        return figures;
    }

    public StringProperty groupBy() {
        return groupBy;
    }

    public StringProperty message() {
        return message;
    }
}
