package th.ac.ums.client.finance;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Links;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.client.ui.Totals;

/**
 * The finance dashboard: outstanding, overdue, collected and refunded this month (tiles), the
 * outstanding money by days overdue (a bar per aging bucket), and the aging report per faculty or
 * program with a totals row and CSV export. A bar, a bucket's total or a tile opens the invoices
 * in it on the invoices screen. While the figures load their places show a spinner; a refusal or
 * an empty report says so.
 */
public final class AgingView {
    private final AgingViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final Links links;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final HBox tiles = new HBox(10);
    private final StringProperty exported = new SimpleStringProperty("");
    private ComboBox<String> group;
    private AgingViewModel.Row shownTotal;

    public AgingView(AgingViewModel vm, Formats formats) {
        this(vm, formats, Links.NONE);
    }

    public AgingView(AgingViewModel vm, Formats formats, Links links) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.links = links;
    }

    public Page page() {
        Parent root = root();
        return Page.of(root).focus(group).keys(new Shortcut("F5", "key.refresh"));
    }

    public Parent root() {
        chart.setId("aging-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
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
        chart.setMinHeight(190);
        chart.setPrefHeight(210);
        vm.totals().addListener((o, a, b) -> draw());
        vm.figures().addListener((o, a, b) -> tiles());
        vm.asOf().addListener((o, a, b) -> tiles());
        i18n.locale().addListener((o, a, b) -> {
            draw();
            tiles();
        });
        tiles.setId("finance-tiles");
        Node tilesWaiting = Feedback.placeholder(i18n, vm.figuresLoading(), i18n.text("finance.noFigures"));
        tilesWaiting.visibleProperty().bind(vm.figures().isNull());
        tilesWaiting.managedProperty().bind(tilesWaiting.visibleProperty());
        tiles.visibleProperty().bind(vm.figures().isNotNull());
        tiles.managedProperty().bind(tiles.visibleProperty());

        group = Choices.words(formats, Formats.AGING_GROUP, List.of("faculty", "program"), null);
        group.setId("aging-group");
        group.valueProperty().bindBidirectional(vm.groupBy());
        group.setOnAction(e -> vm.loadReport());
        MenuItem csv = new MenuItem();
        csv.textProperty().bind(i18n.text("export.asCsv"));
        csv.setOnAction(e -> exportAs("csv"));
        MenuItem xlsx = new MenuItem();
        xlsx.textProperty().bind(i18n.text("export.asXlsx"));
        xlsx.setOnAction(e -> exportAs("xlsx"));
        MenuButton export = new MenuButton("", null, csv, xlsx);
        export.textProperty().bind(i18n.text("aging.export"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId("aging-export");
        export.disableProperty().bind(vm.totals().isNull());
        Label exportedText = Form.message(i18n, exported);
        exportedText.setId("aging-exported");
        HBox.setHgrow(exportedText, Priority.ALWAYS);
        Label asOf = new Label();
        asOf.setId("aging-asof");
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        asOf.textProperty().bind(Bindings.createStringBinding(() -> vm.asOf().get() == null ? ""
                : i18n.get("aging.asOf", formats.date(vm.asOf().get())), vm.asOf(), i18n.locale()));
        // when the server's rollup was made, on a line of its own (the bar is as wide as the window allows)
        Label asOfTime = new Label();
        asOfTime.setId("aging-asof-time");
        asOfTime.setMinWidth(Region.USE_PREF_SIZE);
        asOfTime.getStyleClass().add("text-muted");
        asOfTime.textProperty().bind(Bindings.createStringBinding(() -> vm.asOfTime().get() == null ? ""
                : i18n.get("aging.asOfTime", formats.time(vm.asOfTime().get())), vm.asOfTime(), i18n.locale()));
        VBox when = new VBox(asOf, asOfTime);
        when.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, group, export, when, exportedText);
        bar.setAlignment(Pos.CENTER_LEFT);

        Node empty = Feedback.placeholder(i18n, vm.loading(), i18n.text("aging.empty"));
        empty.visibleProperty().bind(vm.totals().isNull());
        chart.visibleProperty().bind(vm.totals().isNotNull());
        StackPane chartPlace = new StackPane(chart, empty);
        chartPlace.setMinHeight(190);
        TableView<AgingViewModel.Row> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(8, new StackPane(tiles, tilesWaiting), chartPlace, bar, table);
        body.setPadding(new Insets(10));
        BorderPane root = new BorderPane(body);
        root.setId("finance-dashboard");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                vm.load();
            }
        });
        return root;
    }

    /** Opens the invoices in a bucket (the report's day fixes its due dates). */
    public void open(Bucket b) {
        if (vm.asOf().get() == null && vm.figures().get() == null) {
            return;
        }
        var day = vm.asOf().get() != null ? vm.asOf().get() : vm.figures().get().asOf();
        links.invoices(b.filters(day), "dueDate", describe(b, day));
    }

    /** The bucket in words with its due dates: "1–30 days overdue: due 31 Oct 2026 to 29 Nov 2026". */
    private String describe(Bucket b, java.time.LocalDate day) {
        var from = b.from(day);
        var to = b.to(day);
        // a message read in the language of the moment (the invoices screen shows it; the language may change)
        String bucket = I18n.key(b.key());
        return from != null && to != null ? I18n.compose("bucket.describeBetween", bucket, I18n.date(from), I18n.date(to))
                : from != null ? I18n.compose("bucket.describeFrom", bucket, I18n.date(from))
                : to != null ? I18n.compose("bucket.describeTo", bucket, I18n.date(to)) : b.key();
    }

    private void tiles() {
        AgingViewModel.Figures f = vm.figures().get();
        tiles.getChildren().clear();
        if (f == null) {
            return;
        }
        tiles.getChildren().addAll(
                tile("finance-outstanding", formats.amount(f.outstanding()), i18n.get("finance.outstanding" + (f.invoicesOpen() == 1 ? ".one" : ""),
                        formats.number(f.invoicesOpen())), Bucket.OUTSTANDING),
                tile("finance-overdue", formats.amount(f.overdue()), i18n.get("finance.overdueTile" + (f.invoicesOverdue() == 1 ? ".one" : ""),
                        formats.number(f.invoicesOverdue())), Bucket.OVERDUE),
                tile("finance-collected", formats.amount(f.collectedThisMonth()), i18n.get("finance.collected",
                        formats.month(f.month())), null),
                tile("finance-refunded", formats.amount(f.refundedThisMonth()), i18n.get("finance.refunded",
                        formats.month(f.month())), null));
        if (f.overdue().signum() > 0) {
            tiles.getChildren().get(1).lookup(".tile-value").getStyleClass().add("money-bad");
        }
    }

    private VBox tile(String id, String value, String caption, Bucket opens) {
        Label v = new Label(value);
        v.getStyleClass().add("tile-value");
        v.setMinWidth(Region.USE_PREF_SIZE);
        v.setId(id);
        Label c = new Label(caption);
        c.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, v, c);
        if (opens != null) {
            Hyperlink link = new Hyperlink(i18n.get("finance.showInvoices"));
            link.setId(id + "-invoices");
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setOnAction(e -> open(opens));
            box.getChildren().add(link);
        }
        box.getStyleClass().add("tile");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A bar per bucket (the totals of the report); a click on a bar opens its invoices. */
    private void draw() {
        chart.getData().clear();
        AgingViewModel.Row t = vm.totals().get();
        if (t == null) {
            return;
        }
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(i18n.get("aging.outstanding"));
        List<XYChart.Data<String, Number>> bars = new ArrayList<>();
        for (Bucket b : AgingViewModel.BUCKETS) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(i18n.get(b.key()), t.of(b));
            bars.add(d);
            s.getData().add(d);
        }
        chart.getData().add(s);
        for (int i = 0; i < bars.size(); i++) {
            Bucket b = AgingViewModel.BUCKETS.get(i);
            Node n = bars.get(i).getNode();
            if (n != null) {
                n.setId("aging-bar-" + b.name().toLowerCase());
                n.setCursor(Cursor.HAND);
                n.setOnMouseClicked(e -> open(b));
                javafx.scene.control.Tooltip.install(n, new javafx.scene.control.Tooltip(i18n.get(b.key()) + ": "
                        + formats.amount(t.of(b)) + " — " + i18n.get("finance.showInvoices")));
            }
        }
    }

    private TableView<AgingViewModel.Row> table() {
        TableView<AgingViewModel.Row> t = new TableView<>();
        t.setPrefHeight(230);
        t.setMinHeight(160);
        t.setId("aging-table");
        t.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        t.setFixedCellSize(28);
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("aging.group"), 260, r -> r == shownTotal ? r.nameEn()
                : r.code() + " " + (i18n.thai() ? r.nameTh() : r.nameEn()))));
        for (Bucket b : AgingViewModel.BUCKETS) {
            t.getColumns().add(bucketColumn(b));
        }
        t.getColumns().add(money("aging.outstanding", Bucket.OUTSTANDING));
        Totals.install(t, vm.rows(), rows -> {
            String word = i18n.get("totals.total");
            AgingViewModel.Row sum = vm.totals().get() != null ? vm.totals().get()
                    : AgingViewModel.total(rows, "", word, word);
            shownTotal = new AgingViewModel.Row("", word, word, sum.current(), sum.d30(), sum.d60(), sum.d90(),
                    sum.d90plus(), sum.outstanding());
            return shownTotal;
        });
        i18n.locale().addListener(o -> Totals.refresh(t));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("aging.empty")));
        return t;
    }

    private TableColumn<AgingViewModel.Row, String> money(String key, Bucket b) {
        return Columns.money(formats, i18n.text(key), 120, r -> r.of(b).toPlainString());
    }

    /** A bucket's column: money per row; in the totals row the amount is a link to the bucket's invoices. */
    private TableColumn<AgingViewModel.Row, String> bucketColumn(Bucket b) {
        TableColumn<AgingViewModel.Row, String> c = money(b.key(), b);
        c.setCellFactory(col -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            {
                link.setOnAction(e -> open(b));
                link.setId("aging-total-" + b.name().toLowerCase());
                link.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AgingViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                } else if (row == shownTotal) {
                    link.setText(formats.money(item));
                    setText(null);
                    setGraphic(link);
                } else {
                    setText(formats.money(item));
                    setGraphic(null);
                }
            }
        });
        return c;
    }

    private void exportAs(String format) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(), "*." + format));
        chooser.setInitialFileName("aging." + format);
        File file = chooser.showSaveDialog(chart.getScene().getWindow());
        if (file != null) {
            exportTo(file.getName().toLowerCase(java.util.Locale.ROOT).endsWith("." + format) ? file
                    : new File(file.getParentFile(), file.getName() + "." + format));
        }
    }

    /**
     * Writes the report (also used by tests, which skip the file dialog): an Excel workbook when the
     * name ends in {@code .xlsx}, CSV otherwise.
     */
    public void exportTo(File file) {
        List<String> header = new ArrayList<>(List.of(i18n.get("aging.code"), i18n.get("aging.group")));
        for (Bucket b : AgingViewModel.BUCKETS) {
            header.add(i18n.get(b.key()));
        }
        header.add(i18n.get("aging.outstanding"));
        java.util.function.Function<AgingViewModel.Row, String> name = r -> i18n.thai() ? r.nameTh() : r.nameEn();
        try {
            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                try (var out = Files.newOutputStream(file.toPath())) {
                    AgingWorkbook.write(out, header, vm.rows(), vm.totals().get(), i18n.get("totals.total"), name);
                }
            } else {
                Files.writeString(file.toPath(), vm.csv(header, i18n.get("totals.total"), name), StandardCharsets.UTF_8);
            }
            exported.set(I18n.compose("export.doneRows", I18n.counted("rows", vm.rows().size() + 1L)));
        } catch (IOException e) {
            exported.set(I18n.compose("export.failed", e.getMessage()));
        }
    }

    /** The amount of a bucket over the whole report (tests compare it with the invoices listed). */
    public BigDecimal total(Bucket b) {
        return vm.totals().get() == null ? BigDecimal.ZERO : vm.totals().get().of(b);
    }
}
