package th.ac.ums.client.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.BankApi;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.model.Dtos.BankLineDto;

class BankLinesViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final ApiClient client = new ApiClient(fake);
    private final BankLinesViewModel vm = new BankLinesViewModel(new BankApi(client), new Session(client,
            TaskRunner.direct()), TaskRunner.direct());

    BankLinesViewModelTest() {
        fake.on("GET", "/payments/bank-lines", r -> FakeTransport.json(200, Map.of("data", List.of(), "pageSize", 100,
                "total", 0)));
    }

    static BankLineDto line(String outcome) {
        return new BankLineDto(1, 1, "ktb", "T", 1, 2, Instant.EPOCH, "1.00", null, null, null, outcome, null, null,
                null, null, null, null);
    }

    @Test
    void theUnmatchedLinesAreTheDefaultNewestFirst() {
        vm.apply();
        assertEquals(Map.of("outcome", "UNMATCHED"), vm.filters());
        String path = fake.seen().get(fake.seen().size() - 1).path();
        assertTrue(path.contains("outcome=UNMATCHED") && path.contains("sort=-paidAt"), path);
    }

    @Test
    void allBanksAndDaysAreSentAsFilters() {
        vm.outcome().set("");
        vm.bank().set("scb");
        vm.from().set(LocalDate.of(2026, 8, 1));
        vm.to().set(LocalDate.of(2026, 8, 31));
        assertEquals(Map.of("bank", "scb", "from", "2026-08-01", "to", "2026-08-31"), vm.filters());
        vm.showUnmatched();
        assertEquals(Map.of("outcome", "UNMATCHED"), vm.filters());
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedBesideItAndNothingIsAsked() {
        vm.from().set(LocalDate.of(2026, 8, 31));
        vm.to().set(LocalDate.of(2026, 8, 1));
        int before = fake.seen().size();
        vm.apply();
        assertEquals("bank.toBeforeFrom", vm.fieldErrors().get("to"));
        assertEquals(before, fake.seen().size());
    }

    @Test
    void onlyAnUnmatchedLineCanBeAssignedOrReturned() {
        assertEquals("bank.selectLine", vm.why());
        vm.selected().set(line("ASSIGNED"));
        assertEquals("bank.notUnmatched", vm.why());
        vm.selected().set(line("UNMATCHED"));
        assertEquals("", vm.why());
    }
}
