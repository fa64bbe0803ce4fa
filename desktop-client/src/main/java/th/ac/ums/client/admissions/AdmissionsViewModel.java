package th.ac.ums.client.admissions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.AdmissionsApi;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Enums.ApplicationStatus;

/**
 * The admissions pipeline: applications by status, and decisions or admission applied to exactly
 * the applications selected, after a review that names them (all or nothing on the server). An
 * application that cannot take the step (already admitted, rejected...) is named before anything
 * is sent; one the server refuses (someone else moved it meanwhile) is named from the refusal.
 */
public final class AdmissionsViewModel {
    /** What a review shows: the action (a decision or "ADMITTED"), the applications, those that cannot move. */
    public record Review(String action, List<ApplicationDto> applications, List<ApplicationDto> blocked) {
        public Review {
            applications = List.copyOf(applications);
            blocked = List.copyOf(blocked);
        }

        public boolean possible() {
            return !applications.isEmpty() && blocked.isEmpty();
        }
    }

    private final AdmissionsApi api;
    private final TaskRunner tasks;
    /** The programs (reference data); a second load supersedes an earlier one. */
    private final TaskRunner.Latest programLoads;
    private final Formats formats;
    private final PagedList<ApplicationDto> rows;
    private final StringProperty status = new SimpleStringProperty("SUBMITTED");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public AdmissionsViewModel(AdmissionsApi api, Session session, TaskRunner tasks, Formats formats) {
        this.api = api;
        this.tasks = tasks;
        this.programLoads = tasks.latest("programs");
        this.formats = formats;
        this.rows = new PagedList<>(api::page, tasks, () -> session.online().get(), 100, 100);
    }

    private final javafx.collections.ObservableMap<Long, th.ac.ums.model.Dtos.ProgramDto> programs =
            javafx.collections.FXCollections.observableHashMap();

    /** Loads the programs (reference data) so that a program is shown by its name, not only its code. */
    public void loadPrograms(java.util.concurrent.Callable<List<th.ac.ums.model.Dtos.ProgramDto>> all) {
        programLoads.run(all, list -> list.forEach(p -> programs.put(p.id(), p)), e -> { });
    }

    public javafx.collections.ObservableMap<Long, th.ac.ums.model.Dtos.ProgramDto> programs() {
        return programs;
    }

    /** An application's program as staff read it: code and name in the current language ("ENG02 Civil Engineering"). */
    public String program(ApplicationDto a) {
        var p = programs.get(a.programId());
        return p == null ? a.programCode() : a.programCode() + " " + formats.name(p.nameTh(), p.nameEn());
    }

    public void apply() {
        rows.setQuery(status.get() == null || status.get().isBlank() ? Map.of() : Map.of("status", status.get()),
                "-createdAt");
    }

    /**
     * The review of an action (ACCEPTED, WAITLISTED, REJECTED, or ADMITTED to admit) on the
     * applications selected; sets the message when there is nothing to review or some cannot move.
     */
    public Review review(List<ApplicationDto> selected, String action) {
        List<ApplicationDto> apps = selected.stream().filter(java.util.Objects::nonNull).distinct().toList();
        ApplicationStatus to = ApplicationStatus.valueOf(action);
        List<ApplicationDto> blocked = new ArrayList<>();
        for (ApplicationDto a : apps) {
            if (!allowed(ApplicationStatus.valueOf(a.status()), to)) {
                blocked.add(a);
            }
        }
        Review r = new Review(action, apps, blocked);
        failed.set(false);
        if (apps.isEmpty()) {
            failed.set(true);
            message.set("admissions.selectSome");
        } else if (!blocked.isEmpty()) {
            failed.set(true);
            // say why: only accepted applicants are admitted; decisions are for applications not yet decided
            message.set(I18n.compose(to == ApplicationStatus.ADMITTED ? "admissions.cannotAdmit"
                    : "admissions.cannot", word(to), names(blocked, true)));
        } else {
            message.set("");
        }
        return r;
    }

    /** Sends a reviewed action; {@code done} runs after it (the view clears the selection either way). */
    public void apply(Review r, Runnable done) {
        if (!r.possible()) {
            done.run();
            return;
        }
        List<Long> ids = r.applications().stream().map(ApplicationDto::id).toList();
        String n = note.get() == null || note.get().isBlank() ? null : note.get().trim();
        busy.set(true);
        tasks.run(() -> "ADMITTED".equals(r.action()) ? api.admit(ids) : api.decide(ids, r.action(), n), moved -> {
            busy.set(false);
            failed.set(false);
            // the list and the selection first, the result last: whoever reads the result sees them done
            apply();
            done.run();
            message.set(I18n.compose(("ADMITTED".equals(r.action()) ? "admissions.admittedNames"
                    : "admissions.decidedNames") + (moved.size() == 1 ? ".one" : ""), formats.number(moved.size()),
                    word(ApplicationStatus.valueOf(r.action())), names(r.applications(), false)));
        }, t -> {
            busy.set(false);
            failed.set(true);
            List<ApplicationDto> named = t instanceof ApiException e ? r.applications().stream()
                    .filter(a -> e.problem().ids().contains(a.id())).toList() : List.of();
            apply();
            done.run();
            message.set(named.isEmpty() ? ApiException.messageOf(t) : I18n.compose("admissions.refused",
                    word(ApplicationStatus.valueOf(r.action())), names(named, false)));
        });
    }

    /** The allowed moves (api.md): anything else is refused. */
    static boolean allowed(ApplicationStatus from, ApplicationStatus to) {
        Set<ApplicationStatus> next = switch (from) {
            case SUBMITTED -> EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.ACCEPTED,
                    ApplicationStatus.REJECTED, ApplicationStatus.WAITLISTED, ApplicationStatus.WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED,
                    ApplicationStatus.WAITLISTED, ApplicationStatus.WITHDRAWN);
            case WAITLISTED -> EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED,
                    ApplicationStatus.WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ApplicationStatus.ADMITTED, ApplicationStatus.WITHDRAWN);
            default -> EnumSet.noneOf(ApplicationStatus.class);
        };
        return next.contains(to);
    }

    /** An applicant's name in the current language. */
    public String name(ApplicationDto a) {
        return formats.name(a.firstNameTh() + " " + a.lastNameTh(), a.firstNameEn() + " " + a.lastNameEn());
    }

    /** Names joined with commas; with their status when {@code withStatus} ("สมชาย ใจดี (Admitted)"). */
    private String names(List<ApplicationDto> apps, boolean withStatus) {
        List<String> out = new ArrayList<>();
        int shown = Math.min(apps.size(), 10);
        for (int i = 0; i < shown; i++) {
            ApplicationDto a = apps.get(i);
            out.add(name(a) + (withStatus ? " (" + formats.word("ApplicationStatus", a.status()) + ")" : ""));
        }
        String s = String.join(", ", out);
        return apps.size() > shown ? formats.i18n().get("admissions.andMore", s, apps.size() - shown) : s;
    }

    /** A status for a message: in words in the language the message is read in. */
    private String word(ApplicationStatus s) {
        return I18n.word("ApplicationStatus", s.name());
    }

    public PagedList<ApplicationDto> rows() {
        return rows;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty message() {
        return message;
    }

    /** Whether {@link #message()} is a refusal. */
    public BooleanProperty failed() {
        return failed;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
