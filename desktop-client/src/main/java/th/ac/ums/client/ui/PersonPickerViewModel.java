package th.ac.ums.client.ui;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.api.Page;

/**
 * The one way a person is chosen ({@link PersonPicker}): what is typed (a student code or its
 * prefix, part of a Thai or English first or last name, an e-mail) is searched on the server
 * ({@code GET /students?q=}, the first {@link #LIMIT} matches, latest answer wins); the matches
 * show code, both names, program and status; arrows move the highlight and Enter chooses. Typing
 * again after a choice forgets it, so what is chosen is always what the field shows.
 * {@link #status()} says why the list is empty: still typing, searching, the server refused (an
 * error, never "no one"), or the server answered that nobody matches.
 */
public final class PersonPickerViewModel implements TypeAheadModel<StudentDto> {
    /** Matches shown at once. */
    public static final int LIMIT = 8;
    /** Letters needed before searching (one digit already narrows codes, one Thai letter does not). */
    public static final int MIN_LETTERS = 2;

    private final Function<PageQuery, Page<StudentDto>> source;
    private final Formats formats;
    private final TaskRunner.Latest searches;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<StudentDto> matches = FXCollections.observableArrayList();
    private final ObjectProperty<StudentDto> chosen = new SimpleObjectProperty<>();
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty answered = new SimpleBooleanProperty(false);
    private String shownFor = "";

    /** @param source a page of students for a query ({@code StudentsApi::page}) */
    public PersonPickerViewModel(Function<PageQuery, Page<StudentDto>> source, TaskRunner tasks, Formats formats) {
        this.source = source;
        this.formats = formats;
        this.searches = tasks.latest("person");
        text.addListener((o, was, now) -> typed(now));
    }

    /** Searches for what the field holds now (the view calls it once typing pauses). */
    @Override
    public void search() {
        String q = text.get() == null ? "" : text.get().strip();
        if (chosen.get() != null || q.equals(shownFor) && answered.get()) {
            return;
        }
        if (q.codePointCount(0, q.length()) < MIN_LETTERS) {
            searches.cancel();
            matches.clear();
            highlighted.set(-1);
            answered.set(false);
            shownFor = "";
            status.set(q.isEmpty() ? "" : "picker.typeMore");
            return;
        }
        status.set("picker.searching");
        answered.set(false);
        String sent = th.ac.ums.model.validation.TextForm.normalize(q);    // both spellings of a Thai name find it
        searches.run(() -> source.apply(PageQuery.first(Map.of("q", sent), null, LIMIT)), page -> {
            shownFor = q;
            matches.setAll(page.data());
            highlighted.set(page.data().isEmpty() ? -1 : 0);
            answered.set(true);
            status.set(page.data().isEmpty() ? I18n.compose("picker.none", q)
                    : !page.totalExact() ? I18n.compose("picker.moreThan", formats.number(page.data().size()))
                    : page.total() > page.data().size()
                    ? I18n.compose("picker.more", formats.number(page.data().size()), formats.number(page.total()))
                    : "");
        }, failure -> {
            matches.clear();
            highlighted.set(-1);
            answered.set(false);
            status.set(TaskRunner.describe(failure));
        });
    }

    /** Moves the highlight down (+1) or up (-1) among the matches, staying on the list. */
    @Override
    public void move(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        int next = highlighted.get() < 0 ? 0 : highlighted.get() + delta;
        highlighted.set(Math.max(0, Math.min(matches.size() - 1, next)));
    }

    /** Enter: chooses the highlighted match; false when there is none (Enter then goes on to the form). */
    @Override
    public boolean enter() {
        int i = highlighted.get();
        if (i < 0 || i >= matches.size()) {
            return false;
        }
        choose(matches.get(i));
        return true;
    }

    /** Chooses a person (a click on a match, or a person chosen elsewhere: the Student 360, a link). */
    @Override
    public void choose(StudentDto s) {
        searches.cancel();
        chosen.set(s);
        matches.clear();
        highlighted.set(-1);
        answered.set(false);
        status.set("");
        shownFor = "";
        if (s != null) {
            text.set(label(s));
        }
    }

    /** Forgets the choice and the text. */
    @Override
    public void clear() {
        chosen.set(null);
        text.set("");
    }

    /** Esc with matches showing: they go, the text stays. */
    @Override
    public void dismiss() {
        searches.cancel();
        matches.clear();
        highlighted.set(-1);
        answered.set(false);
        status.set("");
        shownFor = "";
    }

    private void typed(String now) {
        StudentDto s = chosen.get();
        if (s != null && !label(s).equals(now)) {
            chosen.set(null);
        }
    }

    /** The person as the field shows them once chosen: code and name in the current language. */
    @Override
    public String label(StudentDto s) {
        return formats.person(s.studentCode(), s.firstNameTh() + " " + s.lastNameTh(),
                s.firstNameEn() + " " + s.lastNameEn());
    }

    /** A match's second line: the other name, program and status in words. */
    @Override
    public String details(StudentDto s) {
        String other = formats.thai() ? s.firstNameEn() + " " + s.lastNameEn() : s.firstNameTh() + " " + s.lastNameTh();
        String program = s.programCode() == null ? "" : s.programCode() + " "
                + formats.name(s.programNameTh(), s.programNameEn());
        return other + " · " + program.trim() + " · " + formats.word("StudentStatus", s.status());
    }

    @Override
    public StringProperty text() {
        return text;
    }

    @Override
    public ObservableList<StudentDto> matches() {
        return matches;
    }

    @Override
    public ReadOnlyObjectProperty<StudentDto> chosen() {
        return chosen;
    }

    @Override
    public IntegerProperty highlighted() {
        return highlighted;
    }

    /** Why the list is as it is: a message key ({@code picker.none:q}, {@code list.failed:…}) or empty. */
    @Override
    public StringProperty status() {
        return status;
    }

    /** True once the server has answered for the text shown (an empty answer really is empty). */
    @Override
    public BooleanProperty answered() {
        return answered;
    }

    /** The search in flight (spinner) and its failure. */
    public LoadStatus searching() {
        return searches;
    }
}
