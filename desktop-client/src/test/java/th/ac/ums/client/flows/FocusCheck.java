package th.ac.ums.client.flows;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/** Whether a focus owner can be seen: on screen, not hidden, and one of the controls the console styles with a focus ring. */
final class FocusCheck {
    private FocusCheck() {
    }

    /** Why the focus cannot be seen on this node, or null when it can. */
    static String problem(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return "is hidden";
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() < 2 || b.getHeight() < 2) {
            return "has no size";
        }
        var scene = n.getScene();
        if (b.getMaxX() < 0 || b.getMaxY() < 0 || b.getMinX() > scene.getWidth() || b.getMinY() > scene.getHeight()) {
            return "is outside the window";
        }
        if (!styled(n)) {
            return "shows no focus ring (not a control the console styles)";
        }
        return null;
    }

    /** The controls console.css gives a focus ring. */
    static boolean styled(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof TextInputControl || n instanceof CheckBox || n instanceof RadioButton
                || n instanceof TableView<?> || n instanceof ListView<?> || n instanceof TreeView<?>
                || n instanceof TreeTableView<?> || n instanceof Spinner<?> || n instanceof Slider
                || n instanceof TabPane || n instanceof TitledPane;
    }

    static String describe(Node n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            b.append('#').append(n.getId());
        }
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                b.append(" in #").append(p.getId());
                break;
            }
        }
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            b.append(" \"").append(l.getText()).append('"');
        }
        return b.toString();
    }
}
