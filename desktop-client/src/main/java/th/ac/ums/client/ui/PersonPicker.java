package th.ac.ums.client.ui;

import th.ac.ums.model.Dtos.StudentDto;

/**
 * The console's one type-ahead person picker: a field where staff type a student code (or its
 * start), part of a Thai or English first or last name, or an e-mail, and a list under it of the
 * matches (code and name, then the other name, program and status). Down/Up move through the
 * matches, Enter chooses the highlighted one, Esc closes the list (then undoes the typing), a
 * click chooses too. Used wherever a person is chosen: enrolment, invoices, holds.
 * <pre>{@code
 * PersonPicker picker = new PersonPicker(new PersonPickerViewModel(studentsApi::page, tasks, formats), formats,
 *         "enroll-student");
 * bar.getChildren().add(picker.field());
 * picker.viewModel().chosen().addListener((o, was, now) -> vm.student(now));
 * }</pre>
 * The field's id is the given id; the list is {@code id + "-results"} and its line of status
 * {@code id + "-status"} (in a popup window under the field).
 */
public final class PersonPicker extends TypeAhead<StudentDto> {
    private final PersonPickerViewModel vm;

    public PersonPicker(PersonPickerViewModel vm, Formats formats, String id) {
        super(vm, formats, id, "picker.hint");
        this.vm = vm;
    }

    public PersonPickerViewModel viewModel() {
        return vm;
    }
}
