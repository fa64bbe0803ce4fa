package th.ac.ums.client.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

class HelpdeskViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final ManualTasks tasks = new ManualTasks();
    private final HelpdeskViewModel vm = new HelpdeskViewModel(new PeopleApi(new ApiClient(fake)), tasks.runner());

    private static UserDto user(long id, String email) {
        return new UserDto(id, 1, email, email, List.of(Role.REGISTRAR), false, false, Instant.EPOCH, null, null);
    }

    private static Map<String, Object> page(List<?> rows) {
        return Map.of("data", rows, "pageSize", 100, "total", rows.size(), "totalExact", true, "totalPages", 1);
    }

    private static Map<String, Object> session(long userId, String ip) {
        return Map.of("id", "s" + userId, "userId", userId, "email", "u" + userId + "@ums.ac.th", "roles",
                List.of("REGISTRAR"), "createdAt", "2026-11-30T01:00:00Z", "lastSeenAt", "2026-11-30T02:00:00Z",
                "expiresAt", "2026-11-30T09:00:00Z", "ip", ip, "client", "UMS Console");
    }

    HelpdeskViewModelTest() {
        fake.on("GET", "/sessions", r -> {
            long id = Long.parseLong(r.path().replaceAll(".*userId=(\\d+).*", "$1"));
            return FakeTransport.json(200, page(List.of(session(id, "10.0.0." + id))));
        });
        fake.on("GET", "/sessions/history", r -> FakeTransport.json(200, page(List.of())));
    }

    @Test
    void theSessionsShownAreThoseOfTheUserSelectedLastWhateverOrderTheAnswersArriveIn() {
        vm.selected().set(user(1, "a@ums.ac.th"));
        vm.selected().set(user(2, "b@ums.ac.th"));
        tasks.runLast();     // user 2's history
        tasks.runLast();     // user 2's sessions
        tasks.runAll();      // user 1's answers arrive late
        assertEquals(1, vm.sessions().size());
        assertEquals(2, vm.sessions().get(0).userId(), "user 1's late answer did not replace user 2's sessions");
    }

    @Test
    void aRefusedSearchEmptiesTheListAndSaysSoInsteadOfShowingNoResults() {
        fake.on("GET", "/helpdesk/users", r -> FakeTransport.problem(403, "Helpdesk staff only.", List.of()));
        vm.query().set("someone");
        vm.search();
        tasks.runAll();
        assertTrue(vm.users().isEmpty());
        assertEquals("list.failed:Helpdesk staff only.", vm.searching().error().get());
    }
}
