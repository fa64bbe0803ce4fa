package th.ac.ums.client.students;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Forms;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Enums.StudentStatus;

/** Student 360 (program, faculty, holds, balance, current enrolments) and its editor (Ctrl+S saves). */
public final class StudentDetailView {
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    private final StudentEditorViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;
    private final VBox summary = new VBox(4);

    public StudentDetailView(StudentEditorViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
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

    public Parent root() {
        vm.loaded().addListener((o, was, now) -> summarize(now));
        i18n.locale().addListener((o, a, b) -> summarize(vm.loaded().get()));
        VBox box = new VBox(8, conflicts(), summary, editor());
        box.setPadding(new Insets(8));
        box.setId("student-detail");
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.save();
                e.consume();
            }
        });
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
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
        Label sub = new Label((th ? d.firstNameEn() + " " + d.lastNameEn() : d.firstNameTh() + " " + d.lastNameTh())
                + "  ·  " + d.studentCode());
        Label program = new Label(i18n.get("student.program") + ": " + d.program().code() + " "
                + (th ? d.program().nameTh() : d.program().nameEn()) + "  ·  " + i18n.get("student.faculty") + ": "
                + (th ? d.faculty().nameTh() : d.faculty().nameEn()));
        Label balance = new Label(i18n.get("student.balance", d.balance().invoiced(), d.balance().paid(),
                d.balance().outstanding(), d.balance().overdue()));
        balance.setId("student-balance");
        balance.setWrapText(true);
        balance.getStyleClass().add(new java.math.BigDecimal(d.balance().overdue()).signum() > 0 ? "money-bad" : "money");
        ListView<String> holds = small(d.holds().stream().map(h -> h.type() + " — " + h.reason() + " ("
                + String.join(", ", h.blocks()) + ")").toList());
        ListView<String> enrollments = small(d.enrollments().stream().map(e -> e.courseCode() + " "
                + (th ? e.courseTitleTh() : e.courseTitleEn()) + " · " + e.sectionNo() + " · " + e.credits() + " "
                + i18n.get("student.credits")).toList());
        summary.getChildren().addAll(name, sub, program, balance,
                titled(i18n.get("student.holds", d.holds().size()), holds),
                titled(i18n.get("student.enrollments", d.enrollments().size()), enrollments));
    }

    private Parent editor() {
        GridPane g = Forms.grid();
        var errors = vm.fieldErrors();
        Forms.text(g, 0, i18n.text("student.firstNameTh"), vm.firstNameTh(), errors, "firstNameTh");
        Forms.text(g, 1, i18n.text("student.lastNameTh"), vm.lastNameTh(), errors, "lastNameTh");
        Forms.text(g, 2, i18n.text("student.firstNameEn"), vm.firstNameEn(), errors, "firstNameEn");
        Forms.text(g, 3, i18n.text("student.lastNameEn"), vm.lastNameEn(), errors, "lastNameEn");
        Forms.text(g, 4, i18n.text("student.email"), vm.email(), errors, "email");
        Forms.text(g, 5, i18n.text("student.phone"), vm.phone(), errors, "phone");
        ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList());
        for (StudentStatus s : StudentStatus.values()) {
            status.getItems().add(s.name());
        }
        status.valueProperty().bindBidirectional(vm.status());
        status.setId("status");
        Label statusLabel = new Label();
        statusLabel.textProperty().bind(i18n.text("student.status"));
        g.addRow(6, statusLabel, status);
        Button save = new Button();
        save.setId("save-student");
        save.textProperty().bind(i18n.text("form.save"));
        save.disableProperty().bind(vm.busy().or(online.not()).or(vm.loaded().isNull()));
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("student-message");
        message.textProperty().bind(i18n.message(vm.message()));
        message.setWrapText(true);
        g.add(new HBox(8, save, message), 1, 7, 2, 1);
        TitledPane pane = titled(i18n.text("student.edit"), g);
        pane.visibleProperty().bind(vm.loaded().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private Parent conflicts() {
        ListView<String> changes = new ListView<>(vm.conflicts());
        changes.setId("conflicts");
        changes.setPrefHeight(110);
        Button reload = new Button();
        reload.setId("reload");
        reload.textProperty().bind(i18n.text("form.reload"));
        reload.setOnAction(e -> vm.reload());
        Button keep = new Button();
        keep.setId("keep-mine");
        keep.textProperty().bind(i18n.text("form.keepMine"));
        keep.disableProperty().bind(online.not());
        keep.setOnAction(e -> vm.keepMine());
        Label title = new Label();
        title.textProperty().bind(i18n.text("form.staleTitle"));
        title.getStyleClass().add("form-error");
        VBox box = new VBox(6, title, changes, new HBox(8, reload, keep));
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.conflicts()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ListView<String> small(java.util.List<String> items) {
        ListView<String> l = new ListView<>(FXCollections.observableArrayList(items));
        l.setPrefHeight(Math.max(32, Math.min(5, items.size()) * 26 + 4));
        return l;
    }

    private static TitledPane titled(String title, Parent content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        return t;
    }

    private static TitledPane titled(ObservableValue<String> title, Parent content) {
        TitledPane t = new TitledPane("", content);
        t.textProperty().bind(title);
        t.setCollapsible(false);
        return t;
    }
}
