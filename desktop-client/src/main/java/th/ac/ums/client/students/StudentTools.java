package th.ac.ums.client.students;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.StudentDetail;

/**
 * The registrar's buttons of the students grid: "New student…" (the student created is then shown)
 * and "Import…" (a CSV file, checked first, its encoding said in words).
 */
public final class StudentTools {
    private final NewStudentViewModel newStudent;
    private final ImportViewModel importer;
    private final StudentsViewModel grid;
    private final Formats formats;
    private final I18n i18n;

    public StudentTools(NewStudentViewModel newStudent, ImportViewModel importer, StudentsViewModel grid,
                        Formats formats) {
        this.newStudent = newStudent;
        this.importer = importer;
        this.grid = grid;
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    /** "New student…"; {@code created} gets the new student (to show them). */
    Button newStudentButton(Consumer<StudentDetail> created) {
        Button b = Form.button(i18n, "students.new", () -> { });
        b.setId("new-student");
        b.setOnAction(e -> new NewStudentDialog(newStudent, formats, grid.allPrograms())
                .show(b.getScene().getWindow()).ifPresent(created));
        return b;
    }

    Button importButton() {
        Button b = Form.button(i18n, "students.import", () -> { });
        b.setId("import-students");
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showOpenDialog(b.getScene().getWindow());
            if (file != null) {
                importFile(file, b);
            }
        });
        return b;
    }

    /** Checks a file and shows what the check found (also used by tests, which skip the file dialog). */
    public void importFile(File file, javafx.scene.Node owner) {
        try {
            importer.check(file.getName(), Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            importer.message().set(e.getMessage());
        }
        new ImportDialog(importer, formats).show(owner.getScene().getWindow()).ifPresent(n -> grid.apply());
    }

    public NewStudentViewModel newStudent() {
        return newStudent;
    }

    public ImportViewModel importer() {
        return importer;
    }
}
