package th.ac.ums.client.admissions;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Enums.ApplicationStatus;

/** Admissions pipeline: filter by status, select many, decide or admit them in one call. */
public final class AdmissionsView {
    private final AdmissionsViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;
    private final PagedTableView<ApplicationDto> table;

    public AdmissionsView(AdmissionsViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
        this.table = new PagedTableView<>(vm.rows());
    }

    public Parent root() {
        table.setId("applications-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.column(i18n.text("app.applicant"), "name", 240, a -> i18n.thai() ? a.firstNameTh() + " " + a.lastNameTh()
                : a.firstNameEn() + " " + a.lastNameEn());
        table.column(i18n.text("student.email"), "email", 230, ApplicationDto::email);
        table.column(i18n.text("student.program"), "program", 100, ApplicationDto::programCode);
        table.column(i18n.text("app.status"), "status", 120, a -> i18n.get("app." + a.status()));
        table.column(i18n.text("app.submitted"), "createdAt", 150, a -> String.valueOf(a.createdAt()).substring(0, 10));
        ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList(""));
        for (ApplicationStatus s : ApplicationStatus.values()) {
            status.getItems().add(s.name());
        }
        status.valueProperty().bindBidirectional(vm.status());
        status.setOnAction(e -> vm.apply());
        TextField note = new TextField();
        note.promptTextProperty().bind(i18n.text("app.note"));
        note.textProperty().bindBidirectional(vm.note());
        HBox bar = new HBox(8, status, note, decide("ACCEPTED"), decide("WAITLISTED"), decide("REJECTED"), admit());
        bar.setPadding(new Insets(8));
        Label message = new Label();
        message.textProperty().bind(i18n.message(vm.message()));
        message.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(message);
        return root;
    }

    private Button decide(String decision) {
        Button b = new Button();
        b.textProperty().bind(i18n.text("app.decide." + decision));
        b.disableProperty().bind(online.not());
        b.setOnAction(e -> vm.decide(selectedIds(), decision));
        return b;
    }

    private Button admit() {
        Button b = new Button();
        b.textProperty().bind(i18n.text("app.admit"));
        b.disableProperty().bind(online.not());
        b.setOnAction(e -> vm.admit(selectedIds()));
        return b;
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).map(ApplicationDto::id)
                .toList();
    }
}
