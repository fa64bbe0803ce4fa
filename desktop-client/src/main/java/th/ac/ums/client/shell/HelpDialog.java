package th.ac.ums.client.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Shortcut;

/** The help overlay (F1): the keys that work everywhere, the screens' keys, and the current screen's own. */
final class HelpDialog {
    private HelpDialog() {
    }

    static void show(Window owner, I18n i18n, List<Screen> screens, List<Shortcut> current) {
        List<Shortcut> everywhere = new ArrayList<>(List.of(new Shortcut("F1", "key.help"),
                new Shortcut("Enter", "key.submit"), new Shortcut("Esc", "key.escape"),
                new Shortcut("Tab / Shift+Tab", "key.tab")));
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(6);
        g.setPadding(new Insets(4));
        int row = 0;
        row = section(g, row, i18n.get("help.global"));
        for (Shortcut s : everywhere) {
            row = line(g, row, s.keys(), i18n.get(s.textKey()));
        }
        for (Screen s : screens) {
            row = line(g, row, s.shortcutText(), i18n.get("key.goTo", i18n.get(s.key())));
        }
        if (!current.isEmpty()) {
            row = section(g, row, i18n.get("help.screen"));
            for (Shortcut s : current) {
                row = line(g, row, s.keys(), i18n.get(s.textKey()));
            }
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get("help.title"));
        d.getDialogPane().setId("help-dialog");
        javafx.scene.layout.ColumnConstraints keysColumn = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints textColumn = new javafx.scene.layout.ColumnConstraints();
        textColumn.setPrefWidth(420);
        textColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(keysColumn, textColumn);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("help.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        d.showAndWait();
    }

    private static int section(GridPane g, int row, String title) {
        Label l = new Label(title);
        l.getStyleClass().add("title-4");
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private static int line(GridPane g, int row, String keys, String text) {
        Label k = new Label(keys);
        k.getStyleClass().add("shortcut-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        // what a key does wraps within the dialog (issue 14: "close a dialog" was cut at the screen's edge)
        Label t = th.ac.ums.client.ui.Form.wrapping(new javafx.beans.property.SimpleStringProperty(text));
        g.addRow(row, k, t);
        return row + 1;
    }
}
