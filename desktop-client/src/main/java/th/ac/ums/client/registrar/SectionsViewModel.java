package th.ac.ums.client.registrar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.api.RegistrarApi;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.PersonPickerViewModel;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.CourseDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Dtos.TermDto;

/**
 * Terms, their sections (seats taken of capacity) and enrolling a student in a section, both chosen
 * by what people know: the course by code or title ({@link CourseFinderViewModel}), the student by
 * code, name or e-mail ({@link PersonPickerViewModel}). Success names the student and the section in
 * words; a refusal explains itself (full, not active, or each hold that blocks registration, once).
 */
public final class SectionsViewModel {
    private final RegistrarApi api;
    private final TaskRunner tasks;
    private final Formats formats;
    private final ObservableList<TermDto> terms = FXCollections.observableArrayList();
    private final ObjectProperty<TermDto> term = new SimpleObjectProperty<>();
    private final PagedList<SectionDto> sections;
    private final PersonPickerViewModel student;
    private final CourseFinderViewModel course;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObservableList<String> holds = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final TaskRunner.Latest termLoads;
    private final Supplier<LocalDate> today;

    /**
     * @param student the person picker's model (students of the server)
     * @param today   today in the university's zone (the term shown first is the one running today)
     */
    public SectionsViewModel(RegistrarApi api, PersonPickerViewModel student, Session session, TaskRunner tasks,
                             Formats formats, Supplier<LocalDate> today) {
        this.api = api;
        this.tasks = tasks;
        this.formats = formats;
        this.today = today;
        this.student = student;
        this.course = new CourseFinderViewModel(api::allCourses, tasks, formats);
        this.termLoads = tasks.latest("terms");
        this.sections = new PagedList<>(api::sections, tasks, () -> session.online().get(), 100, 100);
        term.addListener((o, was, now) -> showSections());
        course.chosen().addListener((o, was, now) -> showSections());
        student.chosen().addListener((o, was, now) -> clearMessage());
    }

    public void load() {
        termLoads.run(() -> api.terms(PageQuery.first(Map.of(), "-startsOn", 100)).data(), list -> {
            terms.setAll(list);
            if (!list.isEmpty() && term.get() == null) {
                term.set(current(list));
            }
        }, t -> {
            failed.set(true);
            message.set(ApiException.messageOf(t));
        });
    }

    /** The term running today, else the latest that has started, else the first (terms come newest first). */
    private TermDto current(java.util.List<TermDto> newestFirst) {
        LocalDate now = today.get();
        return newestFirst.stream().filter(t -> t.startsOn() != null && !t.startsOn().isAfter(now)
                && (t.endsOn() == null || !t.endsOn().isBefore(now))).findFirst()
                .or(() -> newestFirst.stream().filter(t -> t.startsOn() != null && !t.startsOn().isAfter(now))
                        .findFirst())
                .orElse(newestFirst.get(0));
    }

    private void showSections() {
        TermDto t = term.get();
        Map<String, String> f = new LinkedHashMap<>();
        if (t != null) {
            f.put("termId", Long.toString(t.id()));
        }
        CourseDto c = course.chosen().get();
        if (c != null) {
            f.put("courseId", Long.toString(c.id()));
        }
        sections.setQuery(f, "course");
    }

    /** Enrols the chosen student in the section; the answer is named in words. */
    public void enroll(SectionDto section) {
        clearMessage();
        StudentDto s = student.chosen().get();
        if (s == null || section == null) {
            failed.set(true);
            message.set(s == null ? "sections.pickStudent" : "sections.pickSection");
            return;
        }
        String who = I18n.person(s.studentCode(), s.firstNameTh() + " " + s.lastNameTh(),
                s.firstNameEn() + " " + s.lastNameEn());
        String what = sectionWords(section);
        if (!"ACTIVE".equals(s.status())) {
            failed.set(true);
            message.set(I18n.compose("sections.notActive", who, I18n.word("StudentStatus", s.status())));
            return;
        }
        busy.set(true);
        tasks.run(() -> api.enroll(s.id(), section.id()), e -> {
            busy.set(false);
            failed.set(false);
            message.set(I18n.compose("sections.enrolledIn", who, what));
            sections.refreshWhere(x -> x != null && x.id() == section.id());
        }, t -> {
            busy.set(false);
            failed.set(true);
            if (t instanceof ApiException e && !e.problem().holds().isEmpty()) {
                holds.setAll(e.problem().holds().stream().distinct().map(this::hold).toList());
                message.set(I18n.compose("sections.blocked", who, what));
            } else {
                message.set(ApiException.messageOf(t));
            }
        });
    }

    /** "0104101 Fundamentals of …, section 001, term 2569/2". */
    public String sectionWords(SectionDto s) {
        return formats.i18n().get("sections.section", s.courseCode(), formats.name(s.courseTitleTh(),
                s.courseTitleEn()), s.sectionNo(), s.termCode());
    }

    /** A hold as the server lists it ("FINANCIAL: unpaid tuition") in words ("Financial — unpaid tuition"). */
    private String hold(String text) {
        int colon = text.indexOf(": ");
        if (colon < 0) {
            return text;
        }
        return formats.word("HoldType", text.substring(0, colon)) + " — " + text.substring(colon + 2);
    }

    private void clearMessage() {
        message.set("");
        failed.set(false);
        holds.clear();
    }

    public ObservableList<TermDto> terms() {
        return terms;
    }

    public ObjectProperty<TermDto> term() {
        return term;
    }

    public PagedList<SectionDto> sections() {
        return sections;
    }

    public PersonPickerViewModel student() {
        return student;
    }

    public CourseFinderViewModel course() {
        return course;
    }

    /** What the last enrolment did, or why not (a message; a composed one names student and section). */
    public StringProperty message() {
        return message;
    }

    /** Whether {@link #message()} is a refusal. */
    public BooleanProperty failed() {
        return failed;
    }

    /** The holds that blocked the last enrolment, each once, in words. */
    public ObservableList<String> holds() {
        return holds;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
