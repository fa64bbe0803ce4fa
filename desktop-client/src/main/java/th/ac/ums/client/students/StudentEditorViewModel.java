package th.ac.ums.client.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.Unsaved;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Inputs.StudentInput;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.model.validation.Validators;

/**
 * The Student 360 and its editor. Validation is the shared rule set of common-model, run before
 * anything is sent; the server's field errors land on the same fields. A stale save (412) keeps
 * the edits and lists what the other person changed, offering reload or keep-mine. Leaving it
 * with edits is asked about ({@link Unsaved}).
 */
public final class StudentEditorViewModel implements Unsaved {
    /** A field someone else changed since this student was opened: the field's name, their value, the value now. */
    public record Conflict(String field, String before, String now) {
    }

    private static final StudentInput NO_CHANGES = new StudentInput(null, null, null, null, null, null, null, null,
            null, null, null, null, null);
    private final StudentsApi api;
    private final TaskRunner tasks;
    private final ObjectProperty<StudentDetail> loaded = new SimpleObjectProperty<>();
    private final StringProperty firstNameTh = new SimpleStringProperty("");
    private final StringProperty lastNameTh = new SimpleStringProperty("");
    private final StringProperty firstNameEn = new SimpleStringProperty("");
    private final StringProperty lastNameEn = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final TaskRunner.Latest loads;
    /** The record as it is now, after a save was refused as stale (412); dropped when another student is opened. */
    private final TaskRunner.Latest nowLoads;
    private final TaskRunner.Latest invoiceLoads;
    private final ObservableList<InvoiceDto> invoices = FXCollections.observableArrayList();
    private final java.util.function.LongFunction<List<InvoiceDto>> invoicesOf;
    private final IdentityFields identity;
    private final NationalIdViewModel nationalIdShown;
    private StudentDetail latest;

    public StudentEditorViewModel(StudentsApi api, TaskRunner tasks) {
        this(api, tasks, null, new Formats(new I18n(java.util.Locale.ENGLISH)));
    }

    /**
     * @param invoicesOf a student's invoices, newest first (null: the user may not read invoices)
     * @param formats    the console's formats (dates typed in its language's era, their messages)
     */
    public StudentEditorViewModel(StudentsApi api, TaskRunner tasks,
                                  java.util.function.LongFunction<List<InvoiceDto>> invoicesOf, Formats formats) {
        this.identity = new IdentityFields(formats);
        this.nationalIdShown = new NationalIdViewModel(api, tasks);
        this.api = api;
        this.tasks = tasks;
        this.invoicesOf = invoicesOf;
        this.loads = tasks.latest("student");
        this.invoiceLoads = tasks.latest("student-invoices");
        this.nowLoads = tasks.latest("student-now");
    }

    /** Opens a student; only the student asked for last is shown, however the answers arrive. */
    public void load(long id) {
        nowLoads.cancel();
        loads.run(() -> api.detail(id), this::show, t -> message.set(ApiException.messageOf(t)));
        if (invoicesOf != null) {
            invoices.clear();
            invoiceLoads.run(() -> invoicesOf.apply(id), invoices::setAll, e -> invoices.clear());
        }
    }

    /** Opens the student again (after a hold was placed on them elsewhere, for example). */
    public void reloadShown() {
        StudentDetail d = loaded.get();
        if (d != null && !dirty()) {
            load(d.id());
        }
    }

    /** The student's invoices (for the Student 360 of finance staff); empty when not allowed. */
    public ObservableList<InvoiceDto> invoices() {
        return invoices;
    }

    public LoadStatus invoicesLoading() {
        return invoiceLoads;
    }

    /** Whether the student's invoices are read at all (the user's roles allow it). */
    public boolean showsInvoices() {
        return invoicesOf != null;
    }

    /** The student shown, as a list row (what links and pickers take); null when none. */
    public StudentDto asRow() {
        StudentDetail d = loaded.get();
        if (d == null) {
            return null;
        }
        return new StudentDto(d.id(), d.version(), d.studentCode(), d.firstNameTh(), d.lastNameTh(), d.firstNameEn(),
                d.lastNameEn(), d.email(), d.phone(), d.programId(), d.program() == null ? null : d.program().code(),
                d.program() == null ? null : d.program().nameTh(), d.program() == null ? null : d.program().nameEn(),
                d.faculty() == null ? 0 : d.faculty().id(), d.status(), d.admittedAt(), d.createdAt(), d.updatedAt(),
                d.title(), d.birthDate(), d.nationalId());
    }

    /** The load of the student being opened (the detail's spinner). */
    public LoadStatus loading() {
        return loads;
    }

    @Override
    public boolean dirty() {
        StudentDetail d = loaded.get();
        return d != null && !changes(d).equals(NO_CHANGES);
    }

    @Override
    public String subject() {
        StudentDetail d = loaded.get();
        return d == null ? "" : d.studentCode() + " " + d.firstNameTh() + " " + d.lastNameTh();
    }

    @Override
    public void discard() {
        if (loaded.get() != null) {
            show(loaded.get());
        }
    }

    public void save() {
        save(() -> { });
    }

    /** Validates and saves; {@code saved} runs once the server has it. */
    @Override
    public void save(Runnable saved) {
        StudentDetail d = loaded.get();
        if (d == null) {
            return;
        }
        fieldErrors.clear();
        conflicts.clear();
        StudentInput in = input();
        Errors errors = Validators.student(in, false);
        if (!errors.isEmpty()) {
            errors.list().forEach(e -> fieldErrors.putIfAbsent(e.field(), e.message()));
            identity.localize(fieldErrors, in);
            message.set("form.fix");
            return;
        }
        busy.set(true);
        tasks.run(() -> api.update(d.id(), d.version(), in), now -> {
            busy.set(false);
            show(now);
            message.set("form.saved");
            saved.run();
        }, t -> failed(t, in));
    }

    /** After a 412: drop my edits and show the record as it is now. */
    public void reload() {
        conflicts.clear();
        if (latest != null) {
            show(latest);
        }
    }

    /**
     * After a 412: my edited fields on top of the current version (their other changes stay)
     * and save again.
     */
    public void keepMine() {
        if (latest == null) {
            return;
        }
        StudentInput mine = input();
        show(latest);
        apply(mine);
        save();
    }

    private void failed(Throwable t, StudentInput sent) {
        busy.set(false);
        if (t instanceof ApiException e && e.status() == 412 && loaded.get() != null) {
            stale(loaded.get().id());
        } else if (t instanceof ApiException e) {
            for (FieldError f : e.fieldErrors()) {
                fieldErrors.put(f.field(), f.message());
            }
            identity.localize(fieldErrors, sent);
            message.set(e.message());
        } else {
            message.set("error.unexpected");
        }
    }

    private void stale(long id) {
        nowLoads.run(() -> api.detail(id), now -> {
            latest = now;
            conflicts.setAll(differences(loaded.get(), now));
            message.set("form.stale");
        }, e -> message.set("form.stale"));
    }

    static List<Conflict> differences(StudentDetail before, StudentDetail now) {
        List<Conflict> out = new ArrayList<>();
        diff(out, "firstNameTh", before.firstNameTh(), now.firstNameTh());
        diff(out, "lastNameTh", before.lastNameTh(), now.lastNameTh());
        diff(out, "firstNameEn", before.firstNameEn(), now.firstNameEn());
        diff(out, "lastNameEn", before.lastNameEn(), now.lastNameEn());
        diff(out, "email", before.email(), now.email());
        diff(out, "phone", before.phone(), now.phone());
        diff(out, "status", before.status(), now.status());
        diff(out, "title", before.title(), now.title());
        diff(out, "admittedAt", String.valueOf(before.admittedAt()), String.valueOf(now.admittedAt()));
        diff(out, "birthDate", String.valueOf(before.birthDate()), String.valueOf(now.birthDate()));
        diff(out, "nationalId", before.nationalId(), now.nationalId());
        return out;
    }

    private static void diff(List<Conflict> out, String field, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new Conflict(field, a, b));
        }
    }

    private void show(StudentDetail d) {
        nationalIdShown.show(d);
        loaded.set(d);
        latest = null;
        fieldErrors.clear();
        conflicts.clear();
        message.set("");
        firstNameTh.set(d.firstNameTh());
        lastNameTh.set(d.lastNameTh());
        firstNameEn.set(d.firstNameEn());
        lastNameEn.set(d.lastNameEn());
        email.set(d.email());
        phone.set(d.phone() == null ? "" : d.phone());
        status.set(d.status());
        identity.show(d.title(), d.admittedAt(), d.birthDate());
    }

    private void apply(StudentInput in) {
        firstNameTh.set(in.firstNameTh() == null ? firstNameTh.get() : in.firstNameTh());
        lastNameTh.set(in.lastNameTh() == null ? lastNameTh.get() : in.lastNameTh());
        firstNameEn.set(in.firstNameEn() == null ? firstNameEn.get() : in.firstNameEn());
        lastNameEn.set(in.lastNameEn() == null ? lastNameEn.get() : in.lastNameEn());
        email.set(in.email() == null ? email.get() : in.email());
        phone.set(in.phone() == null ? phone.get() : in.phone());
        status.set(in.status() == null ? status.get() : in.status());
        identity.title().set(in.title() == null ? identity.title().get() : in.title());
        identity.admittedAt().set(in.admittedAt() == null ? identity.admittedAt().get() : in.admittedAt());
        identity.birthDate().set(in.birthDate() == null ? identity.birthDate().get() : in.birthDate());
        identity.nationalId().set(in.nationalId() == null ? "" : in.nationalId());
    }

    /** Only the fields that differ from the loaded record (PATCH leaves the rest alone). */
    private StudentInput input() {
        return changes(loaded.get());
    }

    private StudentInput changes(StudentDetail d) {
        return new StudentInput(null, changed(firstNameTh, d.firstNameTh()), changed(lastNameTh, d.lastNameTh()),
                changed(firstNameEn, d.firstNameEn()), changed(lastNameEn, d.lastNameEn()),
                changed(email, d.email()), changed(phone, d.phone() == null ? "" : d.phone()),
                null, changed(status, d.status()), changed(identity.admittedAt().get(), d.admittedAt()),
                changed(identity.titleCode(), d.title()), changed(identity.birthDate().get(), d.birthDate()),
                identity.nationalIdTyped());
    }

    private static <T> T changed(T now, T was) {
        return Objects.equals(now, was) ? null : now;
    }

    private static String changed(StringProperty p, String was) {
        String v = p.get() == null ? "" : p.get().trim();
        return v.equals(was == null ? "" : was) ? null : v;
    }

    public ObjectProperty<StudentDetail> loaded() {
        return loaded;
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

    public StringProperty status() {
        return status;
    }

    /** Title code ({@code MR}, {@code MRS}, {@code MISS}; empty for none). */
    public StringProperty title() {
        return identity.title();
    }

    public ObjectProperty<LocalDate> admittedAt() {
        return identity.admittedAt();
    }

    public ObjectProperty<LocalDate> birthDate() {
        return identity.birthDate();
    }

    /** A new national ID typed (empty: the one on record stays). */
    public StringProperty nationalId() {
        return identity.nationalId();
    }

    /** The 360's national ID: masked, shown whole on request. */
    public NationalIdViewModel nationalIdShown() {
        return nationalIdShown;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
