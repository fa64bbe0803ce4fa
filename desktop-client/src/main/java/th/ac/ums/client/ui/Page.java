package th.ac.ums.client.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A screen as the shell needs it: its nodes, the field focus goes to when it is shown, the edits
 * to ask about before it is left, and its keys for the help overlay (F1).
 * <pre>{@code
 * return Page.of(view.root()).focus(view.search()).unsaved(editorVm).keys(
 *         new Shortcut("Ctrl+F", "key.search"), new Shortcut("Alt+↓ / Alt+↑", "key.nextRecord"));
 * }</pre>
 */
public record Page(Parent root, Node focus, Unsaved unsaved, List<Shortcut> shortcuts) {
    public Page {
        unsaved = unsaved == null ? Unsaved.NONE : unsaved;
        shortcuts = List.copyOf(shortcuts);
    }

    public static Page of(Parent root) {
        return new Page(root, null, Unsaved.NONE, List.of());
    }

    public Page focus(Node first) {
        return new Page(root, first, unsaved, shortcuts);
    }

    public Page unsaved(Unsaved edits) {
        return new Page(root, focus, edits, shortcuts);
    }

    public Page keys(Shortcut... keys) {
        return new Page(root, focus, unsaved, List.of(keys));
    }
}
