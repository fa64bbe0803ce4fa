package th.ac.ums.client.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that work the same in every window: Esc undoes the edit of the field in focus (back to
 * what it held before the first key typed into it); when there is no edit to undo, Esc goes on to
 * the window (a dialog's Cancel). The field that gets the focus is scrolled into view.
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
            if (now != null) {
                reveal(now);
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

    /** Scrolls the scroll pane a node is in (if any) so that the node can be seen. */
    public static void reveal(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
                double content = sp.getContent().getLayoutBounds().getHeight();
                double view = sp.getViewportBounds().getHeight();
                if (content <= view || b == null) {
                    return;
                }
                double top = sp.getVvalue() * (content - view);
                if (b.getMinY() < top) {
                    sp.setVvalue(b.getMinY() / (content - view));
                } else if (b.getMaxY() > top + view) {
                    sp.setVvalue(Math.min(1, (b.getMaxY() - view) / (content - view)));
                }
                return;
            }
        }
    }

    /**
     * Gives a node the focus once it is in a window: nodes built before they are shown, and the
     * content of a scroll pane, which joins the window only when the pane's skin is made.
     */
    public static void focusSoon(Node n) {
        if (n == null) {
            return;
        }
        if (n.getScene() != null) {
            javafx.application.Platform.runLater(n::requestFocus);
            return;
        }
        n.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    n.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(n::requestFocus);
                }
            }
        });
    }
}
