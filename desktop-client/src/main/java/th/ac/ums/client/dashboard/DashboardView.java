package th.ac.ums.client.dashboard;

import java.util.List;
import javafx.geometry.Insets;
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
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.I18n;

/** Counts and charts: students by faculty, students by status, applications by status, payments by month. */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final I18n i18n;
    private final BarChart<String, Number> byFaculty = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart byStatus = new PieChart();
    private final BarChart<String, Number> applications = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> payments = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final HBox tiles = new HBox(12);

    public DashboardView(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Parent root() {
        byFaculty.setId("chart-faculty");
        for (var c : List.of(byFaculty, applications, payments)) {
            c.setAnimated(false);
            c.setLegendVisible(false);
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
        Label message = new Label();
        message.textProperty().bind(i18n.message(vm.message()));
        VBox root = new VBox(8, tiles, grid, message);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        return root;
    }

    private void draw() {
        DashboardViewModel.Figures f = vm.figures().get();
        if (f == null) {
            return;
        }
        boolean th = i18n.thai();
        byFaculty.getData().setAll(series(f.studentsByFaculty(), false));
        byStatus.getData().clear();
        f.studentsByStatus().forEach(p -> byStatus.getData().add(new PieChart.Data(i18n.get("status." + p.code()),
                p.value())));
        applications.getData().setAll(series(f.applicationsByStatus(), true));
        payments.getData().setAll(series(f.paymentsByMonth(), false));
        double total = f.studentsByStatus().stream().mapToDouble(DashboardViewModel.Point::value).sum();
        double active = f.studentsByStatus().stream().filter(p -> p.code().equals("ACTIVE"))
                .mapToDouble(DashboardViewModel.Point::value).sum();
        double submitted = f.applicationsByStatus().stream().filter(p -> p.code().equals("SUBMITTED"))
                .mapToDouble(DashboardViewModel.Point::value).sum();
        tiles.getChildren().setAll(tile("dash.students", total), tile("dash.active", active),
                tile("dash.submitted", submitted));
        tiles.setId(th ? "tiles-th" : "tiles-en");
    }

    private XYChart.Series<String, Number> series(List<DashboardViewModel.Point> points, boolean statuses) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (DashboardViewModel.Point p : points) {
            String label = statuses ? i18n.get("app." + p.code()) : p.code();
            s.getData().add(new XYChart.Data<>(label, p.value()));
        }
        return s;
    }

    private VBox tile(String key, double value) {
        Label v = new Label(String.format("%,.0f", value));
        v.getStyleClass().add("tile-value");
        Label l = new Label(i18n.get(key));
        VBox box = new VBox(2, v, l);
        box.getStyleClass().add("tile");
        return box;
    }
}
