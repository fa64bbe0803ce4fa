package th.ac.ums.client.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

/** Text columns for the small, fully loaded tables (the paged grid has its own in PagedTableView). */
public final class Columns {
    private Columns() {
    }

    public static <T> TableColumn<T, String> text(ObservableValue<String> title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
