package th.ac.ums.client.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Small builders for forms: a label, a field bound both ways, and its error next to it. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        ColumnConstraints fill = new ColumnConstraints();
        fill.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(new ColumnConstraints(), fill, new ColumnConstraints());
        return g;
    }

    public static TextField text(GridPane g, int row, ObservableValue<String> label, StringProperty value,
                                 ObservableMap<String, String> errors, String field) {
        return add(g, row, label, new TextField(), value, errors, field);
    }

    public static <C extends TextInputControl> C add(GridPane g, int row, ObservableValue<String> label, C input,
                                                   StringProperty value, ObservableMap<String, String> errors,
                                                   String field) {
        Label l = new Label();
        l.textProperty().bind(label);
        l.setLabelFor(input);
        input.textProperty().bindBidirectional(value);
        input.setId(field);
        g.addRow(row, l, input);
        if (errors != null) {
            Label e = new Label();
            e.getStyleClass().add("field-error");
            e.setId(field + "-error");
            e.textProperty().bind(Bindings.createStringBinding(() -> errors.getOrDefault(field, ""), errors));
            input.styleProperty().bind(Bindings.createStringBinding(() -> errors.containsKey(field)
                    ? "-fx-border-color: #c0392b;" : "", errors));
            g.add(e, 2, row);
        }
        return input;
    }
}
