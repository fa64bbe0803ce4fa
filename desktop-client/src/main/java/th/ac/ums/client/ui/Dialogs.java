package th.ac.ums.client.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The console's dialogs: owned by the console's window (modal to it), in its theme and language,
 * text wrapped and never cut. Enter presses the default button, Esc the cancel button.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** OK / Cancel; true for OK. */
    public static boolean confirm(Window owner, I18n i18n, String text) {
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(owner, i18n.get("dialog.confirm"), text, ok, cancel);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    /**
     * Before leaving edits: Save (then go on once saved), Discard (then go on) or Stay. Goes on at
     * once when there is nothing unsaved.
     */
    public static void leave(Window owner, I18n i18n, Unsaved edits, Runnable proceed) {
        if (!edits.dirty()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType(i18n.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(i18n.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(owner, i18n.get("unsaved.title"), i18n.get("unsaved.text", edits.subject()), save, discard,
                stay);
        a.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            edits.save(proceed);
        } else if (answer.filter(discard::equals).isPresent()) {
            edits.discard();
            proceed.run();
        }
    }

    /** One line of text (Cancel: empty). */
    public static Optional<String> ask(Window owner, I18n i18n, String question) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(i18n.get("app.title"));
        d.setHeaderText(question);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        prepare(d, owner);
        return d.showAndWait();
    }

    /** Owner, theme and keys of any dialog of the console. */
    public static void prepare(Dialog<?> d, Window owner) {
        // the title inside the dialog too: a window manager may draw no title bar (a kiosk, a remote desktop)
        if ((d.getHeaderText() == null || d.getHeaderText().isBlank()) && d.getTitle() != null
                && !d.getTitle().isBlank()) {
            d.setHeaderText(d.getTitle());
        }
        d.getDialogPane().getStyleClass().add("console-dialog");
        if (owner != null) {
            d.initOwner(owner);
        }
        Theme.style(d.getDialogPane().getScene());
        Keys.install(d.getDialogPane().getScene());
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        d.setResizable(true);
    }

    private static Alert alert(Window owner, String title, String text, ButtonType... buttons) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", buttons);
        a.setTitle(title);
        a.setHeaderText(null);
        Label content = Form.wrapping(new javafx.beans.property.SimpleStringProperty(text));
        content.setPrefWidth(420);
        a.getDialogPane().setContent(content);
        prepare(a, owner);
        return a;
    }
}
