package th.ac.ums.client.students;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.StudentDetail;

/**
 * The national ID on the Student 360 (personal data under the PDPA): masked to its last four digits
 * as the server sends it; "Show" asks the server for the whole number (which it audits) and shows
 * it until another student is opened, this one is reloaded, or "Hide" is pressed.
 */
public final class NationalIdViewModel {
    private final StudentsApi api;
    private final TaskRunner.Latest reveals;
    private final StringProperty shown = new SimpleStringProperty("");
    private final BooleanProperty whole = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private long studentId;
    private String masked = "";

    NationalIdViewModel(StudentsApi api, TaskRunner tasks) {
        this.api = api;
        this.reveals = tasks.latest("national-id");
    }

    /** A student opened (or reloaded): the masked number, nothing whole. */
    void show(StudentDetail d) {
        reveals.cancel();
        studentId = d.id();
        masked = d.nationalId() == null ? "" : d.nationalId();
        hide();
    }

    /** Asks the server for the whole number of the student on screen. */
    public void reveal() {
        long id = studentId;
        if (masked.isEmpty()) {
            return;
        }
        message.set("");
        reveals.run(() -> api.nationalId(id), n -> {
            if (id == studentId) {
                shown.set(n);
                whole.set(true);
            }
        }, t -> message.set(I18n.compose("student.showIdFailed", ApiException.messageOf(t))));
    }

    /** Back to the masked number. */
    public void hide() {
        shown.set(masked);
        whole.set(false);
        message.set("");
    }

    /** What the 360 shows: the masked number, the whole one after {@link #reveal}, empty for none on record. */
    public ReadOnlyStringProperty shown() {
        return shown;
    }

    /** Whether the whole number is on screen. */
    public BooleanProperty whole() {
        return whole;
    }

    /** Why the whole number could not be shown (a message key with the server's reason). */
    public StringProperty message() {
        return message;
    }
}
