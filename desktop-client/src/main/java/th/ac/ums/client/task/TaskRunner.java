package th.ac.ums.client.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.text.Messages;

/**
 * The one way background work is done: {@code work} runs on a virtual thread, its result or
 * failure is delivered on the UI thread. Loads that a selection or typing starts go through a
 * {@link Latest} so that only the newest answer is shown. ViewModel tests use {@link #direct()},
 * which runs everything on the caller's thread.
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

    /**
     * A latest-wins lane for one purpose of one ViewModel ("balance", "sessions"): each run
     * supersedes the ones before it, whose answers (results and failures) are dropped.
     */
    public Latest latest(String purpose) {
        return new Latest(this, purpose);
    }

    /** Runs on the UI thread (for callbacks that arrive on other threads). */
    public void onUi(Runnable r) {
        ui.execute(r);
    }

    /** Runs in the background without a result (polling loops, streams). */
    public void background(Runnable r) {
        background.execute(r);
    }

    /**
     * Latest wins: the sequence number of each run is compared with the newest when its answer
     * arrives, and an answer that is not the newest is dropped. {@link #running()} and
     * {@link #error()} describe the newest run (placeholders and spinners bind to them).
     * Called on the UI thread.
     */
    public static final class Latest implements LoadStatus {
        private final TaskRunner runner;
        private final String purpose;
        private final AtomicLong sequence = new AtomicLong();
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        private Latest(TaskRunner runner, String purpose) {
            this.runner = runner;
            this.purpose = purpose;
        }

        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            long mine = sequence.incrementAndGet();
            running.set(true);
            error.set("");
            runner.run(work, result -> {
                if (mine == sequence.get()) {
                    running.set(false);
                    onSuccess.accept(result);
                }
            }, failure -> {
                if (mine == sequence.get()) {
                    running.set(false);
                    error.set(describe(failure));
                    onFailure.accept(failure);
                }
            });
        }

        /** Drops whatever is in flight (the selection was cleared): nothing arrives from it. */
        public void cancel() {
            sequence.incrementAndGet();
            running.set(false);
            error.set("");
        }

        public String purpose() {
            return purpose;
        }

        @Override
        public ReadOnlyBooleanProperty running() {
            return running.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty error() {
            return error.getReadOnlyProperty();
        }

        @Override
        public String toString() {
            return "Latest[" + purpose + " #" + sequence.get() + "]";
        }
    }

    /** A failure as a placeholder shows it: the server's refusal, or that it does not answer. */
    public static String describe(Throwable t) {
        if (t instanceof ApiException e && e.isUnreachable()) {
            return "list.unreachable";
        }
        return t instanceof ApiException e ? Messages.compose("list.failed", Messages.key(e.message())) : "error.unexpected";
    }
}
