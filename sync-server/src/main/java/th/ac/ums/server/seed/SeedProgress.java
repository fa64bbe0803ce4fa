package th.ac.ums.server.seed;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** Prints a progress line every two seconds: students written, rows committed, rate, estimate. */
final class SeedProgress implements AutoCloseable {
    private final PrintStream out;
    private final long total;
    private final Loaders loaders;
    private final AtomicLong students = new AtomicLong();
    private final long started = System.nanoTime();
    private final Thread thread;
    private volatile String phase = "writing";
    private volatile boolean running = true;

    SeedProgress(PrintStream out, long total, Loaders loaders) {
        this.out = out;
        this.total = total;
        this.loaders = loaders;
        this.thread = Thread.ofPlatform().daemon().name("seed-progress").start(this::loop);
    }

    void student(long done) {
        students.set(done);
    }

    void phase(String name) {
        phase = name;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            print();
        }
    }

    private void print() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = loaders.inserted();
        long done = students.get();
        double fraction = total == 0 ? 1 : (double) done / total;
        long eta = fraction > 0.01 ? Math.round(seconds / fraction - seconds) : -1;
        out.printf("seed: %s %,d/%,d students (%.0f%%), %,d rows, %,.0f rows/s, %.0f s elapsed%s%n", phase, done,
                total, fraction * 100, rows, rows / Math.max(seconds, 0.001), seconds,
                eta >= 0 && "writing".equals(phase) ? ", about " + eta + " s left" : "");
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
