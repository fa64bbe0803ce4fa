package th.ac.ums.client.students;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.model.Enums.Title;

/** The identity rows of a student form: title in words, admission date, date of birth and national ID. */
final class IdentityForm {
    private IdentityForm() {
    }

    static void add(Form f, Formats formats, StringProperty title, ObjectProperty<LocalDate> admittedAt,
                    ObjectProperty<LocalDate> birthDate, StringProperty nationalId) {
        ComboBox<String> titles = Choices.words(formats, Title.class, "student.noTitle");
        titles.valueProperty().bindBidirectional(title);
        f.field("student.title", titles, "title");
        f.date("student.admittedAt", formats, admittedAt, "admittedAt");
        f.date("student.birthDate", formats, birthDate, "birthDate");
        TextField id = f.text("student.nationalId", nationalId, "nationalId");
        id.promptTextProperty().bind(formats.i18n().text("student.nationalIdHint"));
    }
}
