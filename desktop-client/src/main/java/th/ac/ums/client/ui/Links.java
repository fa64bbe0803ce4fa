package th.ac.ums.client.ui;

import java.util.Map;
import th.ac.ums.model.Dtos.StudentDto;

/**
 * One click from a record to the records about it, across screens: from a student to their
 * invoices, from an invoice to its student, from an aging bucket to its invoices. The shell
 * implements it (going to the other screen asks about unsaved edits first); a screen a role cannot
 * see is not offered ({@link #invoicesAllowed()}).
 */
public interface Links {
    /** Nowhere to go (tests of a single screen). */
    Links NONE = new Links() {
    };

    /** Whether the invoices screen is open to the signed-in user. */
    default boolean invoicesAllowed() {
        return false;
    }

    /** The invoices screen showing this student's invoices (and the invoice {@code invoiceId} selected, when not 0). */
    default void invoicesOf(StudentDto student, long invoiceId) {
    }

    /**
     * The invoices screen with filters of the server's invoice list ({@code dueFrom}, {@code dueTo},
     * {@code outstanding}...), a sort, and what they are in words (shown above the list).
     */
    default void invoices(Map<String, String> filters, String sort, String description) {
    }

    /** The students screen with this student found and open (the Student 360). */
    default void student(long id, String code) {
    }
}
