package th.ac.ums.client.students;

import java.io.File;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import atlantafx.base.controls.CustomTextField;
import javafx.stage.FileChooser;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.CsvExport;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.model.Dtos.FacultyDto;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Enums.StudentStatus;

/**
 * The students grid over every student (a million rows scroll like a hundred), filters and sort
 * handed to the server, export of the current filter, and the Student 360 beside it. Moving to
 * another student with unsaved edits asks first. Keys: Ctrl+F search, Alt+Down / Alt+Up next and
 * previous record, Ctrl+G go to row, Ctrl+S save.
 */
public final class StudentsView {
    private static final KeyCombination SEARCH = KeyCombination.keyCombination("Shortcut+F");
    private static final KeyCombination GOTO = KeyCombination.keyCombination("Shortcut+G");
    private final StudentsViewModel vm;
    private final StudentDetailView detail;
    private final CsvExport export;
    private final I18n i18n;
    private final Formats formats;
    private final PagedTableView<StudentDto> table;
    private TextField search;
    private boolean reverting;
    private boolean refilling;
    private boolean asking;
    private int shown = -1;
    private final StudentTools tools;

    public StudentsView(StudentsViewModel vm, StudentDetailView detail, CsvExport export, Formats formats) {
        this(vm, detail, export, formats, null);
    }

    /** @param tools new student and import (registrar, admin); null: not offered */
    public StudentsView(StudentsViewModel vm, StudentDetailView detail, CsvExport export, Formats formats,
                        StudentTools tools) {
        this.tools = tools;
        this.vm = vm;
        this.detail = detail;
        this.export = export;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.table = new PagedTableView<>(vm.rows());
    }

    public PagedTableView<StudentDto> table() {
        return table;
    }

    /** The screen for the shell: search first, unsaved edits of the student asked about, its keys. */
    public Page page() {
        return Page.of(root()).focus(search).unsaved(detail.viewModel()).keys(
                new Shortcut("Ctrl+F", "key.search"), new Shortcut("Alt+↓ / Alt+↑", "key.nextRecord"),
                new Shortcut("Ctrl+G", "key.gotoRow"), new Shortcut("Ctrl+S", "key.save"));
    }

    public Parent root() {
        columns();
        table.setId("students-table");
        table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), i18n.text("students.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (!reverting && !asking && s != null) {
                selected(s, table.getSelectionModel().getSelectedIndex());
            }
        });
        Parent side = detail.root();
        if (side instanceof Region r) {
            r.setMinHeight(0);
            r.setPrefHeight(100);    // the split pane sizes its sides by their preferred height: the 360 scrolls instead
        }
        SplitPane split = new SplitPane(table, side);
        split.setMinHeight(0);     // a split pane asks for its content's full height otherwise: it scrolls instead
        split.setOrientation(Orientation.HORIZONTAL);
        // the grid's code, name, program and status beside a Student 360 wide enough for every column of its
        // invoices (at 1280 px, in both languages); e-mail and admission date are in the column menu
        split.setDividerPositions(0.38);
        BorderPane root = new BorderPane(split);
        root.setTop(filters());
        root.setBottom(statusBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        return root;
    }

    /**
     * Another row was selected: shows that student, unless the one on screen has unsaved edits; then
     * the selection goes back to it and Save / Discard / Stay is asked (after this selection event).
     */
    private void selected(StudentDto s, int index) {
        StudentEditorViewModel editor = detail.viewModel();
        boolean other = editor.loaded().get() != null && editor.loaded().get().id() != s.id();
        if (other && editor.dirty() && shown >= 0) {
            asking = true;
            int back = shown;
            Platform.runLater(() -> {
                select(back);
                Dialogs.leave(table.getScene().getWindow(), i18n, editor, () -> select(index));
                asking = false;
            });
            return;
        }
        shown = index;
        detail.open(s.id(), s.version());
    }

    private void select(int index) {
        reverting = true;
        try {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        } finally {
            reverting = false;
        }
        StudentDto s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
            shown = index;
            detail.open(s.id(), s.version());
        }
    }

    private void columns() {
        table.column(i18n.text("student.code"), "studentCode", 100, StudentDto::studentCode);
        Columns.flex(table.column(i18n.text("student.name"), "name", 220,
                s -> i18n.thai() ? s.firstNameTh() + " " + s.lastNameTh() : s.firstNameEn() + " " + s.lastNameEn())
                ).setUserData("always");
        Columns.flex(table.column(i18n.text("student.email"), "email", 240, StudentDto::email));
        table.column(i18n.text("student.program"), "program", 90, StudentDto::programCode);
        table.add("status", Columns.word(formats, "StudentStatus", i18n.text("student.status"), 130,
                StudentDto::status));
        table.add("admittedAt", Columns.date(formats, i18n.text("student.admitted"), 120, StudentDto::admittedAt));
        Columns.follow(table, formats);
        table.fitColumnsWhenLoaded(formats);
        Set<String> hidden = new HashSet<>(Arrays.asList(vm.columnsChoice("email,admittedAt").split(",")));
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
        CustomTextField field = new CustomTextField();
        Button clear = new Button("✕");
        clear.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            field.clear();
            vm.apply();
        });
        field.setRight(clear);
        search = field;
        search.setId("students-search");
        search.promptTextProperty().bind(i18n.text("students.searchHint"));
        search.textProperty().bindBidirectional(vm.q());
        search.setOnAction(e -> vm.apply());
        th.ac.ums.client.ui.AsYouType.install(search, vm::searched, vm::apply);
        search.setMinWidth(200);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<String> sort = Choices.words(formats, Formats.STUDENT_SORT, List.copyOf(StudentsViewModel.SORT_ORDER),
                null);
        sort.setId("students-sort");
        sort.valueProperty().bindBidirectional(vm.sort());
        sort.setOnAction(e -> vm.apply());
        Button go = Form.button(i18n, "students.search", vm::apply);
        go.setId("students-go");
        MenuButton exportMenu = exportMenu();
        // GET /students/export is for registrar staff and administrators: nobody else is offered it
        exportMenu.setVisible(vm.mayExport());
        exportMenu.setManaged(vm.mayExport());
        Label sortLabel = new Label();
        sortLabel.textProperty().bind(i18n.text("students.sort"));
        sortLabel.setMinWidth(Label.USE_PREF_SIZE);
        sortLabel.setLabelFor(sort);
        HBox first = new HBox(8, search, go, sortLabel, sort, exportMenu);
        if (tools != null) {
            first.getChildren().addAll(tools.newStudentButton(s -> reveal(s.id(), s.studentCode())),
                    tools.importButton());
        }
        first.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> faculty = new ComboBox<>();
        faculty.setId("students-faculty");
        Runnable faculties = () -> {
            List<String> ids = new java.util.ArrayList<>(List.of(""));
            vm.faculties().forEach(f -> ids.add(Long.toString(f.id())));
            String keep = vm.facultyId().get();
            refilling = true;
            try {
                faculty.getItems().setAll(ids);
                faculty.setValue(keep);
            } finally {
                refilling = false;
            }
        };
        vm.faculties().addListener((javafx.collections.ListChangeListener<FacultyDto>) c -> faculties.run());
        faculties.run();
        Choices.showing(faculty, i18n, id -> id == null ? "" : id.isEmpty() ? i18n.get("filter.anyFaculty")
                : vm.faculties().stream().filter(f -> Long.toString(f.id()).equals(id)).findFirst()
                .map(f -> formats.name(f.nameTh(), f.nameEn())).orElse(""));
        faculty.valueProperty().bindBidirectional(vm.facultyId());
        faculty.setOnAction(e -> {
            if (!refilling) {
                vm.apply();
            }
        });
        ComboBox<String> program = new ComboBox<>();
        program.setId("students-program");
        Runnable programs = () -> {
            List<String> ids = new java.util.ArrayList<>(List.of(""));
            vm.programs().forEach(p -> ids.add(Long.toString(p.id())));
            String keep = vm.programId().get();
            refilling = true;
            try {
                program.getItems().setAll(ids);
                program.setValue(ids.contains(keep) ? keep : "");
            } finally {
                refilling = false;
            }
        };
        vm.programs().addListener((javafx.collections.ListChangeListener<ProgramDto>) c -> programs.run());
        programs.run();
        Choices.showing(program, i18n, id -> id == null ? "" : id.isEmpty() ? i18n.get("filter.anyProgram")
                : vm.programs().stream().filter(p -> Long.toString(p.id()).equals(id)).findFirst()
                .map(p -> p.code() + " " + formats.name(p.nameTh(), p.nameEn())).orElse(""));
        program.valueProperty().bindBidirectional(vm.programId());
        program.setOnAction(e -> {
            if (!refilling) {
                vm.apply();
            }
        });
        program.setMaxWidth(360);
        ComboBox<String> status = Choices.words(formats, StudentStatus.class, "filter.anyStatus");
        status.setId("students-status");
        status.valueProperty().bindBidirectional(vm.status());
        status.setOnAction(e -> vm.apply());
        Button reset = Form.button(i18n, "filter.clear", vm::clearFilters);
        reset.setId("students-clear");
        Label filterLabel = new Label();
        filterLabel.textProperty().bind(i18n.text("filter.label"));
        filterLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox second = new HBox(8, filterLabel, faculty, program, status, reset);
        second.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(6, first, second);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Parent statusBar() {
        Label count = new Label();
        count.setId("students-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> countText(),
                vm.rows(), vm.rows().loadingProperty(), vm.rows().error(), i18n.locale()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(export.progress());
        progress.visibleProperty().bind(export.running());
        Label exportText = new Label();
        exportText.textProperty().bind(i18n.message(export.message()));
        Button cancel = Form.button(i18n, "export.cancel", export::cancel);
        cancel.visibleProperty().bind(export.running());
        Label loading = new Label();
        loading.textProperty().bind(i18n.text("grid.loading"));
        loading.visibleProperty().bind(vm.rows().loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, count, loading, gap, exportText, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /**
     * How many students match: only once the server has answered ("0 students" only when it said
     * zero); "about" when its total is an estimate; nothing while the first page loads or when it
     * was refused (the grid says why).
     */
    private String countText() {
        var rows = vm.rows();
        if (!rows.error().get().isEmpty()) {
            return i18n.get("students.countFailed");
        }
        if (rows.size() == 0 && rows.loadingProperty().get()) {
            return i18n.get("students.searching");
        }
        return i18n.get(rows.totalExact() ? "students.count" : "students.countMore", formats.number(rows.size()));
    }

    /** Finds a student by code and opens them once the grid shows them (a link from another screen). */
    public void reveal(long id, String code) {
        vm.find(code);
        javafx.collections.ListChangeListener<StudentDto>[] wait = new javafx.collections.ListChangeListener[1];
        wait[0] = c -> {
            for (int i = 0; i < Math.min(vm.rows().size(), vm.rows().pageSize()); i++) {
                StudentDto s = vm.rows().peek(i);
                if (s != null && s.id() == id) {
                    vm.rows().removeListener(wait[0]);
                    int index = i;
                    Platform.runLater(() -> table.jumpTo(index));
                    return;
                }
            }
        };
        vm.rows().addListener(wait[0]);
    }

    /** "Export": the current filter as CSV or as an Excel workbook. */
    private MenuButton exportMenu() {
        MenuItem csv = new MenuItem();
        csv.textProperty().bind(i18n.text("export.asCsv"));
        csv.setId("export-csv");
        csv.setOnAction(e -> exportAs("csv"));
        MenuItem xlsx = new MenuItem();
        xlsx.textProperty().bind(i18n.text("export.asXlsx"));
        xlsx.setId("export-xlsx");
        xlsx.setOnAction(e -> exportAs("xlsx"));
        MenuButton m = new MenuButton("", null, csv, xlsx);
        m.textProperty().bind(i18n.text("students.export"));
        m.setId("export");
        m.setMinWidth(Region.USE_PREF_SIZE);
        return m;
    }

    private void exportAs(String format) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(), "*." + format));
        chooser.setInitialFileName("students." + format);
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            exportTo(withExtension(file, format));
        }
    }

    /** The chosen file, with the format's extension when the name has another (or none). */
    static File withExtension(File file, String format) {
        return file.getName().toLowerCase(java.util.Locale.ROOT).endsWith("." + format) ? file
                : new File(file.getParentFile(), file.getName() + "." + format);
    }

    /**
     * Exports the current filter to a file (also used by tests, which skip the file dialog): an Excel
     * workbook when the name ends in {@code .xlsx}, CSV otherwise.
     */
    public void exportTo(File file) {
        String format = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        export.start(vm.export(format), file.toPath(), vm.rows().size(),
                "csv".equals(format), () -> { });
    }

    /** New student and import (registrar, admin); null when not offered. */
    public StudentTools tools() {
        return tools;
    }

    private void keys(KeyEvent e) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (SEARCH.match(e)) {
            search.requestFocus();
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
        Dialogs.ask(table.getScene().getWindow(), i18n, i18n.get("students.gotoRow")).map(String::trim)
                .filter(s -> s.matches("\\d{1,9}")).ifPresent(s -> table.jumpTo(Integer.parseInt(s) - 1));
    }
}
