package th.ac.ums.client.dashboard;

import java.time.YearMonth;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.model.Enums.ApplicationStatus;
import th.ac.ums.model.Enums.StudentStatus;

/** Counts and charts: students by faculty, students by status, applications by status, payments by month. F5 reloads. */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BarChart<String, Number> byFaculty = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart byStatus = new PieChart();
    private final BarChart<String, Number> applications = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> payments = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final HBox tiles = new HBox(12);

    public DashboardView(DashboardViewModel vm, Formats formats) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
    }

    public Page page() {
        return Page.of(root()).keys(new Shortcut("F5", "key.refresh"));
    }

    public Parent root() {
        byFaculty.setId("chart-faculty");
        for (var c : List.of(byFaculty, applications, payments)) {
            c.setAnimated(false);
            c.setLegendVisible(false);
            ((NumberAxis) c.getYAxis()).setTickLabelFormatter(grouped());
        }
        byStatus.setAnimated(false);
        byFaculty.titleProperty().bind(i18n.text("dash.byFaculty"));
        byStatus.titleProperty().bind(i18n.text("dash.byStatus"));
        applications.titleProperty().bind(i18n.text("dash.applications"));
        payments.titleProperty().bind(i18n.text("dash.payments"));
        vm.figures().addListener((o, was, now) -> draw());
        i18n.locale().addListener((o, a, b) -> draw());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(byFaculty, 0, 0);
        grid.add(byStatus, 1, 0);
        grid.add(applications, 0, 1);
        grid.add(payments, 1, 1);
        for (var n : List.of(byFaculty, byStatus, applications, payments)) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        Node waiting = Feedback.placeholder(i18n, vm.loading(), i18n.text("dash.loading"));
        waiting.visibleProperty().bind(vm.figures().isNull());
        grid.visibleProperty().bind(vm.figures().isNotNull());
        StackPane charts = new StackPane(grid, waiting);
        VBox root = new VBox(8, tiles, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                vm.load();
            }
        });
        return root;
    }

    private void draw() {
        DashboardViewModel.Figures f = vm.figures().get();
        if (f == null) {
            return;
        }
        byFaculty.getData().setAll(series(f.studentsByFaculty(), p -> p.code()));
        // a faculty's code on the axis (the names do not fit), its name and count on the bar's tooltip
        var bars = byFaculty.getData().get(0).getData();
        for (int i = 0; i < bars.size(); i++) {
            DashboardViewModel.Point p = f.studentsByFaculty().get(i);
            XYChart.Data<String, Number> bar = bars.get(i);
            String tip = p.code() + " " + formats.name(p.nameTh(), p.nameEn()) + ": " + formats.number(Math.round(p.value()));
            Runnable install = () -> javafx.scene.control.Tooltip.install(bar.getNode(), new javafx.scene.control.Tooltip(tip));
            if (bar.getNode() != null) {
                install.run();
            } else {
                bar.nodeProperty().addListener((o, was, now) -> install.run());
            }
        }
        byStatus.getData().clear();
        f.studentsByStatus().forEach(p -> byStatus.getData().add(new PieChart.Data(
                formats.word(StudentStatus.class, p.code()), p.value())));
        applications.getData().setAll(series(f.applicationsByStatus(),
                p -> formats.word(ApplicationStatus.class, p.code())));
        payments.getData().setAll(series(f.paymentsByMonth(), p -> formats.month(YearMonth.parse(p.code()))));
        double total = f.studentsByStatus().stream().mapToDouble(DashboardViewModel.Point::value).sum();
        double active = f.studentsByStatus().stream().filter(p -> p.code().equals("ACTIVE"))
                .mapToDouble(DashboardViewModel.Point::value).sum();
        double submitted = f.applicationsByStatus().stream().filter(p -> p.code().equals("SUBMITTED"))
                .mapToDouble(DashboardViewModel.Point::value).sum();
        tiles.getChildren().setAll(tile("dash.students", total), tile("dash.active", active),
                tile("dash.submitted", submitted));
        tiles.setId(i18n.thai() ? "tiles-th" : "tiles-en");
    }

    private XYChart.Series<String, Number> series(List<DashboardViewModel.Point> points,
                                                  java.util.function.Function<DashboardViewModel.Point, String> label) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (DashboardViewModel.Point p : points) {
            s.getData().add(new XYChart.Data<>(label.apply(p), p.value()));
        }
        return s;
    }

    private VBox tile(String key, double value) {
        Label v = new Label(formats.number(Math.round(value)));
        v.getStyleClass().add("tile-value");
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        VBox box = new VBox(2, v, l);
        box.getStyleClass().add("tile");
        return box;
    }

    private StringConverter<Number> grouped() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return formats.number(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        };
    }
}
