package th.ac.ums.client.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that work the same in every window: Esc undoes the edit of the field in focus (back to
 * what it held before the first key typed into it); when there is no edit to undo, Esc goes on to
 * the window (a dialog's Cancel).
 */
public final class Keys {
    private static final String BEFORE = "ums.keys.before-edit";

    private Keys() {
    }

    public static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getProperties().remove(BEFORE);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl field) || !field.isEditable()) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                if (revert(field)) {
                    e.consume();
                }
            } else if (!field.getProperties().containsKey(BEFORE)) {
                field.getProperties().put(BEFORE, field.getText());
            }
        });
    }

    /** Puts back the text the field had before its edit; false when there was nothing to undo. */
    static boolean revert(TextInputControl field) {
        Object before = field.getProperties().remove(BEFORE);
        if (before == null || before.equals(field.getText())) {
            return false;
        }
        field.setText((String) before);
        field.end();
        return true;
    }

    /** Gives a node the focus once it is in a window (nodes built before they are shown). */
    public static void focusSoon(Node n) {
        if (n != null) {
            javafx.application.Platform.runLater(n::requestFocus);
        }
    }
}
