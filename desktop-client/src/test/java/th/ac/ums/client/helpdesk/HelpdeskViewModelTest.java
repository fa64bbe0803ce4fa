package th.ac.ums.client.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.helpdesk.HelpdeskViewModel.Action;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

class HelpdeskViewModelTest {
    private static final Instant LOCK_END = Instant.parse("2026-11-30T07:35:00Z");
    private final FakeTransport fake = new FakeTransport();
    private final ManualTasks tasks = new ManualTasks();
    private final AtomicBoolean callerIsAdmin = new AtomicBoolean(false);
    private final HelpdeskViewModel vm = new HelpdeskViewModel(new PeopleApi(new ApiClient(fake)), tasks.runner(),
            callerIsAdmin::get);
    private final Formats english = new Formats(new I18n(Locale.ENGLISH));
    /** Live sessions per user id, as the fake server has them. */
    private final Map<Long, Integer> live = new java.util.HashMap<>();
    private final AtomicReference<UserDto> row = new AtomicReference<>();

    private static UserDto user(long id, String email, boolean twoFactor, Instant lockedUntil, Role... roles) {
        return new UserDto(id, 1, email, "Name " + id, List.of(roles.length == 0 ? new Role[] {Role.REGISTRAR} : roles),
                false, twoFactor, Instant.EPOCH, null, lockedUntil);
    }

    private static UserDto user(long id, String email) {
        return user(id, email, false, null);
    }

    private static Map<String, Object> page(List<?> rows) {
        return Map.of("data", rows, "pageSize", 100, "total", rows.size(), "totalExact", true, "totalPages", 1);
    }

    private static Map<String, Object> session(long userId, String ip) {
        return Map.of("id", "s" + userId + ip, "userId", userId, "email", "u" + userId + "@ums.ac.th", "roles",
                List.of("REGISTRAR"), "createdAt", "2026-11-30T01:00:00Z", "lastSeenAt", "2026-11-30T02:00:00Z",
                "expiresAt", "2026-11-30T09:00:00Z", "ip", ip, "client", "UMS Console");
    }

    HelpdeskViewModelTest() {
        fake.on("GET", "/sessions", r -> {
            long id = Long.parseLong(r.path().replaceAll(".*userId=(\\d+).*", "$1"));
            List<Object> rows = new ArrayList<>();
            for (int i = 0; i < live.getOrDefault(id, 1); i++) {
                rows.add(session(id, "10.0." + id + "." + i));
            }
            return FakeTransport.json(200, page(rows));
        });
        fake.on("GET", "/sessions/history", r -> FakeTransport.json(200, page(List.of())));
        for (long id = 1; id <= 9; id++) {
            fake.on("GET", "/helpdesk/users/" + id + "/sign-ins", r -> FakeTransport.json(200, page(List.of(
                    Map.of("at", "2026-11-30T07:05:00Z", "ip", "10.9.9.9", "client", "Firefox", "reason",
                            "wrong-password")))));
        }
        fake.on("GET", "/helpdesk/users", r -> FakeTransport.json(200, page(row.get() == null ? List.of()
                : List.of(row.get()))));
    }

    /** Selects the user and delivers the answers of its loads (sessions, history, sign-ins). */
    private void select(UserDto u) {
        vm.selected().set(u);
        tasks.runAll();
    }

    @Test
    void theListsShownAreThoseOfTheUserSelectedLastWhateverOrderTheAnswersArriveIn() {
        vm.selected().set(user(1, "a@ums.ac.th"));
        vm.selected().set(user(2, "b@ums.ac.th"));
        tasks.runLast();     // user 2's failed sign-ins
        tasks.runLast();     // user 2's history
        tasks.runLast();     // user 2's sessions
        tasks.runAll();      // user 1's answers arrive late
        assertEquals(1, vm.sessions().size());
        assertEquals(2, vm.sessions().get(0).userId(), "user 1's late answer did not replace user 2's sessions");
        assertEquals(1, vm.signIns().size());
        assertEquals("wrong-password", vm.signIns().get(0).reason());
    }

    @Test
    void aRefusedSearchEmptiesTheListAndSaysSoInsteadOfShowingNoResults() {
        fake.on("GET", "/helpdesk/users", r -> FakeTransport.problem(403, "Helpdesk staff only.", List.of()));
        vm.query().set("someone");
        vm.search();
        tasks.runAll();
        assertTrue(vm.users().isEmpty());
        assertEquals("The server refused the request: Helpdesk staff only.",
                new th.ac.ums.client.ui.I18n(java.util.Locale.ENGLISH).message(vm.searching().error().get()));
    }

    @Test
    void withNobodySelectedNothingCanBeDoneAndEachActionSaysSo() {
        for (Action a : Action.values()) {
            assertEquals("helpdesk.why.pick", vm.why(a).get(), a.name());
        }
    }

    @Test
    void unlockingNeedsALock() {
        select(user(1, "a@ums.ac.th"));
        assertEquals("helpdesk.why.notLocked", vm.why(Action.UNLOCK).get());
        select(user(2, "b@ums.ac.th", false, LOCK_END));
        assertEquals("", vm.why(Action.UNLOCK).get());
    }

    @Test
    void resettingTwoFactorNeedsItOnAndIsNotSentWhenItIsOff() {
        select(user(1, "a@ums.ac.th"));
        assertEquals("helpdesk.why.twoFactorOff", vm.why(Action.RESET_TWO_FACTOR).get());
        vm.resetTwoFactor();
        tasks.runAll();
        assertEquals(0, fake.count("DELETE", "/users/1/2fa"), "nothing was sent");
        select(user(2, "b@ums.ac.th", true, null));
        assertEquals("", vm.why(Action.RESET_TWO_FACTOR).get());
    }

    @Test
    void endingAllSessionsNeedsTheSessionsLoadedAndAtLeastOne() {
        live.put(1L, 0);
        vm.selected().set(user(1, "a@ums.ac.th"));
        assertEquals("helpdesk.why.loading", vm.why(Action.END_ALL).get(), "while the sessions load");
        tasks.runAll();
        assertEquals("helpdesk.why.noSessions", vm.why(Action.END_ALL).get());
        live.put(2L, 2);
        select(user(2, "b@ums.ac.th"));
        assertEquals("", vm.why(Action.END_ALL).get());
        fake.on("GET", "/sessions", r -> FakeTransport.problem(500, "Database down.", List.of()));
        vm.refresh();
        tasks.runAll();
        assertEquals("helpdesk.why.sessionsFailed", vm.why(Action.END_ALL).get(), "unknown is not none");
    }

    @Test
    void aHelpdeskAgentCannotEndAnAdministratorsSessionsOrResetTheirTwoFactorButCanUnlockThem() {
        live.put(3L, 2);
        select(user(3, "boss@ums.ac.th", true, LOCK_END, Role.ADMIN));
        assertEquals("helpdesk.why.administrator", vm.why(Action.END_ALL).get());
        assertEquals("helpdesk.why.administrator", vm.why(Action.END_ONE).get());
        assertEquals("helpdesk.why.administrator", vm.why(Action.RESET_TWO_FACTOR).get());
        assertEquals("", vm.why(Action.UNLOCK).get(), "unlocking stays open to the helpdesk");
        vm.endAll();
        vm.endOne(vm.sessions().get(0));
        tasks.runAll();
        assertEquals(0, fake.count("DELETE", "/"), "nothing was sent");

        callerIsAdmin.set(true);
        select(user(4, "boss2@ums.ac.th", true, null, Role.ADMIN));
        assertEquals("", vm.why(Action.END_ALL).get());
        assertEquals("", vm.why(Action.RESET_TWO_FACTOR).get());
    }

    @Test
    void resultsNameThePersonAndCountTheSessionsThatEnded() {
        fake.on("DELETE", "/users/5/2fa", r -> FakeTransport.empty(204));
        fake.on("DELETE", "/users/5/sessions", r -> FakeTransport.empty(204));
        live.put(5L, 2);
        select(user(5, "somchai@ums.ac.th", true, null));
        vm.resetTwoFactor();
        tasks.runAll();
        assertEquals("Two-factor sign-in reset for somchai@ums.ac.th; 2 sessions ended.",
                vm.notice().get().text(english));
        live.put(5L, 1);
        vm.endAll();
        tasks.runAll();
        assertEquals("1 session of somchai@ums.ac.th ended.", vm.notice().get().text(english));
        english.i18n().locale().set(I18n.THAI);
        assertEquals("ยุติ 1 เซสชันของ somchai@ums.ac.th แล้ว", vm.notice().get().text(english),
                "the notice follows the language");
    }

    @Test
    void afterUnlockingTheUsersRowIsReadAgainAndShowsNoLock() {
        fake.on("POST", "/users/6/unlock", r -> FakeTransport.empty(204));
        UserDto locked = user(6, "locked@ums.ac.th", false, LOCK_END);
        row.set(locked);
        vm.search();
        tasks.runAll();
        select(vm.users().get(0));
        assertEquals("", vm.why(Action.UNLOCK).get());
        row.set(user(6, "locked@ums.ac.th"));
        vm.unlock();
        tasks.runAll();
        assertEquals("Sign-in unlocked for locked@ums.ac.th.", vm.notice().get().text(english));
        assertEquals(null, vm.users().get(0).lockedUntil(), "the table's row");
        assertEquals(null, vm.selected().get().lockedUntil(), "the selected user");
        assertEquals("helpdesk.why.notLocked", vm.why(Action.UNLOCK).get());
    }

    @Test
    void aRefusalIsShownAsTheServerSaysIt() {
        fake.on("DELETE", "/users/7/2fa", r -> FakeTransport.problem(409,
                "Two-factor sign-in is not on for this user.", List.of()));
        select(user(7, "late@ums.ac.th", true, null));
        vm.resetTwoFactor();
        tasks.runAll();
        assertTrue(vm.notice().get().error());
        assertEquals("Nothing changed for late@ums.ac.th: someone else did it first. The screen now shows them as"
                + " they are.", vm.notice().get().text(english));
        assertEquals(false, vm.acting().get());
    }
}
