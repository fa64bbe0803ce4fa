package th.ac.ums.client.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Drop-downs whose values are codes (what the ViewModel and the server use) and whose text is
 * words in the current language, relabelled when the language changes.
 * <pre>{@code
 * ComboBox<String> status = Choices.words(formats, StudentStatus.class, "filter.anyStatus");
 * status.valueProperty().bindBidirectional(vm.status());
 * }</pre>
 */
public final class Choices {
    private static final String FOLLOW = "ums.choices.follow";

    private Choices() {
    }

    /** Every value of an enum; with {@code anyKey}, first an empty code shown as that text ("All statuses"). */
    public static <E extends Enum<E>> ComboBox<String> words(Formats f, Class<E> type, String anyKey) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return words(f, type.getSimpleName(), codes, anyKey);
    }

    /** The given codes of a vocabulary ({@link Formats#STUDENT_SORT}...). */
    public static ComboBox<String> words(Formats f, String vocabulary, List<String> codes, String anyKey) {
        List<String> items = new ArrayList<>();
        if (anyKey != null) {
            items.add("");
        }
        items.addAll(codes);
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setMinWidth(Region.USE_PREF_SIZE);
        showing(c, f.i18n(), code -> code == null ? "" : code.isEmpty() && anyKey != null ? f.i18n().get(anyKey)
                : f.word(vocabulary, code));
        return c;
    }

    /** Shows the items of any drop-down with {@code text}, again whenever the language changes. */
    public static <T> void showing(ComboBox<T> c, I18n i18n, Function<T, String> text) {
        InvalidationListener relabel = o -> {
            c.setConverter(converter(text));
            c.setButtonCell(Cells.listCell(text));
            c.setCellFactory(Cells.list(text));
        };
        relabel.invalidated(null);
        c.getProperties().put(FOLLOW, relabel);
        i18n.locale().addListener(new WeakInvalidationListener(relabel));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
