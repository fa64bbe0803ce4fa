package th.ac.ums.client.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Window;
import th.ac.ums.client.ui.WrapLabel;

/** The console's other windows (dialogs, the person picker's popup) and the text a person reads in them. */
public final class Windows {
    private Windows() {
    }

    /** The showing dialog whose pane has this id, or null. */
    public static DialogPane dialog(String id) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().lookup(".dialog-pane") instanceof DialogPane p
                    && (id == null || id.equals(p.getId()))) {
                return p;
            }
        }
        return null;
    }

    /** Any showing dialog, or null. */
    public static DialogPane anyDialog() {
        return dialog(null);
    }

    /** Saves what the main window shows now as a PNG (a failing journey leaves its screen behind). */
    public static void snapshot(javafx.scene.Scene scene, java.nio.file.Path file) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            org.testfx.api.FxToolkit.setupFixture(() -> image[0] = scene.snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                    file.toFile());
        } catch (Exception e) {
            System.err.println("[journey] no snapshot: " + e);
        }
    }

    /** Every text shown under a node (labels, buttons, list rows, text nodes), in order, one per line. */
    public static String text(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return String.join("\n", out);
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof WrapLabel w) {
            out.add(w.getText());
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (n instanceof ListView<?> lv) {
            lv.getItems().forEach(i -> out.add(String.valueOf(i)));
        }
        if (n instanceof Text t && !(n.getParent() instanceof Labeled) && t.getText() != null) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
