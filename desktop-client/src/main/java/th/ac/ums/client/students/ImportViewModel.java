package th.ac.ums.client.students;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.api.StudentsApi.ImportResult;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.validation.FieldError;

/**
 * Importing students from a CSV file: the file is checked first (a dry run: the encoding the server
 * detected, rows, valid rows, each error with its line), and written only when the user then
 * imports it and nothing was wrong.
 */
public final class ImportViewModel {
    private final StudentsApi api;
    private final TaskRunner tasks;
    private final ObjectProperty<ImportResult> checked = new SimpleObjectProperty<>();
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private byte[] file;

    public ImportViewModel(StudentsApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    /** Checks a file (nothing is written); the answer says its encoding, rows and errors. */
    public void check(String name, byte[] bytes) {
        file = bytes;
        fileName.set(name);
        checked.set(null);
        errors.clear();
        message.set("import.checking");
        busy.set(true);
        tasks.run(() -> api.importCsv(bytes, true), r -> {
            busy.set(false);
            checked.set(r);
            errors.setAll(r.errors() == null ? List.of() : r.errors());
            message.set("");
        }, this::failed);
    }

    /** Whether the checked file may be imported: checked, with rows and no error. */
    public boolean importable() {
        ImportResult r = checked.get();
        return r != null && r.rows() > 0 && errors.isEmpty() && !busy.get();
    }

    /** Writes the checked file; {@code done} gets how many students were created. */
    public void commit(java.util.function.IntConsumer done) {
        if (!importable()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> api.importCsv(file, false), r -> {
            busy.set(false);
            message.set(I18n.compose("import.done", r.created()));
            done.accept(r.created());
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (t instanceof ApiException e) {
            errors.setAll(e.fieldErrors());
        }
        message.set(ApiException.messageOf(t));
    }

    public ObjectProperty<ImportResult> checked() {
        return checked;
    }

    public ObservableList<FieldError> errors() {
        return errors;
    }

    public StringProperty fileName() {
        return fileName;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
