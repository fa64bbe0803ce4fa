package th.ac.ums.client.registrar;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.client.ui.PersonPicker;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.client.ui.TypeAhead;
import th.ac.ums.model.Dtos.CourseDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;

/**
 * Terms and sections with seats taken of capacity; enrolment: the course found by code or title,
 * the student with the person picker, then "Enrol" on the selected section. The answer names the
 * student and the section; a refusal lists each hold that blocks registration under it.
 */
public final class SectionsView {
    private final SectionsViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final PagedTableView<SectionDto> table;
    private ComboBox<TermDto> term;
    private PersonPicker student;

    public SectionsView(SectionsViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        this.table = new PagedTableView<>(vm.sections());
    }

    public Page page() {
        Parent root = root();
        return Page.of(root).focus(course.field()).keys(new Shortcut("Enter", "key.enroll"));
    }

    private TypeAhead<CourseDto> course;

    public Parent root() {
        table.setId("sections-table");
        table.column(i18n.text("section.course"), "course", 100, SectionDto::courseCode);
        Columns.flex(table.column(i18n.text("section.title"), "title", 280, s -> i18n.thai() ? s.courseTitleTh() : s.courseTitleEn()));
        table.column(i18n.text("section.no"), "sectionNo", 70, SectionDto::sectionNo);
        table.column(i18n.text("section.seats"), "seats", 90, s -> s.enrolled() + " / " + s.capacity());
        Columns.flex(table.column(i18n.text("section.instructor"), "instructor", 180, s -> s.instructorName() == null ? ""
                : s.instructorName()));
        table.column(i18n.text("section.schedule"), "schedule", 160, s -> formats.schedule(s.schedule()));
        i18n.locale().addListener((o, a, b) -> table.refresh());
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.sections(), i18n.text("sections.empty")));
        term = new ComboBox<>(vm.terms());
        term.setId("term");
        term.valueProperty().bindBidirectional(vm.term());
        Choices.showing(term, i18n, t -> t.code() + " " + (i18n.thai() ? t.nameTh() : t.nameEn()));
        course = new TypeAhead<>(vm.course(), formats, "enroll-course", "courses.hint");
        student = new PersonPicker(vm.student(), formats, "enroll-student");
        Button enroll = Form.button(i18n, "sections.enroll", () -> vm.enroll(table.getSelectionModel()
                .getSelectedItem()));
        enroll.setId("enroll");
        enroll.disableProperty().bind(online.not().or(vm.busy()).or(table.getSelectionModel().selectedItemProperty()
                .isNull()).or(vm.student().chosen().isNull()));
        student.field().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.student().chosen().get() != null) {
                enroll.fire();
                e.consume();
            }
        });
        Label termLabel = label("sections.term", term);
        Label courseLabel = label("sections.course", course.field());
        Label studentLabel = label("sections.student", student.field());
        javafx.scene.layout.GridPane bar = new javafx.scene.layout.GridPane();
        bar.setHgap(8);
        bar.setVgap(6);
        bar.addRow(0, termLabel, term);
        bar.addRow(1, courseLabel, course.field());
        bar.addRow(2, studentLabel, student.field(), enroll);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grow.setFillWidth(true);
        grow.setMaxWidth(720);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getColumnConstraints().setAll(fixed, grow, fixed);
        term.setMaxWidth(Double.MAX_VALUE);
        student.field().setMaxWidth(Double.MAX_VALUE);
        course.field().setMaxWidth(Double.MAX_VALUE);
        bar.setPadding(new Insets(8));
        Label message = Form.message(i18n, vm.message());
        message.setId("sections-message");
        Runnable style = () -> {
            message.getStyleClass().removeAll("form-error", "form-ok");
            message.getStyleClass().add(vm.failed().get() ? "form-error" : "form-ok");
        };
        vm.failed().addListener(o -> style.run());
        style.run();
        VBox holds = new VBox(2);
        holds.setId("enroll-holds");
        vm.holds().addListener((javafx.collections.ListChangeListener<String>) c -> holds.getChildren().setAll(
                vm.holds().stream().map(h -> {
                    Label l = Form.wrapping(new javafx.beans.property.SimpleStringProperty("• " + h));
                    l.getStyleClass().add("form-error");
                    return (javafx.scene.Node) l;
                }).toList()));
        VBox bottom = new VBox(4, message, holds, Feedback.small(vm.busy()));
        bottom.setPadding(new Insets(4, 8, 8, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(bottom);
        return root;
    }

    private Label label(String key, javafx.scene.Node of) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setLabelFor(of);
        return l;
    }
}
