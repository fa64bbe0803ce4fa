package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.model.Dtos.StudentDto;

class PersonPickerViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final ManualTasks tasks = new ManualTasks();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final PersonPickerViewModel vm = new PersonPickerViewModel(new StudentsApi(new ApiClient(fake))::page,
            tasks.runner(), new Formats(i18n));

    static StudentDto student(long id, String code, String th, String en, String status) {
        String[] t = th.split(" ");
        String[] e = en.split(" ");
        return new StudentDto(id, 1, code, t[0], t[1], e[0], e[1], code + "@students.ums.ac.th", null, 4, "ENG04",
                "สาขาวิชาวิศวกรรมคอมพิวเตอร์", "Computer Engineering", 1, status, LocalDate.of(2023, 6, 1),
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Map<String, Object> page(List<?> rows, long total, boolean exact) {
        return Map.of("data", rows, "pageSize", 8, "total", total, "totalExact", exact, "totalPages", 1);
    }

    private static String q(FakeTransport.Seen s) {
        return URLDecoder.decode(s.path().replaceAll(".*[?&]q=([^&]*).*", "$1"), StandardCharsets.UTF_8);
    }

    PersonPickerViewModelTest() {
        fake.on("GET", "/students", r -> {
            String q = q(r);
            if (q.startsWith("เพชร")) {
                return FakeTransport.json(200, page(List.of(
                        student(4, "62000004", "บุญชัย เพชรใจ", "Bunchai Phetchai", "ACTIVE"),
                        student(9, "63000009", "สุนิสา เพชรดี", "Sunisa Phetdi", "ON_LEAVE")), 2, true));
            }
            if (q.equals("zzz")) {
                return FakeTransport.json(200, page(List.of(), 0, true));
            }
            return FakeTransport.problem(400, "q must be at most 200 characters", List.of());
        });
    }

    @Test
    void oneLetterIsNotSearchedYet() {
        vm.text().set("เ");
        vm.search();
        assertEquals(0, tasks.queued(), "nothing is sent for one letter");
        assertEquals("picker.typeMore", vm.status().get());
    }

    @Test
    void partOfAThaiSurnameFindsTheStudentsAndArrowsAndEnterChooseOne() {
        vm.text().set("เพชร");
        vm.search();
        assertEquals("picker.searching", vm.status().get());
        tasks.runAll();
        FakeTransport.Seen sent = fake.seen().get(0);
        assertEquals("เพชร", q(sent));
        assertTrue(sent.path().contains("limit=8"), sent.path());
        assertEquals(2, vm.matches().size());
        assertEquals(0, vm.highlighted().get(), "the first match is highlighted");
        assertEquals("62000004 Bunchai Phetchai", vm.label(vm.matches().get(0)));
        assertEquals("บุญชัย เพชรใจ · ENG04 Computer Engineering · Active", vm.details(vm.matches().get(0)));
        vm.move(1);
        vm.move(1);
        assertEquals(1, vm.highlighted().get(), "the highlight stays on the list");
        assertTrue(vm.enter());
        assertEquals("63000009", vm.chosen().get().studentCode());
        assertEquals("63000009 Sunisa Phetdi", vm.text().get(), "the field shows whom it chose");
        assertTrue(vm.matches().isEmpty());
        assertEquals("", vm.status().get());
    }

    @Test
    void typingAgainForgetsTheChoice() {
        vm.choose(student(4, "62000004", "บุญชัย เพชรใจ", "Bunchai Phetchai", "ACTIVE"));
        assertEquals(4, vm.chosen().get().id());
        vm.text().set("62000004 Bunchai Phetchaix");
        assertNull(vm.chosen().get(), "what is chosen is always what the field shows");
    }

    @Test
    void onlyTheAnswerToTheLatestTextIsShown() {
        vm.text().set("zzz");
        vm.search();
        vm.text().set("เพชร");
        vm.search();
        tasks.runLast();          // เพชร answers first
        tasks.runAll();           // the older zzz answer arrives late
        assertEquals(2, vm.matches().size(), "the late empty answer did not replace the newer matches");
        assertEquals("", vm.status().get());
    }

    @Test
    void aRefusedSearchIsAnErrorNeverNoOne() {
        vm.text().set("ab");
        vm.search();
        tasks.runAll();
        assertTrue(vm.matches().isEmpty());
        assertEquals("The server refused the request: q must be at most 200 characters",
                new I18n(java.util.Locale.ENGLISH).message(vm.status().get()));
        assertFalse(vm.answered().get());
        assertFalse(vm.enter(), "Enter goes on to the form: there is nothing to choose");
    }

    @Test
    void noOneOnlyWhenTheServerAnsweredZero() {
        vm.text().set("zzz");
        vm.search();
        tasks.runAll();
        assertTrue(vm.answered().get());
        assertEquals("No student matches “zzz”.", i18n.message(vm.status().get()));
    }

    @Test
    void moreMatchesThanShownSaySo() {
        fake.on("GET", "/students", r -> FakeTransport.json(200, page(List.of(
                student(4, "62000004", "บุญชัย เพชรใจ", "Bunchai Phetchai", "ACTIVE")), 9, false)));
        vm.text().set("62");
        vm.search();
        tasks.runAll();
        assertEquals("The first 1 matches (there are more): type more to narrow them.", i18n.message(vm.status().get()),
                "a total that is a lower bound is not said as a count");
    }
}
