package th.ac.ums.client.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * A totals row under a table's money columns, as a spreadsheet has: the last row of the table, in
 * bold, made from the rows by the caller (the sums of the money columns, a word such as "Total"
 * in the first column). It follows the rows, cannot be selected, and is absent while there are no
 * rows (so the table's placeholder still says why it is empty).
 * <pre>{@code
 * Totals.install(lines, vm.lines(), rows -> new InvoiceLine(i18n.get("totals.total"),
 *         Totals.sum(rows, InvoiceLine::amount).toPlainString()));
 * }</pre>
 */
public final class Totals {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    private Totals() {
    }

    /** Shows {@code rows} and, under them, {@code total(rows)}. */
    public static <T> void install(TableView<T> table, ObservableList<T> rows, Function<List<T>, T> total) {
        ObservableList<T> shown = FXCollections.observableArrayList();
        Object[] current = {null};
        Runnable refill = () -> {
            List<T> all = new ArrayList<>(rows);
            if (!rows.isEmpty()) {
                T t = total.apply(List.copyOf(rows));
                current[0] = t;
                all.add(t);
            } else {
                current[0] = null;
            }
            shown.setAll(all);
        };
        rows.addListener((ListChangeListener<T>) c -> refill.run());
        refill.run();
        table.setItems(shown);
        table.getProperties().put("ums.totals.refill", refill);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean isTotal = !empty && item != null && item == current[0];
                pseudoClassStateChanged(TOTAL, isTotal);
                setMouseTransparent(isTotal);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now == current[0]) {
                javafx.application.Platform.runLater(() -> table.getSelectionModel().clearSelection());
            }
        });
    }

    /** Redraws the totals (the language changed: its word). */
    public static void refresh(TableView<?> table) {
        if (table.getProperties().get("ums.totals.refill") instanceof Runnable r) {
            r.run();
        }
    }

    /** The sum of an amount ("1500.00") over rows; text that is not an amount counts as zero. */
    public static <T> BigDecimal sum(List<T> rows, Function<T, String> amount) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (T r : rows) {
            String a = amount.apply(r);
            try {
                s = s.add(a == null || a.isBlank() ? BigDecimal.ZERO : new BigDecimal(a.trim()));
            } catch (NumberFormatException e) {
                // not an amount: nothing to add
            }
        }
        return s;
    }
}
