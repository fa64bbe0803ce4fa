package th.ac.ums.client.registrar;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;

/** Terms and sections with seats taken of capacity; enrol a student into the selected section. */
public final class SectionsView {
    private final SectionsViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;
    private final PagedTableView<SectionDto> table;

    public SectionsView(SectionsViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
        this.table = new PagedTableView<>(vm.sections());
    }

    public Parent root() {
        table.setId("sections-table");
        table.column(i18n.text("section.course"), "course", 100, SectionDto::courseCode);
        table.column(i18n.text("section.title"), "title", 260, s -> i18n.thai() ? s.courseTitleTh() : s.courseTitleEn());
        table.column(i18n.text("section.no"), "sectionNo", 60, SectionDto::sectionNo);
        table.column(i18n.text("section.seats"), "seats", 90, s -> s.enrolled() + " / " + s.capacity());
        table.column(i18n.text("section.instructor"), "instructor", 180, s -> s.instructorName() == null ? ""
                : s.instructorName());
        table.column(i18n.text("section.schedule"), "schedule", 160, s -> s.schedule() == null ? "" : s.schedule());
        ComboBox<TermDto> term = new ComboBox<>(vm.terms());
        term.valueProperty().bindBidirectional(vm.term());
        term.setCellFactory(l -> cell());
        term.setButtonCell(cell());
        TextField student = new TextField();
        student.setId("enroll-student");
        student.promptTextProperty().bind(i18n.text("sections.studentId"));
        student.textProperty().bindBidirectional(vm.studentId());
        Button enroll = new Button();
        enroll.textProperty().bind(i18n.text("sections.enroll"));
        enroll.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        enroll.setOnAction(e -> vm.enroll(table.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(8, term, student, enroll);
        bar.setPadding(new Insets(8));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(i18n.message(vm.message()));
        message.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(message);
        return root;
    }

    private ListCell<TermDto> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TermDto t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.code() + " " + (i18n.thai() ? t.nameTh() : t.nameEn()));
            }
        };
    }
}
