package th.ac.ums.client.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one way background work is done: {@code work} runs on a virtual thread, its result or
 * failure is delivered on the UI thread. ViewModel tests use {@link #direct()}, which runs
 * everything on the caller's thread.
 */
public final class TaskRunner {
    private final Executor background;
    private final Executor ui;

    public TaskRunner(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Background on virtual threads, results on the JavaFX application thread. */
    public static TaskRunner forFx() {
        ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ums-task-", 0).factory());
        return new TaskRunner(pool, javafx.application.Platform::runLater);
    }

    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Progress reported from the background to the UI thread (0..1, and a line of text). */
    public interface Progress {
        void report(double fraction, String message);

        boolean cancelled();
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** Runs on the UI thread (for callbacks that arrive on other threads). */
    public void onUi(Runnable r) {
        ui.execute(r);
    }

    /** Runs in the background without a result (polling loops, streams). */
    public void background(Runnable r) {
        background.execute(r);
    }
}
