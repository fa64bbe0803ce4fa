package th.ac.ums.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load generation for the throughput benchmarks: a closed loop (N workers back to back) and a
 * wrk2-style constant-rate open loop. In the open loop request k is due at start + k / rate and
 * its latency is measured from that due time, not from when a worker got round to sending it,
 * so a stall counts against every request that should have gone out during it (coordinated
 * omission corrected).
 */
final class Load {
    /** Why requests failed, by exception and message (digits folded), since the last {@link #failures()}. */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> FAILURES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Load() {
    }

    private static void failed(Exception e, AtomicLong errors) {
        errors.incrementAndGet();
        String why = cause(e);
        FAILURES.computeIfAbsent(why.substring(0, Math.min(160, why.length())),
                k -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /**
     * A failure's cause for counting: exception and message with ids, times and other numbers
     * folded to N, but three-digit numbers (HTTP statuses such as 503 or 409) kept, so that
     * failures group by what went wrong rather than by which request.
     */
    static String cause(Exception e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return (t.getClass().getSimpleName() + ": " + t.getMessage()).replaceAll("/\\d+", "/N")
                .replaceAll("\\b(?!\\d{3}\\b)\\d+", "N").replaceAll("\\s+", " ");
    }

    /** The failures counted so far, most frequent first, and forgets them. */
    static List<String> failures() {
        List<String> list = FAILURES.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .map(e -> e.getValue().sum() + " x " + e.getKey()).toList();
        FAILURES.clear();
        return list;
    }

    /** One operation; throws on a wrong answer (counted as an error, never as a fast success). */
    interface Op {
        void run(int worker) throws Exception;
    }

    record Result(double perSecond, Histogram micros, long errors, long requests) {
        long p99Millis() {
            return micros.getValueAtPercentile(99) / 1000;
        }

        double p(double percentile) {
            return micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    static Result closed(int workers, Duration warmUp, Duration measure, Op op) throws InterruptedException {
        run(workers, warmUp, op, new Recorder(3), new AtomicLong());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        run(workers, measure, op, recorder, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        return new Result(h.getTotalCount() / seconds, h, errors.get(), h.getTotalCount());
    }

    private static void run(int workers, Duration d, Op op, Recorder recorder, AtomicLong errors)
            throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        op.run(worker);
                    } catch (Exception e) {
                        failed(e, errors);
                    }
                    recorder.recordValue((System.nanoTime() - t) / 1000);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Constant arrival rate for {@code measure} (after {@code warmUp} at the same rate). */
    static Result open(double rate, int workers, Duration warmUp, Duration measure, Op op) throws InterruptedException {
        openRun(rate, workers, warmUp, op, new Recorder(3), new AtomicLong());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long done = openRun(rate, workers, measure, op, recorder, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram h = recorder.getIntervalHistogram();
        return new Result(done / seconds, h, errors.get(), done);
    }

    private static long openRun(double rate, int workers, Duration d, Op op, Recorder recorder, AtomicLong errors)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + d.toNanos();
        double interval = 1e9 / rate;
        AtomicLong next = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().start(() -> {
                while (true) {
                    long due = start + (long) (next.getAndIncrement() * interval);
                    if (due >= end) {
                        return;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        op.run(worker);
                    } catch (Exception e) {
                        failed(e, errors);
                    }
                    recorder.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                    completed.incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return completed.get();
    }

    /**
     * The highest constant rate whose p99 stays under {@code p99Millis}: starts from the closed-loop
     * throughput and steps down by 10 % until a rate meets it (each step warmed and measured).
     */
    static Search maxRate(String name, int workers, double closedLoopRate, long p99Millis, Duration measure, Op op,
                          java.io.PrintStream out) throws InterruptedException {
        List<Result> steps = new ArrayList<>();
        for (double f = 1.0; f > 0.05; f -= 0.1) {
            double rate = closedLoopRate * f;
            Result r = open(rate, workers, Duration.ofSeconds(3), measure, op);
            steps.add(r);
            out.printf("  %s: offered %,.0f/s -> done %,.0f/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", name, rate,
                    r.perSecond(), r.p(50), r.p(99), r.errors());
            if (r.p(99) < p99Millis && r.errors() == 0) {
                return new Search(rate, r, steps);
            }
        }
        return new Search(0, steps.get(steps.size() - 1), steps);
    }

    record Search(double rate, Result at, List<Result> steps) {
    }
}
