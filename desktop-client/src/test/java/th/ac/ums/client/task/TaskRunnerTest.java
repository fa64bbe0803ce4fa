package th.ac.ums.client.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.api.Problem;

class TaskRunnerTest {
    private final ManualTasks tasks = new ManualTasks();
    private final List<String> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void anAnswerThatIsNotTheLatestForItsPurposeIsDropped() {
        TaskRunner.Latest loads = tasks.runner().latest("balance");
        loads.run(() -> "first", shown::add, e -> failures.add("first"));
        loads.run(() -> "second", shown::add, e -> failures.add("second"));
        assertTrue(loads.running().get());
        tasks.runLast();
        tasks.runNext();
        assertEquals(List.of("second"), shown, "the late answer to the first request is not shown");
        assertFalse(loads.running().get());
    }

    @Test
    void aLateFailureIsDroppedTooAndTheLatestFailureIsReported() {
        TaskRunner.Latest loads = tasks.runner().latest("sessions");
        loads.<String>run(() -> {
            throw new ApiException(Problem.of(403, "Forbidden", "Not yours"));
        }, shown::add, e -> failures.add("old"));
        loads.run(() -> "fresh", shown::add, e -> failures.add("new"));
        tasks.runAll();
        assertEquals(List.of("fresh"), shown);
        assertTrue(failures.isEmpty());
        assertEquals("", loads.error().get());

        loads.<String>run(() -> {
            throw new ApiException(Problem.of(403, "Forbidden", "Not yours"));
        }, shown::add, e -> failures.add("latest"));
        tasks.runAll();
        assertEquals(List.of("latest"), failures);
        assertEquals("The server refused the request: Not yours", new I18n(java.util.Locale.ENGLISH).message(loads.error().get()), "a refusal is told apart from an empty answer");
    }

    @Test
    void purposesAreIndependentAndCancelDropsWhatIsInFlight() {
        TaskRunner.Latest users = tasks.runner().latest("users");
        TaskRunner.Latest history = tasks.runner().latest("history");
        users.run(() -> "users", shown::add, e -> { });
        history.run(() -> "history", shown::add, e -> { });
        tasks.runAll();
        assertEquals(List.of("users", "history"), shown);
        history.run(() -> "stale", shown::add, e -> { });
        history.cancel();
        tasks.runAll();
        assertEquals(List.of("users", "history"), shown, "a cancelled load shows nothing");
        assertFalse(history.running().get());
    }
}
