package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.Transport;
import th.ac.ums.client.data.SignedInUser;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Role;

/** The cashier's screen: the day checked, its receipts filtered, reprints and the day's batch, the day close. */
class CashierViewModelTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final Formats formats = new Formats(i18n);
    private final FakeTransport fake = new FakeTransport();
    private final SignedInUser me = new SignedInUser(7, "mali@ums.ac.th", "Mali Srisuk", List.of(Role.FINANCE));
    @TempDir
    Path folder;

    static Map<String, Object> receipt(long id, String number, String kind, String status, String amount, long by) {
        Map<String, Object> r = new HashMap<>(Map.of("id", id, "version", 1, "number", number, "kind", kind, "status",
                status, "issuedAt", "2026-12-02T03:15:00Z", "issuedBy", by, "paymentId", id, "invoiceId", 9,
                "studentCode", "68000007"));
        r.putAll(Map.of("studentNameTh", "สมชาย ใจดี", "studentNameEn", "Somchai Jaidee", "amount", amount, "method",
                "CASH", "invoiceNumber", "INV-25691-0000009", "issuedByName", by == 7 ? "Mali Srisuk" : "Somsak Jaidee"));
        return r;
    }

    static Map<String, Object> page(List<?> data, String next) {
        Map<String, Object> p = new HashMap<>(Map.of("data", data, "pageSize", 100, "total", data.size(), "totalExact",
                true, "totalPages", 1));
        p.put("nextCursor", next);
        return p;
    }

    static Map<String, Object> closeRow(long cashier, String name, String method, int count, String in, String out,
            String net, String first, String last, List<String> cancelled) {
        Map<String, Object> r = new HashMap<>(Map.of("cashierId", cashier, "cashierName", name, "method", method, "count",
                count, "moneyIn", in, "moneyOut", out, "net", net, "cancelledCount", cancelled.size(), "cancelledNumbers",
                cancelled));
        r.put("firstReceipt", first);
        r.put("lastReceipt", last);
        return r;
    }

    static Map<String, Object> dayClose() {
        return Map.of("date", "2026-12-02", "timeZone", "Asia/Bangkok", "from", "2026-12-01T17:00:00Z", "to",
                "2026-12-02T17:00:00Z", "rows", List.of(
                        closeRow(7, "Mali Srisuk", "CASH", 2, "1500.00", "0.00", "1500.00", "RC2570-000001",
                                "RC2570-000002", List.of()),
                        closeRow(8, "Somsak Jaidee", "CARD", 1, "0.00", "200.00", "-200.00", null, null,
                                List.of("CN2570-000001"))),
                "totals", Map.of("count", 3, "moneyIn", "1500.00", "moneyOut", "200.00", "net", "1300.00",
                        "cancelledCount", 1));
    }

    private CashierViewModel vm(TaskRunner tasks) {
        return new CashierViewModel(new FinanceApi(new ApiClient(fake)), tasks, formats,
                new Documents(() -> folder, p -> false), () -> me);
    }

    @Test
    void theDayIsTodayAndLoadsItsReceiptsEveryPageAndItsDayClose() {
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, r.path().contains("cursor=")
                ? page(List.of(receipt(1, "RC2570-000001", "RECEIPT", "ISSUED", "1000.00", 7)), null)
                : page(List.of(receipt(2, "RC2570-000002", "RECEIPT", "ISSUED", "500.00", 7)), "c2")));
        fake.on("GET", "/reports/day-close", r -> FakeTransport.json(200, dayClose()));
        CashierViewModel vm = vm(TaskRunner.direct());
        assertEquals(formats.today(), vm.day().get(), "today in the university's zone");
        vm.day().set(LocalDate.of(2026, 12, 2));
        vm.load();
        assertEquals(2, vm.receipts().rows().size(), "both pages");
        assertTrue(fake.seen().get(0).path().contains("from=2026-12-02") && fake.seen().get(0).path().contains("to=2026-12-02"),
                fake.seen().get(0).path());
        assertEquals("1300.00", vm.dayClose().report().get().totals().net());
        assertEquals(List.of("Everyone", "Me (Mali Srisuk)", "Somsak Jaidee"), vm.cashiers().stream().map(c -> c.id() == null
                ? "Everyone" : c.me() ? "Me (" + c.name() + ")" : c.name()).toList(), "everyone, me, the day's other cashiers");
    }

    @Test
    void filtersGoToTheServerAndMineIsOneStep() {
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, page(List.of(), null)));
        fake.on("GET", "/reports/day-close", r -> FakeTransport.json(200, dayClose()));
        CashierViewModel vm = vm(TaskRunner.direct());
        vm.load();
        vm.receipts().kind().set("CREDIT_NOTE");
        vm.receipts().status().set("CANCELLED");
        vm.mine();
        String last = fake.seen().get(fake.seen().size() - 1).path();
        assertTrue(last.contains("kind=CREDIT_NOTE") && last.contains("status=CANCELLED") && last.contains("recordedBy=7"),
                last);
    }

    @Test
    void aDayInTheFutureOrABuddhistYearIsSaidUnderTheFieldAndNothingIsAsked() {
        CashierViewModel vm = vm(TaskRunner.direct());
        vm.day().set(formats.today().plusDays(1));
        vm.load();
        assertTrue(i18n.message(vm.fieldErrors().get("day")).startsWith("Must be between"), vm.fieldErrors().toString());
        vm.day().set(LocalDate.of(2569, 12, 2));
        vm.load();
        assertEquals("2569 looks like a Buddhist Era year: write 2026 for 2569.", i18n.message(vm.fieldErrors().get("day")));
        vm.day().set(null);
        vm.load();
        assertEquals("Choose a day.", i18n.message(vm.fieldErrors().get("day")));
        assertTrue(fake.seen().isEmpty());
    }

    @Test
    void aLateAnswerForAnEarlierDayIsDropped() {
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, page(List.of(receipt(r.path().contains("2026-12-01")
                ? 1 : 2, "RC2570-00000" + (r.path().contains("2026-12-01") ? 1 : 2), "RECEIPT", "ISSUED", "1.00", 7)), null)));
        fake.on("GET", "/reports/day-close", r -> FakeTransport.json(200, dayClose()));
        ManualTasks tasks = new ManualTasks();
        CashierViewModel vm = vm(tasks.runner());
        vm.day().set(LocalDate.of(2026, 12, 1));
        vm.load();
        vm.day().set(LocalDate.of(2026, 12, 2));
        vm.load();
        tasks.runLast();
        tasks.runAll();
        assertEquals("RC2570-000002", vm.receipts().rows().get(0).number());
        assertEquals(1, vm.receipts().rows().size());
    }

    @Test
    void theDaysBatchAndTheDayCloseFilesAreSavedUnderTheirNames() throws Exception {
        byte[] pdf = "%PDF-1.7 day".getBytes(StandardCharsets.US_ASCII);
        byte[] csv = "\uFEFFdate,cashierId".getBytes(StandardCharsets.UTF_8);
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, page(List.of(), null)));
        fake.on("GET", "/reports/day-close", r -> r.path().contains("format=csv") ? file(csv, "text/csv")
                : r.path().contains("format=pdf") ? file(pdf, "application/pdf") : FakeTransport.json(200, dayClose()));
        fake.on("GET", "/receipts.pdf", r -> file(pdf, "application/pdf"));
        CashierViewModel vm = vm(TaskRunner.direct());
        vm.day().set(LocalDate.of(2026, 12, 2));
        vm.load();
        vm.receipts().cashier().set(vm.cashiers().get(2));
        vm.receipts().printDay();
        assertTrue(fake.seen().stream().anyMatch(s -> s.path().equals("/receipts.pdf?date=2026-12-02&recordedBy=8")),
                fake.seen().toString());
        assertTrue(Files.exists(folder.resolve("receipts/receipts-2026-12-02-cashier-8.pdf")));
        vm.dayClose().exportCsv();
        vm.dayClose().print();
        assertEquals("\uFEFFdate,cashierId", Files.readString(folder.resolve("day-close/day-close-2026-12-02.csv")));
        assertTrue(Files.exists(folder.resolve("day-close/day-close-2026-12-02.pdf")));
        assertTrue(i18n.message(vm.dayClose().csv().message().get()).startsWith("Saved as"),
                i18n.message(vm.dayClose().csv().message().get()));
        assertFalse(vm.dayClose().pdf().failed().get());
    }

    @Test
    void aRefusedDayCloseLeavesNoTotals() {
        fake.on("GET", "/receipts", r -> FakeTransport.json(200, page(List.of(), null)));
        fake.on("GET", "/reports/day-close", r -> FakeTransport.problem(403, "Your role does not allow this.", List.of()));
        CashierViewModel vm = vm(TaskRunner.direct());
        vm.load();
        assertNull(vm.dayClose().report().get());
        assertFalse(vm.dayClose().loading().error().get().isEmpty());
    }

    private static Transport.Response file(byte[] bytes, String type) {
        return new Transport.Response(200, Map.of("content-type", type), new ByteArrayInputStream(bytes));
    }
}
