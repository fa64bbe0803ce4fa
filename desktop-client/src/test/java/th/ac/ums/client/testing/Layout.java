package th.ac.ums.client.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import th.ac.ums.client.ui.WrapLabel;

/**
 * Finds text that people cannot read whole in a window: a label, button, check box, tab, title or
 * cell whose shown text is not its text (JavaFX cut it to "…"), a wrapped label with a line wider
 * than itself, and text outside the window or outside the width of a scroll pane that fits its
 * content to its width. Call on the FX thread after layout.
 */
public final class Layout {
    private static final String LABELED_TEXT = "com.sun.javafx.scene.control.LabeledText";

    private Layout() {
    }

    /** What is cut or outside, one line each, prefixed with {@code where}. */
    public static List<String> problems(Scene scene, String where) {
        List<String> out = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, where, out);
        return out;
    }

    private static void visit(Node n, Scene scene, String where, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && !flexCell(l)) {
            check(l, scene, where, out);
        }
        if (n instanceof javafx.scene.control.TableView<?> t) {
            columnsInView(t, where, out);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, scene, where, out);
            }
        }
    }

    private static void check(Labeled l, Scene scene, String where, List<String> out) {
        String text = l.getText();
        if (text == null || text.isBlank() || l.getWidth() <= 0) {
            return;
        }
        String name = where + ": " + describe(l);
        if (l instanceof WrapLabel w) {
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            probe.setFont(l.getFont());
            for (String line : w.shownLines()) {
                probe.setText(line);
                if (probe.getLayoutBounds().getWidth() > room + 1) {
                    out.add(name + " has a line wider than itself: " + line);
                }
            }
        } else if (l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            Optional<Text> shown = shownText(l);
            if (shown.isPresent() && !shown.get().getText().equals(text.replace("_", ""))
                    && !shown.get().getText().equals(text)) {
                out.add(name + " is cut: \"" + shown.get().getText() + "\" of \"" + text + "\"");
            }
        }
        outside(l, scene, name, out);
    }

    private static void outside(Labeled l, Scene scene, String name, List<String> out) {
        Bounds b = l.localToScene(l.getLayoutBounds());
        boolean inFlow = false;
        for (Node p = l.getParent(); p != null; p = p.getParent()) {
            if (p instanceof VirtualFlow<?> || p instanceof javafx.scene.control.TableView<?>
                    || p instanceof javafx.scene.control.ListView<?>) {
                inFlow = true;
            }
            if (p instanceof ScrollPane && inFlow) {
                return;
            }
            if (p instanceof ScrollPane sp && sp.isFitToWidth()) {
                Node viewport = sp.lookup(".viewport");
                Bounds v = viewport == null ? null : viewport.localToScene(viewport.getLayoutBounds());
                if (v != null && (b.getMaxX() > v.getMaxX() + 1 || b.getMinX() < v.getMinX() - 1)) {
                    out.add(name + " is wider than its scroll pane (" + Math.round(b.getMaxX()) + " > "
                            + Math.round(v.getMaxX()) + "); widest minimum: " + widest(sp.getContent()));
                }
                return;
            }
            if (p instanceof ScrollPane) {
                return;
            }
        }
        if (!inFlow && (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1)) {
            out.add(name + " is outside the window (" + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()) + ")");
        }
    }

    /** A cell of a column that gives way first (a name: it may end in "…" and shows the whole text as a tooltip). */
    private static boolean flexCell(Labeled l) {
        return l instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                && th.ac.ums.client.ui.Columns.isFlex(c.getTableColumn());
    }

    /**
     * Every column of a table is in view, whole, without scrolling sideways (issue 14: the invoices'
     * Total, Outstanding and Status were off to the right, a due date cut at the table's edge).
     */
    private static void columnsInView(javafx.scene.control.TableView<?> t, String where, List<String> out) {
        if (t.getWidth() <= 0 || t.getScene() == null) {
            return;
        }
        Bounds tb = t.localToScene(t.getLayoutBounds());
        double right = tb.getMaxX() - t.snappedRightInset();
        for (Node bar : t.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar sb && sb.isVisible()
                    && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                right -= sb.getWidth();
            }
        }
        for (Node h : t.lookupAll(".column-header")) {
            if (!(h instanceof javafx.scene.control.skin.TableColumnHeader header) || !h.isVisible()
                    || header.getTableColumn() == null || !header.getTableColumn().isVisible()
                    || !header.getTableColumn().getColumns().isEmpty()) {
                continue;
            }
            Bounds hb = h.localToScene(h.getLayoutBounds());
            if (hb.getWidth() > 0 && hb.getMaxX() > right + 1) {
                out.add(where + ": column \"" + header.getTableColumn().getText() + "\" of table #" + t.getId()
                        + " is not in view (" + Math.round(hb.getMaxX()) + " > " + Math.round(right) + ")");
            }
        }
    }

    /** The chain of children that asks for the most width (what keeps a scroll pane's content wide). */
    static String widest(Node n) {
        StringBuilder path = new StringBuilder();
        while (n != null) {
            path.append(n.getClass().getSimpleName()).append(n.getId() == null ? "" : "#" + n.getId())
                    .append('(').append(Math.round(n.minWidth(-1))).append(") ");
            Node next = null;
            if (n instanceof Parent p) {
                for (Node c : p.getChildrenUnmodifiable()) {
                    if (c.isManaged() && (next == null || c.minWidth(-1) > next.minWidth(-1))) {
                        next = c;
                    }
                }
            }
            n = next;
        }
        return path.toString();
    }

    /** The text node the skin shows for the labeled (not one of a nested control). */
    static Optional<Text> shownText(Labeled l) {
        Deque<Node> todo = new ArrayDeque<>(l.getChildrenUnmodifiable());
        while (!todo.isEmpty()) {
            Node n = todo.removeFirst();
            if (n instanceof Text t && n.getClass().getName().equals(LABELED_TEXT)) {
                return Optional.of(t);
            }
            if (n instanceof Parent p && !(n instanceof Labeled)) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return Optional.empty();
    }

    private static String describe(Labeled l) {
        String id = l.getId() != null ? "#" + l.getId() : "";
        Node p = l.getParent();
        String context = "";
        for (int i = 0; i < 6 && p != null; i++, p = p.getParent()) {
            if (p.getId() != null) {
                context = " in #" + p.getId();
                break;
            }
        }
        return l.getClass().getSimpleName() + id + context + " \"" + l.getText() + "\"";
    }
}
