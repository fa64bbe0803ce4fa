package th.ac.ums.client.admissions;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Enums.ApplicationStatus;

/** Admissions pipeline: filter by status, select many, decide or admit them in one call. */
public final class AdmissionsView {
    private final AdmissionsViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final PagedTableView<ApplicationDto> table;
    private ComboBox<String> status;

    public AdmissionsView(AdmissionsViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        this.table = new PagedTableView<>(vm.rows());
    }

    public Page page() {
        return Page.of(root()).focus(status);
    }

    public Parent root() {
        table.setId("applications-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.column(i18n.text("app.applicant"), "name", 240, a -> i18n.thai() ? a.firstNameTh() + " " + a.lastNameTh()
                : a.firstNameEn() + " " + a.lastNameEn());
        table.column(i18n.text("student.email"), "email", 240, ApplicationDto::email);
        table.column(i18n.text("student.program"), "program", 100, ApplicationDto::programCode);
        table.add("status", Columns.word(formats, "ApplicationStatus", i18n.text("app.status"), 150,
                ApplicationDto::status));
        table.add("createdAt", Columns.of(i18n.text("app.submitted"), 130, ApplicationDto::createdAt, formats::date));
        Columns.follow(table, formats);
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), i18n.text("applications.empty")));
        status = Choices.words(formats, ApplicationStatus.class, "filter.anyStatus");
        status.setId("applications-status");
        status.valueProperty().bindBidirectional(vm.status());
        status.setOnAction(e -> vm.apply());
        TextField note = new TextField();
        note.setId("decision-note");
        note.setPrefColumnCount(18);
        note.promptTextProperty().bind(i18n.text("app.note"));
        note.textProperty().bindBidirectional(vm.note());
        FlowPane bar = new FlowPane(8, 8, status, note, decide("ACCEPTED"), decide("WAITLISTED"), decide("REJECTED"),
                admit());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label message = Form.message(i18n, vm.message());
        message.setId("admissions-message");
        VBox bottom = new VBox(message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(bottom);
        return root;
    }

    private Button decide(String decision) {
        Button b = Form.button(i18n, "app.decide." + decision, () -> vm.decide(selectedIds(), decision));
        b.setId("decide-" + decision.toLowerCase());
        b.disableProperty().bind(online.not());
        return b;
    }

    private Button admit() {
        Button b = Form.button(i18n, "app.admit", () -> vm.admit(selectedIds()));
        b.setId("admit");
        b.disableProperty().bind(online.not());
        return b;
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).map(ApplicationDto::id)
                .toList();
    }
}
