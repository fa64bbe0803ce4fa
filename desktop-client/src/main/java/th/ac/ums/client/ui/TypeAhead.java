package th.ac.ums.client.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * A type-ahead field: what is typed is looked up (after a short pause), the matches show in a list
 * under the field (two lines each), Down/Up move the highlight, Enter chooses the highlighted
 * match, Esc closes the list (and, pressed again, undoes the typing), a click chooses too. The
 * line under the matches says why the list is empty (still typing, searching, refused, or none).
 * {@link PersonPicker} is the console's one person picker; enrolment finds courses with it too.
 * The field's id is the given id; the list is {@code id + "-results"} and its status line
 * {@code id + "-status"} (in a popup window under the field).
 */
public class TypeAhead<T> {
    /** How long typing pauses before the search goes out. */
    public static final Duration PAUSE = Duration.millis(180);
    private static final double CELL_HEIGHT = 46;

    private final TypeAheadModel<T> vm;
    private final CustomTextField field = new CustomTextField();
    private final ListView<T> list = new ListView<>();
    private final Popup popup = new Popup();
    private final PauseTransition pause = new PauseTransition(PAUSE);

    public TypeAhead(TypeAheadModel<T> vm, Formats formats, String id, String hintKey) {
        this.vm = vm;
        I18n i18n = formats.i18n();
        field.setId(id);
        field.getProperties().put(TypeAhead.class, this);
        field.promptTextProperty().bind(i18n.text(hintKey));
        field.textProperty().bindBidirectional(vm.text());
        field.setPrefColumnCount(24);
        field.setMinWidth(220);
        Button clear = new Button("✕");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            vm.clear();
            field.requestFocus();
        });
        field.setRight(clear);

        list.setId(id + "-results");
        list.setItems(vm.matches());
        list.setFixedCellSize(CELL_HEIGHT);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new Match());
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.max(1, vm.matches().size())
                * CELL_HEIGHT + 4, vm.matches()));
        list.managedProperty().bind(list.visibleProperty());
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.matches()));
        vm.highlighted().addListener((o, was, now) -> {
            int i = now.intValue();
            if (i >= 0 && i < list.getItems().size()) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnMouseClicked(e -> {
            T s = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && s != null) {
                vm.choose(s);
            }
        });
        Label status = Form.wrapping(i18n.message(vm.status()));
        status.setId(id + "-status");
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Runnable style = () -> {
            status.getStyleClass().removeAll("form-error", "placeholder-text");
            status.getStyleClass().add(vm.status().get().startsWith("list.") || vm.status().get().startsWith("error.")
                    ? "form-error" : "placeholder-text");
        };
        vm.status().addListener(o -> style.run());
        style.run();
        VBox box = new VBox(4, list, status);
        box.setPadding(new Insets(4));
        box.getStyleClass().add("picker-popup");
        box.setId(id + "-popup");
        box.setMinHeight(Region.USE_PREF_SIZE);
        popup.getContent().setAll(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        pause.setOnFinished(e -> vm.search());
        vm.text().addListener((o, was, now) -> {
            if (vm.chosen().get() == null && field.isFocused()) {
                pause.playFromStart();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                pause.stop();
                popup.hide();
            }
        });
        field.widthProperty().addListener(o -> fitWidth(box));
        vm.matches().addListener((ListChangeListener<T>) c -> fitWidth(box));
        i18n.locale().addListener(o -> list.refresh());
        vm.status().addListener(o -> place());
        vm.matches().addListener((ListChangeListener<T>) c -> place());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    /** The type-ahead a field belongs to (tests reach its popup through the field). */
    public static TypeAhead<?> of(javafx.scene.Node field) {
        return (TypeAhead<?>) field.getProperties().get(TypeAhead.class);
    }

    public CustomTextField field() {
        return field;
    }

    public TypeAheadModel<T> model() {
        return vm;
    }

    /** The list of matches (in the popup under the field). */
    public ListView<T> results() {
        return list;
    }

    /** The popup window of the matches (tests check its layout). */
    public Popup popup() {
        return popup;
    }

    private void keys(KeyEvent e) {
        boolean open = popup.isShowing() && !vm.matches().isEmpty();
        if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            if (!open && vm.chosen().get() == null) {
                pause.stop();
                vm.search();
            }
            vm.move(e.getCode() == KeyCode.DOWN ? 1 : -1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && vm.chosen().get() == null) {
            pause.stop();
            if (open && vm.enter()) {
                e.consume();
            } else if (!vm.answered().get()) {
                vm.search();
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
            vm.dismiss();
            popup.hide();
            e.consume();
        }
    }

    /** Shows the popup under the field while there is something to show and the field has the focus. */
    private void place() {
        boolean show = field.isFocused() && field.getScene() != null && field.getScene().getWindow() != null
                && (!vm.matches().isEmpty() || !vm.status().get().isEmpty());
        if (!show) {
            popup.hide();
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        if (!popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
            Theme.style(popup.getScene());
        } else {
            popup.setX(b.getMinX());
            popup.setY(b.getMaxY() + 2);
        }
    }

    /** A match: code and name on the first line, the other name, program and status on the second. */
    private final class Match extends ListCell<T> {
        private final Label first = new Label();
        private final Label second = new Label();
        private final VBox box = new VBox(1, first, second);

        Match() {
            first.getStyleClass().add("picker-name");
            second.getStyleClass().add("picker-details");
            first.setMinWidth(Region.USE_PREF_SIZE);
            second.setMinWidth(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            first.setText(vm.label(s));
            second.setText(vm.details(s));
            setText(null);
            setGraphic(box);
        }
    }

    /** As wide as the field, or as the widest match (both lines, in the cells' font), whichever is wider. */
    private void fitWidth(VBox box) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(javafx.scene.text.Font.font(field.getFont().getFamily(), field.getFont().getSize()));
        double widest = 0;
        for (T s : vm.matches()) {
            for (String line : new String[] {vm.label(s), vm.details(s)}) {
                measure.setText(line);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
        }
        box.setPrefWidth(Math.max(Math.max(380, field.getWidth()), Math.ceil(widest) + 60));
    }
}
