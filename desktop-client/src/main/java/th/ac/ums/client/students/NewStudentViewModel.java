package th.ac.ums.client.students;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Inputs.StudentInput;
import th.ac.ums.model.validation.Validators;

/**
 * "New student" (registrar, admin): names in both languages, e-mail, phone, program, status, and the
 * Thai identity (title, admission date and date of birth typed in the console's era, national ID).
 * The shared rules run before anything is sent; the server's refusals land on the same fields.
 */
public final class NewStudentViewModel {
    private final StudentsApi api;
    private final TaskRunner tasks;
    private final IdentityFields identity;
    private final StringProperty studentCode = new SimpleStringProperty("");
    private final StringProperty firstNameTh = new SimpleStringProperty("");
    private final StringProperty lastNameTh = new SimpleStringProperty("");
    private final StringProperty firstNameEn = new SimpleStringProperty("");
    private final StringProperty lastNameEn = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty programId = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("ACTIVE");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public NewStudentViewModel(StudentsApi api, TaskRunner tasks, Formats formats) {
        this.api = api;
        this.tasks = tasks;
        this.identity = new IdentityFields(formats);
    }

    /** An empty form (status active). */
    public void clear() {
        for (StringProperty p : new StringProperty[] {studentCode, firstNameTh, lastNameTh, firstNameEn, lastNameEn,
                email, phone, programId}) {
            p.set("");
        }
        status.set("ACTIVE");
        identity.show(null, null, null);
        fieldErrors.clear();
        message.set("");
    }

    /** Sends the new student when the form is right; {@code done} gets the student the server created. */
    public void create(Consumer<StudentDetail> done) {
        fieldErrors.clear();
        message.set("");
        StudentInput in = input();
        Validators.student(in, true).list().forEach(e -> fieldErrors.putIfAbsent(e.field(), e.message()));
        if (!fieldErrors.isEmpty()) {
            identity.localize(fieldErrors, in);
            message.set("form.fix");
            return;
        }
        saving.set(true);
        tasks.run(() -> api.create(in), created -> {
            saving.set(false);
            done.accept(created);
        }, t -> {
            saving.set(false);
            if (t instanceof ApiException e) {
                e.fieldErrors().forEach(f -> fieldErrors.put(f.field(), f.message()));
                identity.localize(fieldErrors, in);
            }
            message.set(ApiException.messageOf(t));
        });
    }

    StudentInput input() {
        String program = text(programId);
        return new StudentInput(text(studentCode), text(firstNameTh), text(lastNameTh), text(firstNameEn),
                text(lastNameEn), text(email), text(phone), program == null ? null : Long.valueOf(program),
                text(status), identity.admittedAt().get(), identity.titleCode(), identity.birthDate().get(),
                identity.nationalIdTyped());
    }

    private static String text(StringProperty p) {
        return p.get() == null || p.get().isBlank() ? null : p.get().trim();
    }

    public StringProperty studentCode() {
        return studentCode;
    }

    public StringProperty firstNameTh() {
        return firstNameTh;
    }

    public StringProperty lastNameTh() {
        return lastNameTh;
    }

    public StringProperty firstNameEn() {
        return firstNameEn;
    }

    public StringProperty lastNameEn() {
        return lastNameEn;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty phone() {
        return phone;
    }

    /** The program's id as text (the drop-down's value); empty for none. */
    public StringProperty programId() {
        return programId;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty title() {
        return identity.title();
    }

    public ObjectProperty<LocalDate> admittedAt() {
        return identity.admittedAt();
    }

    public ObjectProperty<LocalDate> birthDate() {
        return identity.birthDate();
    }

    public StringProperty nationalId() {
        return identity.nationalId();
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty saving() {
        return saving;
    }
}
