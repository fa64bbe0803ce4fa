package th.ac.ums.client.students;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Cells;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Enums.HoldBlock;
import th.ac.ums.model.Enums.HoldType;
import th.ac.ums.model.Enums.StudentStatus;

/** Student 360 (program, faculty, holds, balance, current enrolments) and its editor (Ctrl+S saves). */
public final class StudentDetailView {
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    private final StudentEditorViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final VBox summary = new VBox(6);
    private final HBox actions = new HBox(10);

    public StudentDetailView(StudentEditorViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    /**
     * Shows a student at (at least) this version. The one on screen is reloaded only when the grid
     * has a newer version and there are no unsaved edits (those meet the 412 flow on save).
     */
    public void open(long id, long version) {
        var now = vm.loaded().get();
        boolean same = now != null && now.id() == id;
        if (!same || (version > now.version() && !vm.dirty())) {
            vm.load(id);
        }
    }

    public StudentEditorViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        vm.loaded().addListener((o, was, now) -> summarize(now));
        i18n.locale().addListener((o, a, b) -> summarize(vm.loaded().get()));
        formats.zone().addListener((o, a, b) -> summarize(vm.loaded().get()));
        Label pick = Form.wrapping(i18n.text("student.pick"));
        pick.getStyleClass().add("placeholder-text");
        pick.visibleProperty().bind(vm.loaded().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        VBox box = new VBox(8, pick, summary, editor());
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(scroll);
        pane.setTop(conflicts());
        pane.setBottom(actions);
        pane.setId("student-detail");
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.save();
                e.consume();
            }
        });
        return Feedback.busy(pane, vm.loading().running());
    }

    private void summarize(StudentDetail d) {
        summary.getChildren().clear();
        if (d == null) {
            return;
        }
        boolean th = i18n.thai();
        Label name = new Label(th ? d.firstNameTh() + " " + d.lastNameTh() : d.firstNameEn() + " " + d.lastNameEn());
        name.getStyleClass().add("record-title");
        name.setId("student-name");
        Label sub = line((th ? d.firstNameEn() + " " + d.lastNameEn() : d.firstNameTh() + " " + d.lastNameTh())
                + "  ·  " + d.studentCode() + "  ·  " + formats.word(StudentStatus.class, d.status()));
        Label program = line(i18n.get("student.program") + ": " + d.program().code() + " "
                + (th ? d.program().nameTh() : d.program().nameEn()) + "  ·  " + i18n.get("student.faculty") + ": "
                + (th ? d.faculty().nameTh() : d.faculty().nameEn()) + "  ·  " + i18n.get("student.admitted") + ": "
                + formats.date(d.admittedAt()));
        Label balance = line(i18n.get("student.balance", formats.money(d.balance().invoiced()),
                formats.money(d.balance().paid()), formats.money(d.balance().outstanding()),
                formats.money(d.balance().overdue())));
        balance.setId("student-balance");
        balance.getStyleClass().add(new BigDecimal(d.balance().overdue()).signum() > 0 ? "money-bad" : "money");
        ListView<HoldDto> holds = small(d.holds(), this::hold, "student.noHolds");
        ListView<EnrollmentDto> enrollments = small(d.enrollments(), e -> e.courseCode() + " "
                + (th ? e.courseTitleTh() : e.courseTitleEn()) + " · " + i18n.get("section.no") + " " + e.sectionNo()
                + " · " + e.credits() + " " + i18n.get("student.credits"), "student.noEnrollments");
        summary.getChildren().addAll(name, sub, program, balance,
                Form.section(new SimpleStringProperty(i18n.get("student.holds", d.holds().size())), holds),
                Form.section(new SimpleStringProperty(i18n.get("student.enrollments", d.enrollments().size())), enrollments));
    }

    private String hold(HoldDto h) {
        return formats.word(HoldType.class, h.type()) + " — " + h.reason() + " ("
                + String.join(", ", h.blocks().stream().map(b -> formats.word(HoldBlock.class, b)).toList()) + ")"
                + (h.placedAt() == null ? "" : " · " + formats.date(h.placedAt()));
    }

    private Parent editor() {
        Form f = new Form(i18n, vm.fieldErrors());
        f.text("student.firstNameTh", vm.firstNameTh(), "firstNameTh");
        f.text("student.lastNameTh", vm.lastNameTh(), "lastNameTh");
        f.text("student.firstNameEn", vm.firstNameEn(), "firstNameEn");
        f.text("student.lastNameEn", vm.lastNameEn(), "lastNameEn");
        f.text("student.email", vm.email(), "email");
        f.text("student.phone", vm.phone(), "phone");
        ComboBox<String> status = Choices.words(formats, StudentStatus.class, null);
        status.valueProperty().bindBidirectional(vm.status());
        f.field("student.status", status, "status");
        Button save = f.mainButton(Form.button(i18n, "form.save", vm::save));
        save.setId("save-student");
        save.disableProperty().bind(vm.busy().or(online.not()).or(vm.loaded().isNull()));
        Label message = Form.message(i18n, vm.message());
        message.setId("student-message");
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        actions.getChildren().setAll(save, Feedback.small(vm.busy()), message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8));
        actions.getStyleClass().add("form-actions");
        actions.visibleProperty().bind(vm.loaded().isNotNull());
        actions.managedProperty().bind(actions.visibleProperty());
        TitledPane pane = Form.section(i18n.text("student.edit"), f.root());
        pane.visibleProperty().bind(vm.loaded().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** What someone else changed since the student was opened: above the record, always in view. */
    private Parent conflicts() {
        ListView<StudentEditorViewModel.Conflict> changes = new ListView<>(vm.conflicts());
        changes.setId("conflicts");
        changes.setPrefHeight(110);
        changes.setCellFactory(Cells.list(c -> i18n.get("student." + c.field()) + ": " + value(c.field(), c.before())
                + " → " + value(c.field(), c.now())));
        Button reload = Form.button(i18n, "form.reload", vm::reload);
        reload.setId("reload");
        Button keep = Form.button(i18n, "form.keepMine", vm::keepMine);
        keep.setId("keep-mine");
        keep.disableProperty().bind(online.not());
        Label title = Form.wrapping(i18n.text("form.staleTitle"));
        title.getStyleClass().add("form-error");
        VBox box = new VBox(6, title, changes, new HBox(8, reload, keep));
        box.setPadding(new Insets(8));
        box.getStyleClass().add("form-actions");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.conflicts()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String value(String field, String v) {
        return "status".equals(field) ? formats.word(StudentStatus.class, v) : v == null ? "" : v;
    }

    private static Label line(String text) {
        return Form.wrapping(new SimpleStringProperty(text));
    }

    private <T> ListView<T> small(java.util.List<T> items, java.util.function.Function<T, String> show, String empty) {
        ListView<T> l = new ListView<>(FXCollections.observableArrayList(items));
        l.setCellFactory(Cells.list(show));
        Label none = new Label(i18n.get(empty));
        none.getStyleClass().add("placeholder-text");
        l.setPlaceholder(none);
        l.setPrefHeight(Math.max(1, Math.min(5, items.size())) * 28 + 8);
        return l;
    }

}
