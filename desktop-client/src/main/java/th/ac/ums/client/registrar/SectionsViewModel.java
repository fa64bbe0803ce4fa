package th.ac.ums.client.registrar;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.api.RegistrarApi;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.TermDto;

/**
 * Terms, their sections (seats taken of capacity) and enrolling a student into a section; a
 * refusal explains itself (full, not active, or the holds that block registration).
 */
public final class SectionsViewModel {
    private final RegistrarApi api;
    private final TaskRunner tasks;
    private final ObservableList<TermDto> terms = FXCollections.observableArrayList();
    private final ObjectProperty<TermDto> term = new SimpleObjectProperty<>();
    private final PagedList<SectionDto> sections;
    private final StringProperty studentId = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final TaskRunner.Latest termLoads;
    private final Supplier<LocalDate> today;

    public SectionsViewModel(RegistrarApi api, Session session, TaskRunner tasks) {
        this(api, session, tasks, LocalDate::now);
    }

    /** @param today today in the university's zone (the term shown first is the one running today) */
    public SectionsViewModel(RegistrarApi api, Session session, TaskRunner tasks, Supplier<LocalDate> today) {
        this.api = api;
        this.tasks = tasks;
        this.today = today;
        this.termLoads = tasks.latest("terms");
        this.sections = new PagedList<>(api::sections, tasks, () -> session.online().get(), 100, 100);
        term.addListener((o, was, now) -> showSections());
    }

    public void load() {
        termLoads.run(() -> api.terms(PageQuery.first(Map.of(), "-startsOn", 100)).data(), list -> {
            terms.setAll(list);
            if (!list.isEmpty() && term.get() == null) {
                term.set(current(list));
            }
        }, this::failed);
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
        sections.setQuery(t == null ? Map.of() : Map.of("termId", Long.toString(t.id())), "course");
    }

    public void enroll(SectionDto section) {
        String sid = studentId.get().trim();
        if (section == null || !sid.matches("\\d{1,18}")) {
            message.set("sections.pick");
            return;
        }
        long student = Long.parseLong(sid);
        tasks.run(() -> api.enroll(student, section.id()), e -> {
            message.set("sections.enrolled:" + e.courseCode() + " " + e.sectionNo());
            sections.refreshWhere(s -> s != null && s.id() == section.id());
        }, this::failed);
    }

    private void failed(Throwable t) {
        if (t instanceof ApiException e) {
            String holds = e.problem().holds().isEmpty() ? "" : " — " + String.join("; ", e.problem().holds());
            message.set(e.getMessage() + holds);
        } else {
            message.set("error.unexpected");
        }
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

    public StringProperty studentId() {
        return studentId;
    }

    public StringProperty message() {
        return message;
    }
}
