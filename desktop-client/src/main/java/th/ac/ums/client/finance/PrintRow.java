package th.ac.ums.client.finance;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.I18n;

/**
 * A print button of a {@link Printing}: a spinner while the document comes, then under it, whole
 * and wrapped, where the file was saved (and that it was opened) or why it could not be printed.
 */
final class PrintRow {
    private PrintRow() {
    }

    /** The button (id {@code id}) and its message (id {@code id-message}). */
    static VBox of(I18n i18n, Printing printing, String key, String id, Runnable action) {
        Button print = Form.button(i18n, key, action);
        print.setId(id);
        print.disableProperty().bind(printing.busy());
        HBox bar = new HBox(8, print, Feedback.small(printing.busy()));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label said = Form.message(i18n, printing.message());
        said.setId(id + "-message");
        said.visibleProperty().bind(said.textProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        printing.failed().addListener((o, was, now) -> {
            said.getStyleClass().remove("form-error");
            if (now) {
                said.getStyleClass().add("form-error");
            }
        });
        return new VBox(4, bar, said);
    }
}
