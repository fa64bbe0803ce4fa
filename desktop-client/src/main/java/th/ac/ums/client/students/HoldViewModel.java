package th.ac.ums.client.students;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.RegistrarApi;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PersonPickerViewModel;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Enums.HoldBlock;
import th.ac.ums.model.Inputs.HoldInput;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;

/**
 * Placing a hold: the student (chosen with the person picker, the Student 360's student to begin
 * with), the type, what it blocks and why. Checked with the shared rules before it is sent; the
 * answer is named in words ("Financial hold placed on 62000004 บุญชัย เพชรใจ").
 */
public final class HoldViewModel {
    private final RegistrarApi api;
    private final TaskRunner tasks;
    private final Formats formats;
    private final PersonPickerViewModel student;
    private final StringProperty type = new SimpleStringProperty("FINANCIAL");
    private final ObservableSet<String> blocks = FXCollections.observableSet(HoldBlock.REGISTRATION.name());
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public HoldViewModel(RegistrarApi api, PersonPickerViewModel student, TaskRunner tasks, Formats formats) {
        this.api = api;
        this.student = student;
        this.tasks = tasks;
        this.formats = formats;
    }

    /** A fresh form for this student (may be null: the picker is empty). */
    public void open(StudentDto s) {
        student.clear();
        if (s != null) {
            student.choose(s);
        }
        type.set("FINANCIAL");
        blocks.clear();
        blocks.add(HoldBlock.REGISTRATION.name());
        reason.set("");
        fieldErrors.clear();
        message.set("");
    }

    /** The hold to place, or null with the fields at fault marked. */
    public HoldInput validate() {
        fieldErrors.clear();
        StudentDto s = student.chosen().get();
        List<String> chosenBlocks = new ArrayList<>();
        for (HoldBlock b : HoldBlock.values()) {
            if (blocks.contains(b.name())) {
                chosenBlocks.add(b.name());
            }
        }
        HoldInput in = new HoldInput(s == null ? null : s.id(), type.get(), chosenBlocks, reason.get().trim());
        Errors errors = Validators.hold(in);
        errors.list().forEach(e -> fieldErrors.putIfAbsent(e.field(), e.message()));
        if (s == null) {
            fieldErrors.put("studentId", "picker.choose");
        }
        if (chosenBlocks.isEmpty()) {
            fieldErrors.put("blocks", "hold.pickBlocks");
        }
        return fieldErrors.isEmpty() ? in : null;
    }

    /** Places the hold; {@code placed} gets it once the server has it. */
    public void place(HoldInput in, Consumer<HoldDto> placed) {
        StudentDto s = student.chosen().get();
        busy.set(true);
        message.set("");
        tasks.run(() -> api.addHold(in), h -> {
            busy.set(false);
            message.set(I18n.compose("hold.placed", I18n.word("HoldType", h.type()),
                    I18n.person(s.studentCode(), s.firstNameTh() + " " + s.lastNameTh(),
                            s.firstNameEn() + " " + s.lastNameEn())));
            placed.accept(h);
        }, t -> {
            busy.set(false);
            if (t instanceof ApiException e) {
                e.fieldErrors().forEach(f -> fieldErrors.put(f.field(), f.message()));
            }
            message.set(ApiException.messageOf(t));
        });
    }

    /**
     * Lifts a hold (POST /holds/{id}/lift with the reason), after the review the view shows;
     * {@code lifted} gets the hold as the server answered. The answer is named in words ("Financial
     * hold lifted for 62000004 บุญชัย เพชรใจ"); a reason is required ("hold.liftNeedReason").
     *
     * @param who the student as {@link I18n#person} names them
     */
    public void lift(HoldDto hold, String liftReason, String who, Consumer<HoldDto> lifted) {
        message.set("");
        if (liftReason == null || liftReason.isBlank()) {
            message.set("hold.liftNeedReason");
            return;
        }
        busy.set(true);
        tasks.run(() -> api.liftHold(hold.id(), liftReason.trim()), h -> {
            busy.set(false);
            message.set(I18n.compose("hold.lifted", I18n.word("HoldType", hold.type()), who));
            lifted.accept(h);
        }, t -> {
            busy.set(false);
            message.set(t instanceof ApiException e && e.status() == 409 ? "hold.liftAlready" : ApiException.messageOf(t));
        });
    }

    public PersonPickerViewModel student() {
        return student;
    }

    public StringProperty type() {
        return type;
    }

    public ObservableSet<String> blocks() {
        return blocks;
    }

    public StringProperty reason() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
