package th.ac.ums.client.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.TypeAheadModel;
import th.ac.ums.model.Dtos.CourseDto;

/**
 * Finding a course the way registrars know it: by its code (or the start of it) or a word of its
 * Thai or English title. The catalogue is read once (a few hundred courses) and searched here.
 */
public final class CourseFinderViewModel implements TypeAheadModel<CourseDto> {
    public static final int LIMIT = 8;

    private final Supplier<List<CourseDto>> catalogue;
    private final TaskRunner.Latest loads;
    private final Formats formats;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CourseDto> matches = FXCollections.observableArrayList();
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final ObjectProperty<CourseDto> chosen = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty answered = new SimpleBooleanProperty(false);
    private List<CourseDto> courses;

    public CourseFinderViewModel(Supplier<List<CourseDto>> catalogue, TaskRunner tasks, Formats formats) {
        this.catalogue = catalogue;
        this.loads = tasks.latest("courses");
        this.formats = formats;
        text.addListener((o, was, now) -> {
            CourseDto c = chosen.get();
            if (c != null && !label(c).equals(now)) {
                chosen.set(null);
            }
        });
    }

    @Override
    public void search() {
        String q = text.get() == null ? "" : text.get().strip();
        if (chosen.get() != null) {
            return;
        }
        if (q.isEmpty()) {
            dismiss();
            return;
        }
        if (courses == null) {
            status.set("picker.searching");
            loads.run(catalogue::get, all -> {
                courses = List.copyOf(all);
                search();
            }, e -> status.set(TaskRunner.describe(e)));
            return;
        }
        String lower = q.toLowerCase(Locale.ROOT);
        List<CourseDto> found = new ArrayList<>();
        int total = 0;
        for (CourseDto c : courses) {
            if (c.code().toLowerCase(Locale.ROOT).startsWith(lower)
                    || c.titleEn().toLowerCase(Locale.ROOT).contains(lower) || c.titleTh().contains(q)) {
                total++;
                if (found.size() < LIMIT) {
                    found.add(c);
                }
            }
        }
        matches.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
        answered.set(true);
        status.set(found.isEmpty() ? I18n.compose("courses.none", q) : total > found.size()
                ? I18n.compose("picker.more", formats.number(found.size()), formats.number(total)) : "");
    }

    @Override
    public void move(int delta) {
        if (!matches.isEmpty()) {
            int next = highlighted.get() < 0 ? 0 : highlighted.get() + delta;
            highlighted.set(Math.max(0, Math.min(matches.size() - 1, next)));
        }
    }

    @Override
    public boolean enter() {
        int i = highlighted.get();
        if (i < 0 || i >= matches.size()) {
            return false;
        }
        choose(matches.get(i));
        return true;
    }

    @Override
    public void choose(CourseDto c) {
        chosen.set(c);
        dismiss();
        if (c != null) {
            text.set(label(c));
        }
    }

    @Override
    public void clear() {
        chosen.set(null);
        text.set("");
        dismiss();
    }

    @Override
    public void dismiss() {
        matches.clear();
        highlighted.set(-1);
        answered.set(false);
        status.set("");
    }

    @Override
    public String label(CourseDto c) {
        return c.code() + " " + formats.name(c.titleTh(), c.titleEn());
    }

    @Override
    public String details(CourseDto c) {
        return (formats.thai() ? c.titleEn() : c.titleTh()) + " · " + c.credits() + " " + formats.i18n()
                .get("student.credits");
    }

    @Override
    public StringProperty text() {
        return text;
    }

    @Override
    public ObservableList<CourseDto> matches() {
        return matches;
    }

    @Override
    public IntegerProperty highlighted() {
        return highlighted;
    }

    @Override
    public ReadOnlyObjectProperty<CourseDto> chosen() {
        return chosen;
    }

    @Override
    public StringProperty status() {
        return status;
    }

    @Override
    public BooleanProperty answered() {
        return answered;
    }
}
