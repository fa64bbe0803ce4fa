package th.ac.ums.client.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * Table and list cells that show a value in the console's language: money (grouped, two
 * decimals, right-aligned by the column's {@code money} style class), dates, timestamps in the
 * university's zone, codes in words. Cells only turn the value into text in {@code updateItem};
 * a row of a paged table that has not arrived yet shows "…". Tables refresh when the language or
 * zone changes ({@link Columns#follow}).
 */
public final class Cells {
    static final String LOADING = "…";

    private Cells() {
    }

    /** Cells showing {@code show(value)}. */
    public static <T, V> Callback<TableColumn<T, V>, TableCell<T, V>> text(Function<V, String> show) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                if (empty) {
                    setText(null);
                } else if (getTableRow() == null || getTableRow().getItem() == null) {
                    setText(LOADING);
                } else {
                    setText(item == null ? "" : show.apply(item));
                }
            }
        };
    }

    /** Amounts as the server sends them ("1500.00") shown as {@code 1,500.00}. */
    public static <T> Callback<TableColumn<T, String>, TableCell<T, String>> money(Formats f) {
        return text(f::money);
    }

    public static <T> Callback<TableColumn<T, LocalDate>, TableCell<T, LocalDate>> date(Formats f) {
        return text(f::date);
    }

    public static <T> Callback<TableColumn<T, Instant>, TableCell<T, Instant>> timestamp(Formats f) {
        return text(f::timestamp);
    }

    /** Codes of a vocabulary ({@link Formats#END_REASON}, an enum's simple name) in words. */
    public static <T> Callback<TableColumn<T, String>, TableCell<T, String>> words(Formats f, String vocabulary) {
        return text(code -> f.word(vocabulary, code));
    }

    /** List cells (list views, combo boxes) showing {@code show(item)}. */
    public static <V> Callback<ListView<V>, ListCell<V>> list(Function<V, String> show) {
        return l -> listCell(show);
    }

    public static <V> ListCell<V> listCell(Function<V, String> show) {
        return new ListCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        };
    }
}
