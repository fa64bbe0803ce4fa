package th.ac.ums.client.finance;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import java.math.BigDecimal;
import java.util.function.Function;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.I18n;

/** Aging report: a stacked bar per faculty (or program) by days overdue, and the figures below it. */
public final class AgingView {
    private final AgingViewModel vm;
    private final I18n i18n;
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());

    public AgingView(AgingViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Parent root() {
        chart.setId("aging-chart");
        chart.setAnimated(false);
        chart.titleProperty().bind(i18n.text("aging.title"));
        ((NumberAxis) chart.getYAxis()).labelProperty().bind(i18n.text("aging.thb"));
        vm.rows().addListener((ListChangeListener<AgingViewModel.Row>) c -> draw());
        i18n.locale().addListener((o, a, b) -> draw());
        ComboBox<String> group = new ComboBox<>(FXCollections.observableArrayList("faculty", "program"));
        group.valueProperty().bindBidirectional(vm.groupBy());
        group.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String g) {
                return g == null ? "" : i18n.get("aging.by." + g);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        group.setOnAction(e -> vm.load());
        HBox bar = new HBox(8, group);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(chart);
        root.setTop(bar);
        root.setBottom(table());
        return root;
    }

    private void draw() {
        chart.getData().clear();
        chart.getData().add(series("aging.current", AgingViewModel.Row::current));
        chart.getData().add(series("aging.d30", AgingViewModel.Row::d30));
        chart.getData().add(series("aging.d60", AgingViewModel.Row::d60));
        chart.getData().add(series("aging.d90", AgingViewModel.Row::d90));
        chart.getData().add(series("aging.d90plus", AgingViewModel.Row::d90plus));
    }

    private XYChart.Series<String, Number> series(String key, Function<AgingViewModel.Row, BigDecimal> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(i18n.get(key));
        for (AgingViewModel.Row r : vm.rows()) {
            s.getData().add(new XYChart.Data<>(r.code(), value.apply(r)));
        }
        return s;
    }

    private TableView<AgingViewModel.Row> table() {
        TableView<AgingViewModel.Row> t = new TableView<>(vm.rows());
        t.setPrefHeight(220);
        t.setId("aging-table");
        t.getColumns().add(col("aging.group", r -> r.code() + " " + (i18n.thai() ? r.nameTh() : r.nameEn())));
        t.getColumns().add(col("aging.current", r -> r.current().toPlainString()));
        t.getColumns().add(col("aging.d30", r -> r.d30().toPlainString()));
        t.getColumns().add(col("aging.d60", r -> r.d60().toPlainString()));
        t.getColumns().add(col("aging.d90", r -> r.d90().toPlainString()));
        t.getColumns().add(col("aging.d90plus", r -> r.d90plus().toPlainString()));
        t.getColumns().add(col("aging.outstanding", r -> r.outstanding().toPlainString()));
        return t;
    }

    private TableColumn<AgingViewModel.Row, String> col(String key, Function<AgingViewModel.Row, String> f) {
        return Columns.text(i18n.text(key), key.equals("aging.group") ? 260 : 110, f);
    }
}
