package th.ac.ums.client.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;

/**
 * Aging report: a stacked bar per faculty (or program) by days overdue, and the figures below it.
 * While the report loads the chart's place shows a spinner; a refusal or an empty report says so.
 */
public final class AgingView {
    private final AgingViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private ComboBox<String> group;

    public AgingView(AgingViewModel vm, Formats formats) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
    }

    public Page page() {
        return Page.of(root()).focus(group);
    }

    public Parent root() {
        chart.setId("aging-chart");
        chart.setAnimated(false);
        chart.titleProperty().bind(i18n.text("aging.title"));
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.labelProperty().bind(i18n.text("aging.thb"));
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return formats.number(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
        vm.rows().addListener((ListChangeListener<AgingViewModel.Row>) c -> draw());
        i18n.locale().addListener((o, a, b) -> draw());
        group = Choices.words(formats, Formats.AGING_GROUP, List.of("faculty", "program"), null);
        group.setId("aging-group");
        group.valueProperty().bindBidirectional(vm.groupBy());
        group.setOnAction(e -> vm.load());
        HBox bar = new HBox(8, group);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Node empty = Feedback.placeholder(i18n, vm.loading(), i18n.text("aging.empty"));
        empty.visibleProperty().bind(Bindings.isEmpty(vm.rows()));
        chart.visibleProperty().bind(empty.visibleProperty().not());
        BorderPane root = new BorderPane(new StackPane(chart, empty));
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
        t.setPrefHeight(230);
        t.setId("aging-table");
        t.getColumns().add(Columns.text(i18n.text("aging.group"), 260,
                r -> r.code() + " " + (i18n.thai() ? r.nameTh() : r.nameEn())));
        t.getColumns().add(money("aging.current", AgingViewModel.Row::current));
        t.getColumns().add(money("aging.d30", AgingViewModel.Row::d30));
        t.getColumns().add(money("aging.d60", AgingViewModel.Row::d60));
        t.getColumns().add(money("aging.d90", AgingViewModel.Row::d90));
        t.getColumns().add(money("aging.d90plus", AgingViewModel.Row::d90plus));
        t.getColumns().add(money("aging.outstanding", AgingViewModel.Row::outstanding));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("aging.empty")));
        return t;
    }

    private TableColumn<AgingViewModel.Row, String> money(String key, Function<AgingViewModel.Row, BigDecimal> f) {
        return Columns.money(formats, i18n.text(key), 120, r -> f.apply(r).toPlainString());
    }
}
