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
import th.ac.ums.client.ui.Review;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Enums.ApplicationStatus;

/**
 * Admissions pipeline: filter by status, select applications, then decide or admit exactly those:
 * a review names them and counts them first; the selection clears afterwards; refusals name the
 * applicants.
 */
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

    public PagedTableView<ApplicationDto> table() {
        return table;
    }

    public Parent root() {
        table.setId("applications-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Columns.flex(table.column(i18n.text("app.applicant"), "name", 240, vm::name));
        Columns.flex(table.column(i18n.text("student.email"), "email", 240, ApplicationDto::email));
        Columns.flex(table.column(i18n.text("student.program"), "program", 220, vm::program));
        vm.programs().addListener((javafx.collections.MapChangeListener<Long, th.ac.ums.model.Dtos.ProgramDto>) c ->
                table.refresh());
        table.add("status", Columns.word(formats, "ApplicationStatus", i18n.text("app.status"), 150,
                ApplicationDto::status));
        table.add("createdAt", Columns.of(i18n.text("app.submitted"), 130, ApplicationDto::createdAt, formats::date));
        Columns.follow(table, formats);
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), i18n.text("applications.empty")));
        status = Choices.words(formats, ApplicationStatus.class, "filter.anyStatus");
        status.setId("applications-status");
        status.valueProperty().bindBidirectional(vm.status());
        status.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.apply();
        });
        TextField note = new TextField();
        note.setId("decision-note");
        note.setPrefColumnCount(18);
        note.promptTextProperty().bind(i18n.text("app.note"));
        note.textProperty().bindBidirectional(vm.note());
        Label selected = new Label();
        selected.setId("applications-selected");
        selected.setMinWidth(Label.USE_PREF_SIZE);
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(
                "admissions.selected", formats.number(chosen().size())),
                table.getSelectionModel().getSelectedItems(), i18n.locale()));
        FlowPane bar = new FlowPane(8, 8, status, note, decide("ACCEPTED"), decide("WAITLISTED"), decide("REJECTED"),
                admit(), selected);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label message = Form.message(i18n, vm.message());
        message.setId("admissions-message");
        Runnable style = () -> {
            message.getStyleClass().removeAll("form-error", "form-ok");
            message.getStyleClass().add(vm.failed().get() ? "form-error" : "form-ok");
        };
        vm.failed().addListener(o -> style.run());
        style.run();
        VBox bottom = new VBox(message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(bottom);
        return root;
    }

    private Button decide(String decision) {
        Button b = Form.button(i18n, "app.decide." + decision, () -> act(decision));
        b.setId("decide-" + decision.toLowerCase());
        b.disableProperty().bind(online.not().or(vm.busy()));
        return b;
    }

    private Button admit() {
        Button b = Form.button(i18n, "app.admit", () -> act("ADMITTED"));
        b.setId("admit");
        b.disableProperty().bind(online.not().or(vm.busy()));
        return b;
    }

    /** Reviews the action on the selected applications and, once confirmed, applies it to exactly those. */
    private void act(String action) {
        AdmissionsViewModel.Review r = vm.review(chosen(), action);
        if (!r.possible()) {
            return;
        }
        String word = formats.word("ApplicationStatus", action);
        String heading = i18n.get(("ADMITTED".equals(action) ? "admissions.reviewAdmit" : "admissions.reviewDecide")
                + (r.applications().size() == 1 ? ".one" : ""),
                formats.number(r.applications().size()), word);
        List<Review.Line> lines = new java.util.ArrayList<>();
        lines.add(new Review.Line(i18n.get("admissions.reviewCount"), formats.number(r.applications().size())));
        if (!"ADMITTED".equals(action)) {
            lines.add(new Review.Line(i18n.get("admissions.reviewDecision"), word));
            lines.add(new Review.Line(i18n.get("app.note"), vm.note().get() == null || vm.note().get().isBlank()
                    ? i18n.get("admissions.noNote") : vm.note().get().trim()));
        }
        List<String> names = r.applications().stream().map(a -> vm.name(a) + " · " + a.email()).toList();
        boolean go = Review.show(table.getScene().getWindow(), i18n, new Review.Sheet("admissions-review",
                i18n.get("admissions.reviewTitle"), heading, lines, names, i18n.get("admissions.reviewConfirm",
                word)));
        if (go) {
            vm.apply(r, () -> table.getSelectionModel().clearSelection());
        }
    }

    /** The applications visibly selected (rows not loaded are never part of an action). */
    private List<ApplicationDto> chosen() {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList();
    }
}
