package th.ac.ums.client.admissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.AdmissionsApi;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.ApplicationDto;

class AdmissionsViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final ApiClient client = new ApiClient(fake);
    private final AdmissionsViewModel vm = new AdmissionsViewModel(new AdmissionsApi(client),
            new Session(client, TaskRunner.direct()), TaskRunner.direct(), new Formats(i18n));
    private final List<String> bodies = new ArrayList<>();

    static ApplicationDto app(long id, String th, String en, String status) {
        String[] t = th.split(" ");
        String[] e = en.split(" ");
        return new ApplicationDto(id, 1, id, t[0], t[1], e[0], e[1], "a" + id + "@example.com", 4, "ENG04", 9, status,
                null, null, null, Instant.EPOCH);
    }

    AdmissionsViewModelTest() {
        fake.on("GET", "/applications", r -> FakeTransport.json(200, Map.of("data", List.of(), "pageSize", 100,
                "total", 0, "totalExact", true, "totalPages", 0)));
        fake.on("POST", "/applications/decisions", r -> {
            bodies.add(r.body());
            return FakeTransport.json(200, Map.of("data", List.of(app(1, "ปวีณา ใจดี", "Pawina Jaidee", "ACCEPTED"),
                    app(2, "สมชาย ศรีสุข", "Somchai Sisuk", "ACCEPTED"))));
        });
    }

    @Test
    void theReviewCountsAndNamesTheSelectedAndTheActionSendsExactlyThose() {
        var r = vm.review(java.util.Arrays.asList(app(1, "ปวีณา ใจดี", "Pawina Jaidee", "SUBMITTED"), null,
                app(2, "สมชาย ศรีสุข", "Somchai Sisuk", "UNDER_REVIEW")), "ACCEPTED");
        assertTrue(r.possible());
        assertEquals(2, r.applications().size(), "rows not loaded are never part of an action");
        assertTrue(bodies.isEmpty(), "the review sends nothing");
        AtomicBoolean cleared = new AtomicBoolean();
        vm.apply(r, () -> cleared.set(true));
        assertEquals(1, bodies.size());
        assertTrue(bodies.get(0).contains("\"ids\":[1,2]"), bodies.get(0));
        assertTrue(cleared.get(), "the view clears the selection after");
        assertEquals("2 applications set to Accepted: Pawina Jaidee, Somchai Sisuk.", i18n.message(vm.message().get()));
    }

    @Test
    void anApplicationThatCannotMoveIsNamedAndNothingIsSent() {
        var r = vm.review(List.of(app(1, "ปวีณา ใจดี", "Pawina Jaidee", "SUBMITTED"),
                app(3, "อรทัย มณีรัตน์", "Orathai Manirat", "ADMITTED")), "ACCEPTED");
        assertFalse(r.possible());
        assertTrue(vm.failed().get());
        assertEquals("Nothing was changed: cannot set to Accepted: Orathai Manirat (Admitted). Remove them from the "
                + "selection.", i18n.message(vm.message().get()));
        vm.apply(r, () -> { });
        assertTrue(bodies.isEmpty());
    }

    @Test
    void aRefusalByTheServerNamesTheApplicantsFromItsIds() {
        fake.on("POST", "/applications/decisions", r -> FakeTransport.json(409, Map.of("type", "about:blank",
                "title", "Conflict", "status", 409, "detail", "Cannot move to REJECTED: 2 (ADMITTED).", "ids",
                List.of(2))));
        var r = vm.review(List.of(app(1, "ปวีณา ใจดี", "Pawina Jaidee", "SUBMITTED"),
                app(2, "สมชาย ศรีสุข", "Somchai Sisuk", "SUBMITTED")), "REJECTED");
        vm.apply(r, () -> { });
        assertTrue(vm.failed().get());
        String shown = i18n.message(vm.message().get());
        assertTrue(shown.contains("Somchai Sisuk") && !shown.contains(" 2 "), shown);
    }

    @Test
    void nothingSelectedSaysSo() {
        assertFalse(vm.review(List.of(), "REJECTED").possible());
        assertEquals("admissions.selectSome", vm.message().get());
        assertEquals(0, ApiException.UNREACHABLE);
    }
}
