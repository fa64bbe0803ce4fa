package th.ac.ums.client.ui;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;

/**
 * A table over a {@link PagedList}: fixed row height (so the table never measures a million
 * rows), rows not yet loaded drawn as a dim placeholder, sorting left to the server. Rows are
 * built once and reused as the view scrolls; {@link #createdRows()} counts them, which the
 * virtualization test checks.
 */
public final class PagedTableView<T> extends TableView<T> {
    public static final double ROW_HEIGHT = 24;
    private final AtomicInteger created = new AtomicInteger();
    private final PagedList<T> rows;

    public PagedTableView(PagedList<T> rows) {
        super(rows);
        this.rows = rows;
        setFixedCellSize(ROW_HEIGHT);
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(Columns.POLICY);
        setPlaceholder(new Label(""));
        keepSelectionWhenRowsReload();
        setRowFactory(t -> {
            created.incrementAndGet();
            return new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("loading"), !empty && item == null);
                }
            };
        });
    }

    /**
     * A reloaded row arrives as a replacement, which the selection model treats as a new item and
     * may deselect; a grid that refreshes itself must not take the user's selection away. Another
     * filter or sort ({@link PagedList#setQuery}) is another list: its selection starts empty.
     */
    private void keepSelectionWhenRowsReload() {
        int[] selected = {-1};
        getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                selected[0] = now.intValue();
            } else if (!rows.announcing()) {
                selected[0] = -1;   // the user (or the screen) cleared the selection
            }
        });
        rows.queries().addListener((o, was, now) -> {
            selected[0] = -1;       // another list: its rows are not the ones selected
            getSelectionModel().clearSelection();
        });
        rows.addListener((javafx.collections.ListChangeListener<T>) c -> {
            boolean sameSize = true;
            while (c.next()) {
                sameSize &= c.wasReplaced() && c.getAddedSize() == c.getRemovedSize();
            }
            int index = selected[0];
            if (sameSize && index >= 0 && index < rows.size() && getSelectionModel().getSelectedIndex() != index) {
                getSelectionModel().select(index);
            }
        });
    }

    /** A text column whose cells show {@code value} of the row, or a placeholder while it loads. */
    public TableColumn<T, String> column(ObservableValue<String> title, String id, double width,
                                         Function<T, String> value) {
        return add(id, Columns.text(title, width, value));
    }

    /**
     * Adds a column made by {@link Columns} (money, date, words...) under an id (the column
     * menu and the remembered column choice use it); sorting stays with the server.
     */
    public <V> TableColumn<T, V> add(String id, TableColumn<T, V> c) {
        c.setId(id);
        c.setSortable(false);
        getColumns().add(c);
        return c;
    }

    /**
     * Sizes the columns to their titles and the first rows each time a new filter's first page
     * has arrived (the columns then stay put while the user scrolls).
     */
    public void fitColumnsWhenLoaded(Formats f) {
        boolean[] fitted = {false};
        rows.addListener((javafx.collections.ListChangeListener<T>) c -> {
            if (rows.size() == 0 || rows.peek(0) == null) {
                fitted[0] = false;
            } else if (!fitted[0]) {
                fitted[0] = true;
                javafx.application.Platform.runLater(this::fitToLoaded);
                javafx.animation.PauseTransition again = new javafx.animation.PauseTransition(
                        javafx.util.Duration.millis(250));
                again.setOnFinished(e -> fitToLoaded());   // once the cells exist, with their own font
                again.play();
            }
        });
        javafx.beans.InvalidationListener relabel = o -> javafx.application.Platform.runLater(this::fitToLoaded);
        getProperties().put("ums.fit.relabel", relabel);
        f.i18n().locale().addListener(new javafx.beans.WeakInvalidationListener(relabel));
    }

    private void fitToLoaded() {
        java.util.List<T> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), rows.pageSize()); i++) {
            loaded.add(rows.peek(i));
        }
        Columns.fitNow(this, loaded);
    }

    /** Rows (cells holders) created so far: about a screenful, however far the user scrolls. */
    public int createdRows() {
        return created.get();
    }

    public PagedList<T> pagedRows() {
        return rows;
    }

    /** Scrolls so that a row shows at the top and selects it. */
    public void jumpTo(int index) {
        if (index >= 0 && index < rows.size()) {
            scrollTo(index);
            getSelectionModel().clearAndSelect(index);
        }
    }

    /** The first and last row index in view (approximate, from the scroll bar). */
    public int[] visibleRange() {
        int perScreen = (int) Math.ceil(getHeight() / ROW_HEIGHT);
        ScrollBar bar = (ScrollBar) lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL)
                .findFirst().orElse(null);
        int first = bar == null ? 0 : (int) Math.round(bar.getValue() * Math.max(0, rows.size() - perScreen));
        return new int[] {first, Math.min(rows.size(), first + perScreen)};
    }
}
