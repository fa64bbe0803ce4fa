package th.ac.ums.client.students;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import th.ac.ums.client.ui.Cells;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.validation.FieldError;

/**
 * The import of a CSV file of students: what the check found (the file's encoding in words, rows,
 * rows ready, every error with its line and field in words) and "Import N students" once nothing
 * is wrong. The file is checked before the dialog shows ({@link ImportViewModel#check}).
 */
public final class ImportDialog {
    /** A field of a row as the server names it: {@code row[7].email}. */
    private static final Pattern ROW_FIELD = Pattern.compile("row\\[(\\d+)]\\.(\\w+)");
    private final ImportViewModel vm;
    private final Formats formats;
    private final I18n i18n;

    public ImportDialog(ImportViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    /** Shows the dialog until the file is imported (then how many students) or it is closed. */
    public java.util.Optional<Integer> show(Window owner) {
        Dialog<Integer> d = new Dialog<>();
        d.setTitle(i18n.get("import.title"));
        d.setHeaderText(null);
        ButtonType go = new ButtonType(i18n.get("newStudent.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(go, close);
        d.getDialogPane().setId("import-dialog");
        d.getDialogPane().setContent(content());
        Button ok = (Button) d.getDialogPane().lookupButton(go);
        ok.setId("import-commit");
        ok.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("import.commit", vm.checked().get() == null
                ? "0" : formats.number(vm.checked().get().valid())), vm.checked(), i18n.locale()));
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.importable(), vm.checked(), vm.errors(),
                vm.busy()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.commit(n -> {
                d.setResult(n);
                d.close();
            });
        });
        d.setResultConverter(b -> null);
        // the window grows with what the check found (the errors' list appears with them)
        Runnable fit = () -> javafx.application.Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null && d.isShowing()) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        vm.checked().addListener((o, was, now) -> fit.run());
        vm.errors().addListener((javafx.collections.ListChangeListener<FieldError>) c -> fit.run());
        vm.message().addListener((o, was, now) -> fit.run());
        Dialogs.prepare(d, owner);
        return d.showAndWait();
    }

    private VBox content() {
        Label file = Form.wrapping(Bindings.createStringBinding(() -> i18n.get("import.file", vm.fileName().get()),
                vm.fileName(), i18n.locale()));
        Label encoding = Form.wrapping(Bindings.createStringBinding(() -> vm.checked().get() == null ? ""
                : i18n.get("import.encoding", formats.word("ImportEncoding", vm.checked().get().encoding())),
                vm.checked(), i18n.locale()));
        encoding.setId("import-encoding");
        Label counts = Form.wrapping(Bindings.createStringBinding(() -> vm.checked().get() == null ? ""
                : i18n.get("import.rows", formats.number(vm.checked().get().rows()),
                formats.number(vm.checked().get().valid()), formats.number(vm.errors().size())),
                vm.checked(), vm.errors(), i18n.locale()));
        counts.setId("import-counts");
        ListView<FieldError> errors = new ListView<>(vm.errors());
        errors.setId("import-errors");
        errors.setPrefHeight(220);
        errors.setCellFactory(Cells.list(this::describe));
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        Label message = Form.message(i18n, vm.message());
        message.setId("import-message");
        VBox box = new VBox(8, file, encoding, counts, errors, message, Feedback.small(vm.busy()));
        box.setPrefWidth(640);
        return box;
    }

    /** "Line 7, E-mail: must be a valid e-mail address". */
    private String describe(FieldError e) {
        Matcher m = ROW_FIELD.matcher(e.field() == null ? "" : e.field());
        if (!m.matches()) {
            return (e.field() == null ? "" : e.field() + ": ") + e.message();
        }
        String key = "student." + m.group(2);
        return i18n.get("import.errorLine", m.group(1), i18n.has(key) ? i18n.get(key) : m.group(2), e.message());
    }
}
