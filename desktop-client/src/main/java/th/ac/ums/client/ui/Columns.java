package th.ac.ums.client.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Table columns: a title that follows the language, the row's value, and a cell from
 * {@link Cells} that shows it in words. Money columns are right-aligned and sort by amount.
 * Call {@link #follow} once per table so its cells are redrawn when the language or zone changes.
 * <pre>{@code
 * table.getColumns().addAll(
 *     Columns.text(i18n.text("invoice.number"), 150, InvoiceDto::number),
 *     Columns.date(formats, i18n.text("invoice.due"), 110, InvoiceDto::dueDate),
 *     Columns.money(formats, i18n.text("invoice.total"), 110, InvoiceDto::total),
 *     Columns.word(formats, "InvoiceStatus", i18n.text("invoice.status"), 120, InvoiceDto::status));
 * Columns.follow(table, formats);
 * }</pre>
 */
public final class Columns {
    private static final String FOLLOW = "ums.columns.follow";
    private static final String TEXT = "ums.columns.text";
    private static final double MAX_WIDTH = 520;
    /** A column whose text may be shortened (a name, an e-mail, a description): it gives way first. */
    public static final String FLEX = "ums.columns.flex";
    /**
     * How a fitted table's columns take their widths: as {@link #fitNow} and {@link #share} set them
     * (every column its title and values; flexible ones give way to the table's width).
     */
    @SuppressWarnings("rawtypes")
    public static final javafx.util.Callback<TableView.ResizeFeatures, Boolean> POLICY =
            TableView.UNCONSTRAINED_RESIZE_POLICY;
    private static final String WANT = "ums.columns.want";
    private static final String SHARE = "ums.columns.share";
    private static final String TITLES = "ums.columns.titles";

    private Columns() {
    }

    /** A column of {@code show(value(row))}; a row not loaded yet (paged tables) shows "…". */
    public static <T, V> TableColumn<T, V> of(ObservableValue<String> title, double width, Function<T, V> value,
                                              Function<V, String> show) {
        TableColumn<T, V> c = new TableColumn<>();
        c.textProperty().bind(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? null
                : value.apply(cd.getValue())));
        c.setCellFactory(Cells.text(show));
        c.setPrefWidth(width);
        Function<T, String> text = row -> {
            V v = value.apply(row);
            return v == null ? "" : show.apply(v);
        };
        c.getProperties().put(TEXT, text);
        return c;
    }

    public static <T> TableColumn<T, String> text(ObservableValue<String> title, double width,
                                                  Function<T, String> value) {
        return of(title, width, value, s -> s);
    }

    /** Amounts ("1500.00") as {@code 1,500.00}, right-aligned, sorted by amount. */
    public static <T> TableColumn<T, String> money(Formats f, ObservableValue<String> title, double width,
                                                   Function<T, String> amount) {
        TableColumn<T, String> c = of(title, width, amount, f::money);
        c.getStyleClass().add("money");
        c.setComparator(Comparator.nullsFirst(Comparator.comparing(Columns::decimal)));
        return c;
    }

    public static <T> TableColumn<T, LocalDate> date(Formats f, ObservableValue<String> title, double width,
                                                     Function<T, LocalDate> value) {
        return of(title, width, value, f::date);
    }

    public static <T> TableColumn<T, Instant> timestamp(Formats f, ObservableValue<String> title, double width,
                                                        Function<T, Instant> value) {
        return of(title, width, value, f::timestamp);
    }

    /** Codes of a vocabulary (an enum's simple name such as "InvoiceStatus", or {@link Formats#END_REASON}) in words. */
    public static <T> TableColumn<T, String> word(Formats f, String vocabulary, ObservableValue<String> title,
                                                  double width, Function<T, String> code) {
        return of(title, width, code, s -> f.word(vocabulary, s));
    }

    /**
     * Marks a column of long text (a name, an e-mail, a description, a client) as the one that gives
     * way when the table is narrow: its minimum is its title, its cells then end in "…" and show the
     * whole text as a tooltip. Every other column keeps the width of its title and values (dates,
     * money, statuses, codes are never cut), so numeric columns stay in view.
     */
    public static <T, V> TableColumn<T, V> flex(TableColumn<T, V> c) {
        c.getProperties().put(FLEX, Boolean.TRUE);
        var cells = c.getCellFactory();
        c.setCellFactory(col -> {
            javafx.scene.control.TableCell<T, V> cell = cells.call(col);
            cell.textProperty().addListener((o, was, now) -> cell.setTooltip(now == null || now.isBlank() ? null
                    : new javafx.scene.control.Tooltip(now)));
            return cell;
        });
        return c;
    }

    /**
     * The table's selected row and a view model's chosen item, kept the same both ways: choosing a row
     * sets it, and setting it (or clearing it) selects that row (or none).
     */
    public static <T> void selection(TableView<T> table, javafx.beans.property.ObjectProperty<T> chosen) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> chosen.set(now));
        chosen.addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    /** Whether the column gives way first ({@link #flex}). */
    public static boolean isFlex(TableColumn<?, ?> c) {
        return Boolean.TRUE.equals(c.getProperties().get(FLEX));
    }

    /** Redraws the table's cells when the language or the university's zone changes. */
    public static void follow(TableView<?> table, Formats f) {
        if (table.getProperties().containsKey(FOLLOW)) {
            return;
        }
        InvalidationListener redraw = o -> table.refresh();
        table.getProperties().put(FOLLOW, redraw);
        f.i18n().locale().addListener(new WeakInvalidationListener(redraw));
        f.zone().addListener(new WeakInvalidationListener(redraw));
    }

    /**
     * Sizes the columns to their title and the rows now in the table, again whenever the rows or the
     * language change, so no title and no value is cut (the table scrolls sideways when they are
     * wider than it). For fully loaded tables.
     */
    public static <T> void fit(TableView<T> table, Formats f) {
        table.setColumnResizePolicy(POLICY);
        Runnable fit = () -> javafx.application.Platform.runLater(() -> fitNow(table, table.getItems()));
        table.itemsProperty().addListener((o, was, now) -> fit.run());
        table.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> fit.run());
        InvalidationListener relabel = o -> fit.run();
        table.getProperties().put(FOLLOW + ".fit", relabel);
        f.i18n().locale().addListener(new WeakInvalidationListener(relabel));
        table.skinProperty().addListener((o, was, now) -> fit.run());
        fit.run();
    }

    /**
     * A small table (an invoice's lines, a student's enrolments) as tall as its rows, between
     * {@code min} and {@code max} rows, so that a record reads top to bottom without a scroll bar in
     * each of its tables.
     */
    public static <T> void sizeToRows(TableView<T> t, int min, int max) {
        t.setFixedCellSize(30);
        Runnable size = () -> t.setPrefHeight(44 + Math.max(min, Math.min(max, t.getItems().size())) * 30 + 18);
        javafx.collections.ListChangeListener<T> rows = c -> size.run();
        t.getItems().addListener(rows);
        t.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            size.run();
        });
        size.run();
        t.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** Sizes the columns to their title and the given rows (a paged table's first page). */
    public static <T> void fitNow(TableView<T> table, java.util.List<T> rows) {
        keepTitlesWhole(table);
        table.applyCss();
        Font title = font(table, ".column-header .label", javafx.scene.text.Font.getDefault());
        Font cell = font(table, ".table-row-cell .table-cell", Font.font(Font.getDefault().getFamily(),
                title.getSize()));
        Text measure = new Text();
        for (TableColumn<T, ?> c : table.getVisibleLeafColumns()) {
            @SuppressWarnings("unchecked")
            Function<T, String> text = (Function<T, String>) c.getProperties().get(TEXT);
            if (text == null) {
                continue;
            }
            measure.setFont(title);
            measure.setText(c.getText() == null ? "" : c.getText());
            // the title's room: its text, the cell padding and the sort arrow
            double head = Math.ceil(measure.getLayoutBounds().getWidth() + 32);
            double w = head;
            measure.setFont(cell);
            for (T row : rows) {
                if (row != null) {
                    measure.setText(text.apply(row));
                    w = Math.max(w, measure.getLayoutBounds().getWidth() + 26);
                }
            }
            w = Math.ceil(Math.min(MAX_WIDTH, w));
            // the title and the values never shorten, except in a flexible column's cells (a name: "…", a tooltip)
            c.setMinWidth(isFlex(c) ? Math.min(w, Math.max(head, 90)) : w);
            c.getProperties().put(WANT, w);
            c.setPrefWidth(w);
        }
        share(table);
    }

    /**
     * After each layout, widens a column whose title the header had to cut: the titles' font can be
     * unknown when the rows are measured (the headers are made on the table's first layout) or change
     * later (another theme), and a title is never shortened.
     */
    private static void keepTitlesWhole(TableView<?> table) {
        if (table.getProperties().containsKey(TITLES)) {
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> check = (o, was, now) -> {
            if (!now) {
                javafx.application.Platform.runLater(() -> widenCutTitles(table));
            }
        };
        table.getProperties().put(TITLES, check);
        table.needsLayoutProperty().addListener(check);
    }

    private static void widenCutTitles(TableView<?> table) {
        boolean widened = false;
        Text measure = new Text();
        for (javafx.scene.Node n : table.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h
                    && h.getTableColumn() != null && h.getTableColumn().getColumns().isEmpty()
                    && h.lookup(".label") instanceof javafx.scene.control.Label l && l.getWidth() > 0
                    && l.getText() != null && !l.getText().isEmpty() && shown(l).map(t -> !t.equals(l.getText()))
                    .orElse(false)) {
                // the header shows "Outsta…": widen by what the whole title lacks
                measure.setFont(l.getFont());
                measure.setText(l.getText());
                double text = measure.getLayoutBounds().getWidth();
                javafx.scene.control.TableColumnBase<?, ?> c = h.getTableColumn();
                // the title's room as fitNow measures it (its text, the cell padding and the sort arrow)
                double needed = Math.ceil(text + 32);
                double w;
                if (needed > c.getWidth()) {
                    w = needed;
                } else if (l.getWidth() + 40 >= c.getWidth()) {
                    // laid out at this width and still cut (a theme with more padding): widen by what it lacks
                    double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
                    w = c.getWidth() + Math.max(1, Math.ceil(text - room) + 2);
                } else {
                    continue;   // the label still has an older, narrower width: the next layout checks again
                }
                w = Math.min(MAX_WIDTH, w);
                if (w > c.getWidth()) {
                    c.setMinWidth(Math.max(c.getMinWidth(), w));
                    c.setPrefWidth(w);
                    if (c.getProperties().get(WANT) instanceof Double want && want < w) {
                        c.getProperties().put(WANT, w);
                    }
                    widened = true;
                }
            }
        }
        if (widened && table.getProperties().containsKey(SHARE)) {
            // the room a title took comes out of the flexible columns, so the last columns stay in view
            share(table);
        }
    }

    /** The text a label shows now (its text, or that text cut to "…"). */
    private static java.util.Optional<String> shown(javafx.scene.control.Labeled l) {
        for (javafx.scene.Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return java.util.Optional.ofNullable(t.getText());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Shares the table's width: columns keep the width of their title and values; when they do not
     * all fit, the flexible ones ({@link #flex}) give way, down to their titles, so that dates, money
     * and statuses stay in view. Again whenever the table's width or its visible columns change.
     */
    public static <T> void share(TableView<T> table) {
        if (!table.getProperties().containsKey(SHARE)) {
            InvalidationListener again = o -> javafx.application.Platform.runLater(() -> share(table));
            table.getProperties().put(SHARE, again);
            table.widthProperty().addListener(again);
            table.getVisibleLeafColumns().addListener(again);
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
        if (room <= 0) {
            return;
        }
        double fixed = 0;
        double flexWant = 0;
        for (TableColumn<T, ?> c : table.getVisibleLeafColumns()) {
            double want = c.getProperties().get(WANT) instanceof Double d ? d : c.getPrefWidth();
            if (isFlex(c) && c.getProperties().get(WANT) != null) {
                flexWant += want;
            } else {
                fixed += Math.max(want, c.getMinWidth());
            }
        }
        double left = room - fixed;
        for (TableColumn<T, ?> c : table.getVisibleLeafColumns()) {
            if (isFlex(c) && c.getProperties().get(WANT) instanceof Double want) {
                double w = flexWant <= left ? want : Math.max(c.getMinWidth(), Math.floor(want * left / flexWant));
                c.setPrefWidth(w);
            }
        }
    }

    private static Font font(TableView<?> table, String selector, Font fallback) {
        return table.lookup(selector) instanceof javafx.scene.control.Labeled l ? l.getFont() : fallback;
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
