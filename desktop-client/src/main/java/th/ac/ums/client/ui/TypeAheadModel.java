package th.ac.ums.client.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What a {@link TypeAhead} field shows and does: the text typed, the matches found for it (a
 * first and a second line each), the one highlighted, the one chosen, and a status line saying
 * why the list is empty. {@link PersonPickerViewModel} (students, from the server) and
 * {@code CourseFinderViewModel} (the course catalogue) implement it.
 */
public interface TypeAheadModel<T> {
    StringProperty text();

    ObservableList<T> matches();

    IntegerProperty highlighted();

    ReadOnlyObjectProperty<T> chosen();

    /** A message key or text for the line under the matches; empty: no line. */
    StringProperty status();

    /** True once the matches answer the text shown. */
    BooleanProperty answered();

    /** Looks for the text now (the field calls it once typing pauses). */
    void search();

    void move(int delta);

    /** Chooses the highlighted match; false when there is none. */
    boolean enter();

    void choose(T item);

    void clear();

    /** Closes the matches and keeps the text. */
    void dismiss();

    /** The match's first line (and the field's text once chosen). */
    String label(T item);

    /** The match's second line. */
    String details(T item);
}
