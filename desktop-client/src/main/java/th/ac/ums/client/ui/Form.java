package th.ac.ums.client.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form: a label and a field per row, the field's error under it (wrapped, the field's full
 * width, shown only while there is one), buttons that never shrink, and Enter pressed anywhere in
 * the form pressing its main button. Errors come from the ViewModel's map of field name to
 * message (a message key, {@code key:value}, or the server's own text).
 * <pre>{@code
 * Form f = new Form(i18n, vm.fieldErrors());
 * f.text("payment.amount", vm.amount(), "amount");
 * f.field("payment.method", Choices.words(formats, PaymentMethod.class, null), "method");
 * f.actions(Form.button(i18n, "payment.confirm", vm::record));
 * f.message(vm.message());
 * Parent p = f.root();
 * }</pre>
 */
public final class Form {
    private final I18n i18n;
    private final ObservableMap<String, String> errors;
    private final GridPane grid = new GridPane();
    private int row;

    /** @param errors field name to message; null for a form without field errors */
    public Form(I18n i18n, ObservableMap<String, String> errors) {
        this.i18n = i18n;
        this.errors = errors;
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    public TextField text(String labelKey, StringProperty value, String field) {
        return input(labelKey, new TextField(), value, field);
    }

    public PasswordField password(String labelKey, StringProperty value, String field) {
        return input(labelKey, new PasswordField(), value, field);
    }

    /** A text input bound both ways to {@code value}; its id is the field name. */
    public <C extends TextInputControl> C input(String labelKey, C input, StringProperty value, String field) {
        input.textProperty().bindBidirectional(value);
        return field(labelKey, input, field);
    }

    /** A date typed or picked in the current language (Buddhist Era years in Thai). */
    public DatePicker date(String labelKey, Formats formats, ObjectProperty<LocalDate> value, String field) {
        DatePicker d = new DatePicker();
        Dates.follow(d, formats);
        d.valueProperty().bindBidirectional(value);
        return field(labelKey, d, field);
    }

    /** Any control (a drop-down, a date) or group of controls (check boxes) with its label and its error under it. */
    public <N extends Region> N field(String labelKey, N control, String field) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setId(field);
        control.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(4, control);
        if (errors != null) {
            box.getChildren().add(error(control, field));
        }
        box.setFillWidth(true);
        // a group of controls (check boxes in a pane) has no baseline of its own: its label stands at its top
        VPos align = control instanceof javafx.scene.control.TextInputControl
                || control instanceof javafx.scene.control.ComboBoxBase<?> || control instanceof javafx.scene.control.ChoiceBox<?>
                || control instanceof javafx.scene.control.Labeled || control instanceof javafx.scene.control.Spinner<?>
                ? VPos.BASELINE : VPos.TOP;
        if (align == VPos.TOP) {
            label.setPadding(new javafx.geometry.Insets(2, 0, 0, 0));
        }
        GridPane.setValignment(label, align);
        GridPane.setValignment(box, align);
        grid.addRow(row++, label, box);
        return control;
    }

    /** The field's error under it, and the field marked, while there is one. */
    private Label error(Region control, String field) {
        Label error = wrapping(Bindings.createStringBinding(() -> i18n.message(errors.get(field)), errors,
                i18n.locale()));
        error.getStyleClass().add("field-error");
        error.setId(field + "-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        errors.addListener((javafx.collections.MapChangeListener<String, String>) c ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, errors.containsKey(field)));
        return error;
    }

    /** A line across the whole form (a hint, a notice). */
    public <N extends Node> N line(N node) {
        grid.add(node, 0, row++, 2, 1);
        return node;
    }

    /**
     * The form's buttons, under the fields; the first is its main button, pressed by Enter while
     * the focus is anywhere in the form (and drawn as the default button then).
     */
    public HBox actions(Button main, Node... more) {
        HBox box = new HBox(8, main);
        box.getChildren().addAll(more);
        main.defaultButtonProperty().bind(grid.focusWithinProperty());
        grid.add(box, 1, row++);
        return box;
    }

    /**
     * Makes a button placed elsewhere (a bar that stays in view under a long form) the form's main
     * button: Enter anywhere in the form presses it.
     */
    public Button mainButton(Button main) {
        main.defaultButtonProperty().bind(grid.focusWithinProperty());
        return main;
    }

    /** A button that closes or abandons the form: Esc anywhere in the form presses it (when no field edit is undone first). */
    public Button cancelButton(Button cancel) {
        cancel.cancelButtonProperty().bind(grid.focusWithinProperty());
        return cancel;
    }

    /** A message for the whole form (saved, refused...), wrapped under the buttons. */
    public Label message(ObservableValue<String> keyOrText) {
        Label m = wrapping(i18n.message(keyOrText));
        m.visibleProperty().bind(m.textProperty().isNotEmpty());
        m.managedProperty().bind(m.visibleProperty());
        grid.add(m, 1, row++);
        return m;
    }

    public GridPane root() {
        return grid;
    }

    /** A titled section of a screen (not collapsible), in the theme's compact style. */
    public static javafx.scene.control.TitledPane section(ObservableValue<String> title, Node content) {
        javafx.scene.control.TitledPane t = new javafx.scene.control.TitledPane("", content);
        t.textProperty().bind(title);
        t.setCollapsible(false);
        t.getStyleClass().add(Styles.DENSE);
        return t;
    }

    /** A button that never shrinks to "…". */
    public static Button button(I18n i18n, String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(i18n.text(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * A label that wraps at the width it is given and is never cut ({@link WrapLabel}): it asks for
     * no width of its own (so a long message does not widen the form) and for the height its lines need.
     */
    public static Label wrapping(ObservableValue<String> text) {
        Label l = new WrapLabel();
        l.textProperty().bind(text);
        return l;
    }

    /** A wrapping label for a ViewModel message (a key, {@code key:value} or the server's text). */
    public static Label message(I18n i18n, ObservableValue<String> keyOrText) {
        return wrapping(i18n.message(keyOrText));
    }
}
