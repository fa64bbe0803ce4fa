package th.ac.ums.client.students;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;
import th.ac.ums.client.ui.PersonPicker;
import th.ac.ums.model.Enums.HoldBlock;
import th.ac.ums.model.Enums.HoldType;
import th.ac.ums.model.Inputs.HoldInput;

/**
 * "Place a hold": the student (the person picker), type, what it blocks and why. The dialog stays
 * open with the fields at fault marked until the hold is complete; Esc or Cancel places nothing.
 */
final class HoldDialog {
    private HoldDialog() {
    }

    static Optional<HoldInput> show(Window owner, HoldViewModel vm, Formats formats) {
        Dialog<ButtonType> d = dialog(owner, vm, formats);
        HoldInput[] placed = {null};
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            placed[0] = vm.validate();
            if (placed[0] == null) {
                e.consume();
            }
        });
        return d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> placed[0]);
    }

    /**
     * "Lift a hold": a review of what is lifted (the student, the hold's type, reason and what it
     * blocks) and why it is lifted (required, marked under the field until given). Empty: nothing lifted.
     */
    static Optional<String> lift(Window owner, Formats formats, th.ac.ums.model.Dtos.HoldDto hold, String who) {
        Dialog<ButtonType> d = liftDialog(owner, formats, hold, who);
        TextField reason = (TextField) d.getDialogPane().lookup("#lift-reason");
        return d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> reason.getText().trim());
    }

    static Dialog<ButtonType> liftDialog(Window owner, Formats formats, th.ac.ums.model.Dtos.HoldDto hold,
                                         String who) {
        I18n i18n = formats.i18n();
        javafx.collections.ObservableMap<String, String> errors = javafx.collections.FXCollections.observableHashMap();
        javafx.beans.property.StringProperty why = new javafx.beans.property.SimpleStringProperty("");
        Form f = new Form(i18n, errors);
        f.field("hold.liftStudent", Form.wrapping(new javafx.beans.property.SimpleStringProperty(who)), "student");
        f.field("hold.liftHold", Form.wrapping(new javafx.beans.property.SimpleStringProperty(
                i18n.get("hold.line", formats.word(HoldType.class, hold.type()), hold.reason()) + "\n"
                        + i18n.get("hold.blocks") + ": " + String.join(", ", hold.blocks().stream()
                        .map(b -> formats.word(HoldBlock.class, b)).toList()))), "hold");
        TextField reason = f.text("hold.liftReason", why, "reason");
        reason.setId("lift-reason");
        reason.setPrefColumnCount(28);
        Label heading = Form.wrapping(i18n.text("hold.liftHeading"));
        heading.getStyleClass().add("review-heading");
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get("hold.liftTitle"));
        d.setHeaderText(i18n.get("hold.liftTitle"));
        d.getDialogPane().setId("lift-hold-dialog");
        d.getDialogPane().setContent(new VBox(10, heading, f.root()));
        d.getDialogPane().setPrefWidth(560);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("hold.liftConfirm"),
                ButtonBar.ButtonData.OK_DONE), new ButtonType(i18n.get("review.back"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            errors.clear();
            if (why.get() == null || why.get().isBlank()) {
                errors.put("reason", "hold.liftNeedReason");
                e.consume();
            } else if (why.get().trim().length() > 500) {
                errors.put("reason", "server.maxChars:500");
                e.consume();
            }
        });
        Keys.focusSoon(reason);
        return d;
    }

    static Dialog<ButtonType> dialog(Window owner, HoldViewModel vm, Formats formats) {
        I18n i18n = formats.i18n();
        Form f = new Form(i18n, vm.fieldErrors());
        PersonPicker picker = new PersonPicker(vm.student(), formats, "hold-student");
        f.field("hold.student", picker.field(), "studentId");
        picker.field().setId("hold-student");
        ComboBox<String> type = Choices.words(formats, HoldType.class, null);
        type.valueProperty().bindBidirectional(vm.type());
        f.field("hold.type", type, "type");
        FlowPane blocks = new FlowPane(12, 6);
        for (HoldBlock b : HoldBlock.values()) {
            CheckBox c = new CheckBox(formats.word(b));
            c.setId("hold-block-" + b.name().toLowerCase());
            c.setSelected(vm.blocks().contains(b.name()));
            c.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.blocks().add(b.name());
                } else {
                    vm.blocks().remove(b.name());
                }
            });
            blocks.getChildren().add(c);
        }
        // the check boxes as one field (a control, for the form's label and error line)
        javafx.scene.control.ScrollPane holder = new javafx.scene.control.ScrollPane(blocks);
        holder.setFitToWidth(true);
        holder.getStyleClass().add("edge-to-edge");
        holder.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        holder.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        holder.setPrefViewportHeight(60);
        f.field("hold.blocks", holder, "blocks");
        TextField reason = f.text("hold.reason", vm.reason(), "reason");
        reason.setPrefColumnCount(28);
        Label message = f.message(vm.message());
        message.setId("hold-dialog-message");
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get("hold.title"));
        d.getDialogPane().setId("hold-dialog");
        d.getDialogPane().setContent(new VBox(8, f.root()));
        d.getDialogPane().setPrefWidth(620);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("hold.confirm"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        // errors appear under their fields: the window grows with them, nothing falls outside it
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                javafx.application.Platform.runLater(() -> {
                    if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                        d.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                }));
        Keys.focusSoon(reason);
        return d;
    }
}
