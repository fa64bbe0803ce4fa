package th.ac.ums.client.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.BankApi;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;

class BankUploadViewModelTest {
    static final byte[] FILE = "Transaction No,Payment Date,Amount\r\nT1,03/08/2026 14:30:00,100.00\r\n"
            .getBytes(StandardCharsets.UTF_8);
    private final FakeTransport fake = new FakeTransport();
    private final BankUploadViewModel vm = new BankUploadViewModel(new BankApi(new ApiClient(fake)),
            TaskRunner.direct());
    private final AtomicInteger ran = new AtomicInteger();

    BankUploadViewModelTest() {
        fake.on("GET", "/payments/bank-files/layouts", r -> FakeTransport.json(200, List.of(
                Map.of("code", "ktb", "name", "Example bank KTB", "dateTimeFormat", "dd/MM/yyyy HH:mm:ss",
                        "columns", Map.of("transactionId", "Transaction No")),
                Map.of("code", "scb", "name", "Example bank SCB", "dateTimeFormat", "yyyy-MM-dd HH:mm",
                        "columns", Map.of("transactionId", "TXN_REF")))));
    }

    static Map<String, Object> report(boolean dryRun, List<Map<String, String>> errors) {
        return Map.ofEntries(Map.entry("dryRun", dryRun), Map.entry("bank", "ktb"), Map.entry("encoding", "UTF-8"),
                Map.entry("lines", 7), Map.entry("total", "9000.00"),
                Map.entry("matched", Map.of("count", 3, "amount", "4500.00")),
                Map.entry("alreadyRecorded", Map.of("count", 1, "amount", "1500.00")),
                Map.entry("unmatched", Map.of("count", 2, "amount", "3000.00")),
                Map.entry("unmatchedByReason", Map.of("NO_MATCH", Map.of("count", 1, "amount", "1000.00"),
                        "OVERPAYMENT", Map.of("count", 1, "amount", "2000.00"))),
                Map.entry("errors", errors));
    }

    private void answers(List<Map<String, String>> errors) {
        fake.on("POST", "/payments/bank-files", r -> FakeTransport.json(200, report(r.path().contains("dryRun=true"),
                errors)));
    }

    @Test
    void theFirstBankIsChosenByCodeAndNamed() {
        vm.loadLayouts();
        assertEquals("ktb", vm.bank().get());
        assertEquals("Example bank KTB", vm.bankName());
        assertEquals(2, vm.layouts().size());
    }

    @Test
    void aFileIsAlwaysCheckedFirstAndTheCheckWritesNothing() {
        answers(List.of());
        vm.loadLayouts();
        vm.check("ktb-0803.csv", FILE, ran::incrementAndGet);
        assertEquals(1, ran.get(), "the review is shown once the report is in");
        assertEquals(1, fake.count("POST", "/payments/bank-files"));
        assertTrue(fake.seen().get(1).path().contains("bank=ktb"), fake.seen().get(1).path());
        assertTrue(fake.seen().get(1).path().contains("dryRun=true"), "a dry run: " + fake.seen().get(1).path());
        assertEquals(3, vm.checked().get().matched().count());
        assertTrue(BankUploadViewModel.addsUp(vm.checked().get()), "4,500 + 1,500 + 3,000 = 9,000");
        assertTrue(vm.committable());
        assertNull(vm.recorded().get(), "nothing recorded yet");
    }

    @Test
    void aFileWithUnreadableLinesCannotBeRecorded() {
        answers(List.of(Map.of("field", "row[3].amount", "message", "must be an amount above 0")));
        vm.loadLayouts();
        vm.check("bad.csv", FILE, ran::incrementAndGet);
        assertFalse(vm.committable());
        vm.commit();
        assertEquals(1, fake.count("POST", "/payments/bank-files"), "only the dry run was sent");
        assertEquals("Line 3, Amount: must be an amount above 0",
                new BankFileReview(new Formats(new I18n(Locale.ENGLISH))).describe(vm.errors().get(0)));
    }

    @Test
    void recordingSendsTheSameFileForRealAndTheResultNamesCountsAndMoney() {
        answers(List.of());
        vm.loadLayouts();
        vm.check("ktb-0803.csv", FILE, ran::incrementAndGet);
        vm.commit();
        assertEquals(2, fake.count("POST", "/payments/bank-files"));
        assertTrue(fake.seen().get(2).path().contains("dryRun=false"), fake.seen().get(2).path());
        assertEquals(new String(FILE, StandardCharsets.UTF_8), fake.seen().get(2).body());
        assertEquals("Recorded 3 payments (4,500.00 THB) from ktb-0803.csv. Already recorded before: 1 line "
                + "(1,500.00 THB). Waiting on the unmatched list: 2 lines (3,000.00 THB).",
                vm.notice().get().text(new Formats(new I18n(Locale.ENGLISH))));
        assertEquals(2, vm.recorded().get().unmatched().count());
        assertFalse(vm.committable(), "the same check is not recorded twice");
    }

    @Test
    void withoutABankOrWithAnEmptyFileNothingIsSent() {
        vm.check("x.csv", FILE, ran::incrementAndGet);
        assertEquals("bank.chooseBank", vm.fieldErrors().get("bank"));
        vm.loadLayouts();
        vm.check("empty.csv", new byte[0], ran::incrementAndGet);
        assertEquals("bank.emptyFile", vm.fieldErrors().get("file"));
        assertEquals(0, fake.count("POST", "/payments/bank-files"));
        assertEquals(0, ran.get());
    }

    @Test
    void aRefusedBankIsSaidBesideTheBank() {
        fake.on("POST", "/payments/bank-files", r -> FakeTransport.problem(400, "One or more fields are invalid.",
                List.of(Map.of("field", "bank", "message", "is not a configured bank"))));
        vm.bank().set("xyz");
        vm.check("x.csv", FILE, ran::incrementAndGet);
        assertEquals("is not a configured bank", vm.fieldErrors().get("bank"));
        assertFalse(vm.busy().get());
        assertFalse(vm.notice().get().isEmpty());
    }
}
