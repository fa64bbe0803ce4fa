package th.ac.ums.client.registrar;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;

/** Terms and sections with seats taken of capacity; enrol a student into the selected section. */
public final class SectionsView {
    private final SectionsViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final PagedTableView<SectionDto> table;
    private ComboBox<TermDto> term;

    public SectionsView(SectionsViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        this.table = new PagedTableView<>(vm.sections());
    }

    public Page page() {
        return Page.of(root()).focus(term);
    }

    public Parent root() {
        table.setId("sections-table");
        table.column(i18n.text("section.course"), "course", 100, SectionDto::courseCode);
        table.column(i18n.text("section.title"), "title", 280, s -> i18n.thai() ? s.courseTitleTh() : s.courseTitleEn());
        table.column(i18n.text("section.no"), "sectionNo", 70, SectionDto::sectionNo);
        table.column(i18n.text("section.seats"), "seats", 90, s -> s.enrolled() + " / " + s.capacity());
        table.column(i18n.text("section.instructor"), "instructor", 180, s -> s.instructorName() == null ? ""
                : s.instructorName());
        table.column(i18n.text("section.schedule"), "schedule", 160, s -> s.schedule() == null ? "" : s.schedule());
        i18n.locale().addListener((o, a, b) -> table.refresh());
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.sections(), i18n.text("sections.empty")));
        term = new ComboBox<>(vm.terms());
        term.setId("term");
        term.valueProperty().bindBidirectional(vm.term());
        Choices.showing(term, i18n, t -> t.code() + " " + (i18n.thai() ? t.nameTh() : t.nameEn()));
        TextField student = new TextField();
        student.setId("enroll-student");
        student.promptTextProperty().bind(i18n.text("sections.studentId"));
        student.textProperty().bindBidirectional(vm.studentId());
        Button enroll = Form.button(i18n, "sections.enroll", () -> vm.enroll(table.getSelectionModel()
                .getSelectedItem()));
        enroll.setId("enroll");
        enroll.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        student.setOnAction(e -> enroll.fire());
        FlowPane bar = new FlowPane(8, 8, term, student, enroll);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label message = Form.message(i18n, vm.message());
        message.setId("sections-message");
        VBox bottom = new VBox(message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(bottom);
        return root;
    }
}
