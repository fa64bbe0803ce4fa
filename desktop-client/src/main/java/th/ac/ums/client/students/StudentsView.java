package th.ac.ums.client.students;

import java.io.File;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import th.ac.ums.client.ui.CsvExport;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Enums.StudentStatus;

/**
 * The students grid over every student (a million rows scroll like a hundred), filters and sort
 * handed to the server, export of the current filter, and the Student 360 beside it.
 * Keys: Ctrl+F search, Alt+Down / Alt+Up next and previous record, Ctrl+G go to row.
 */
public final class StudentsView {
    private static final KeyCombination SEARCH = KeyCombination.keyCombination("Shortcut+F");
    private static final KeyCombination GOTO = KeyCombination.keyCombination("Shortcut+G");
    private final StudentsViewModel vm;
    private final StudentDetailView detail;
    private final CsvExport export;
    private final I18n i18n;
    private final PagedTableView<StudentDto> table;

    public StudentsView(StudentsViewModel vm, StudentDetailView detail, CsvExport export, I18n i18n) {
        this.vm = vm;
        this.detail = detail;
        this.export = export;
        this.i18n = i18n;
        this.table = new PagedTableView<>(vm.rows());
    }

    public PagedTableView<StudentDto> table() {
        return table;
    }

    public Parent root() {
        columns();
        table.setId("students-table");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                detail.open(now.id(), now.version());
            }
        });
        SplitPane split = new SplitPane(table, detail.root());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        BorderPane root = new BorderPane(split);
        root.setTop(filters());
        root.setBottom(statusBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        return root;
    }

    private void columns() {
        table.column(i18n.text("student.code"), "studentCode", 90, StudentDto::studentCode);
        TableColumn<StudentDto, String> name = table.column(i18n.text("student.name"), "name", 220,
                s -> i18n.thai() ? s.firstNameTh() + " " + s.lastNameTh() : s.firstNameEn() + " " + s.lastNameEn());
        i18n.locale().addListener((o, a, b) -> table.refresh());
        name.setUserData("always");
        table.column(i18n.text("student.email"), "email", 230, StudentDto::email);
        table.column(i18n.text("student.program"), "program", 110, StudentDto::programCode);
        table.column(i18n.text("student.status"), "status", 90, s -> i18n.get("status." + s.status()));
        table.column(i18n.text("student.admitted"), "admittedAt", 95, s -> String.valueOf(s.admittedAt()));
        Set<String> hidden = new HashSet<>(Arrays.asList(vm.columnsChoice("").split(",")));
        table.getColumns().forEach(c -> {
            c.setVisible(!hidden.contains(c.getId()));
            c.visibleProperty().addListener((o, a, b) -> rememberColumns());
        });
    }

    private void rememberColumns() {
        Set<String> hidden = new HashSet<>();
        table.getColumns().stream().filter(c -> !c.isVisible()).forEach(c -> hidden.add(c.getId()));
        vm.rememberColumns(hidden);
    }

    private Parent filters() {
        TextField q = org.controlsfx.control.textfield.TextFields.createClearableTextField();
        q.setId("students-search");
        q.promptTextProperty().bind(i18n.text("students.searchHint"));
        q.textProperty().bindBidirectional(vm.q());
        q.setOnAction(e -> vm.apply());
        HBox.setHgrow(q, Priority.ALWAYS);
        ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList(""));
        Arrays.stream(StudentStatus.values()).forEach(s -> status.getItems().add(s.name()));
        status.valueProperty().bindBidirectional(vm.status());
        status.setOnAction(e -> vm.apply());
        ComboBox<String> sort = new ComboBox<>(FXCollections.observableArrayList(
                "studentCode", "lastNameEn", "lastNameTh", "createdAt", "status"));
        sort.valueProperty().bindBidirectional(vm.sort());
        sort.setOnAction(e -> vm.apply());
        Button search = button("students.search", () -> vm.apply());
        Button exportCsv = button("students.export", this::exportCsv);
        exportCsv.setId("export");
        Label sortLabel = new Label();
        sortLabel.textProperty().bind(i18n.text("students.sort"));
        HBox bar = new HBox(8, q, status, sortLabel, sort, search, exportCsv);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Parent statusBar() {
        Label count = new Label();
        count.setId("students-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(
                vm.rows().totalExact() ? "students.count" : "students.countAbout",
                String.format("%,d", vm.rows().size())), vm.rows(), i18n.locale()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(export.progress());
        progress.visibleProperty().bind(export.running());
        Label exportText = new Label();
        exportText.textProperty().bind(i18n.message(export.message()));
        Button cancel = button("export.cancel", export::cancel);
        cancel.visibleProperty().bind(export.running());
        Label loading = new Label();
        loading.textProperty().bind(i18n.text("grid.loading"));
        loading.visibleProperty().bind(vm.rows().loadingProperty());
        org.controlsfx.control.StatusBar bar = new org.controlsfx.control.StatusBar();
        bar.setText("");
        bar.getLeftItems().addAll(count, loading);
        bar.getRightItems().addAll(exportText, progress, cancel);
        return bar;
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("students.csv");
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            exportTo(file);
        }
    }

    /** Exports the current filter to a file (also used by tests, which skip the file dialog). */
    public void exportTo(File file) {
        export.start(() -> vm.api().export(vm.filters(), vm.serverSort()), file.toPath(), vm.rows().size(),
                () -> { });
    }

    private void keys(KeyEvent e) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (SEARCH.match(e)) {
            table.getScene().lookup("#students-search").requestFocus();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            table.jumpTo(i + 1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            table.jumpTo(Math.max(0, i - 1));
        } else if (GOTO.match(e)) {
            askRow();
        } else {
            return;
        }
        e.consume();
    }

    private void askRow() {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.setHeaderText(i18n.get("students.gotoRow"));
        d.showAndWait().map(String::trim).filter(s -> s.matches("\\d{1,9}"))
                .ifPresent(s -> table.jumpTo(Integer.parseInt(s) - 1));
    }

    private Button button(String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }
}
