package th.ac.ums.client.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import th.ac.ums.client.task.TaskRunner;

/** A task runner whose background work waits until the test runs it (to test ordering and staleness). */
public final class ManualTasks {
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final TaskRunner runner = new TaskRunner(queued::add, Runnable::run);

    public TaskRunner runner() {
        return runner;
    }

    public int queued() {
        return queued.size();
    }

    /** Runs the oldest queued task (its result is delivered at once). */
    public void runNext() {
        queued.removeFirst().run();
    }

    /** Runs the newest queued task first (an answer overtaking an older one). */
    public void runLast() {
        queued.removeLast().run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }
}
