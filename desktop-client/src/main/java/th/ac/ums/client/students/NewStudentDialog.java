package th.ac.ums.client.students;

import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Dates;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Enums.StudentStatus;

/**
 * "New student" (registrar, admin): the form of {@link NewStudentViewModel}; Create checks it and
 * sends it, the dialog stays open with each refusal under its field until the server has created
 * the student. Dates are typed or picked in the console's era. Enter creates, Esc cancels.
 */
public final class NewStudentDialog {
    private final NewStudentViewModel vm;
    private final Formats formats;
    private final I18n i18n;
    private final ObservableList<ProgramDto> programs;

    public NewStudentDialog(NewStudentViewModel vm, Formats formats, ObservableList<ProgramDto> programs) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
        this.programs = programs;
    }

    /** Shows the dialog (modal to {@code owner}) until a student is created (then that student) or it is cancelled. */
    public Optional<StudentDetail> show(Window owner) {
        vm.clear();
        Dialog<StudentDetail> d = new Dialog<>();
        d.setTitle(i18n.get("newStudent.title"));
        d.setHeaderText(null);
        ButtonType create = new ButtonType(i18n.get("newStudent.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(create, cancel);
        d.getDialogPane().setId("new-student-dialog");
        Form f = form();
        ScrollPane scroll = new ScrollPane(f.root());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(640);
        d.getDialogPane().setContent(scroll);
        Button ok = (Button) d.getDialogPane().lookupButton(create);
        ok.setId("create-student");
        ok.disableProperty().bind(vm.saving());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Dates.commitAll(f.root());
            vm.create(s -> {
                d.setResult(s);
                d.close();
            });
        });
        d.setResultConverter(b -> null);
        Dialogs.prepare(d, owner);
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> f.root().lookup("#firstNameTh").requestFocus()));
        return d.showAndWait();
    }

    private Form form() {
        Form f = new Form(i18n, vm.fieldErrors());
        TextField code = f.text("newStudent.code", vm.studentCode(), "studentCode");
        code.setPromptText("69000042");
        f.text("student.firstNameTh", vm.firstNameTh(), "firstNameTh");
        f.text("student.lastNameTh", vm.lastNameTh(), "lastNameTh");
        f.text("student.firstNameEn", vm.firstNameEn(), "firstNameEn");
        f.text("student.lastNameEn", vm.lastNameEn(), "lastNameEn");
        f.text("student.email", vm.email(), "email");
        f.text("student.phone", vm.phone(), "phone");
        ComboBox<String> program = new ComboBox<>();
        program.getItems().setAll(programs.stream().map(p -> Long.toString(p.id())).toList());
        Choices.showing(program, i18n, id -> id == null || id.isEmpty() ? "" : programs.stream()
                .filter(p -> Long.toString(p.id()).equals(id)).findFirst()
                .map(p -> p.code() + " " + formats.name(p.nameTh(), p.nameEn())).orElse(""));
        program.valueProperty().bindBidirectional(vm.programId());
        f.field("student.program", program, "programId");
        ComboBox<String> status = Choices.words(formats, StudentStatus.class, null);
        status.valueProperty().bindBidirectional(vm.status());
        f.field("student.status", status, "status");
        IdentityForm.add(f, formats, vm.title(), vm.admittedAt(), vm.birthDate(), vm.nationalId());
        Label message = f.message(vm.message());
        message.setId("new-student-message");
        message.getStyleClass().add("form-error");
        f.line(Feedback.small(vm.saving()));
        return f;
    }
}
