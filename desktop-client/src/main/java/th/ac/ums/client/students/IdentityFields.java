package th.ac.ums.client.students;

import java.time.LocalDate;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.ui.DateChecks;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.model.Inputs.StudentInput;

/**
 * The Thai identity and dates of a student form (new student and the 360's editor): title (a code,
 * empty for none), admission date, date of birth (both typed in the language's era, see
 * {@link Formats#parseDate}) and the national ID, typed whole; the record's own is never put in the
 * field (it arrives masked), so an empty field leaves it as it is. Field errors of these fields are
 * said in words ({@link #localize}).
 */
final class IdentityFields {
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> admittedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final StringProperty nationalId = new SimpleStringProperty("");
    private final DateChecks dates;

    IdentityFields(Formats formats) {
        this.dates = new DateChecks(formats);
    }

    void show(String titleCode, LocalDate admitted, LocalDate born) {
        title.set(titleCode == null ? "" : titleCode);
        admittedAt.set(admitted);
        birthDate.set(born);
        nationalId.set("");
    }

    /** The title code typed, or null for none. */
    String titleCode() {
        return blankToNull(title.get());
    }

    /** The national ID typed (spaces and dashes people type between groups dropped), or null for none. */
    String nationalIdTyped() {
        String v = nationalId.get() == null ? "" : nationalId.get().replaceAll("[\\s-]", "");
        return v.isEmpty() ? null : v;
    }

    /** The rules' messages on these fields, in words: dates in the console's era and format, the ID's check digit. */
    void localize(Map<String, String> errors, StudentInput in) {
        errors.computeIfPresent("admittedAt", (k, m) -> dates.message(in.admittedAt(), m));
        errors.computeIfPresent("birthDate", (k, m) -> dates.message(in.birthDate(), m));
        errors.computeIfPresent("nationalId", (k, m) -> m.startsWith("must be the 13 digits")
                ? "student.nationalIdInvalid" : m);
    }

    StringProperty title() {
        return title;
    }

    ObjectProperty<LocalDate> admittedAt() {
        return admittedAt;
    }

    ObjectProperty<LocalDate> birthDate() {
        return birthDate;
    }

    StringProperty nationalId() {
        return nationalId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
