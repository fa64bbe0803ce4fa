package th.ac.ums.server.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import th.ac.ums.server.domain.Refusal;

/**
 * Bulkhead in front of a connection pool. Virtual threads are cheap, connections are not: at
 * most {@code permits} requests use the database at once, up to {@code maxQueue} more wait at
 * most {@code queueTimeout}, and everyone else gets 503 at once instead of piling up.
 */
public final class DbGate {
    private final Semaphore permits;
    private final int size;
    private final int maxQueue;
    private final Duration queueTimeout;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    public DbGate(int permits, int maxQueue, Duration queueTimeout) {
        this.permits = new Semaphore(permits, true);
        this.size = permits;
        this.maxQueue = maxQueue;
        this.queueTimeout = queueTimeout;
    }

    /** Takes a slot or throws 503; the caller must {@link #release()} in a finally block. */
    public void acquire() {
        if (permits.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > maxQueue) {
            waiting.decrementAndGet();
            rejected.incrementAndGet();
            throw Refusal.unavailable("The database is busy; try again shortly.");
        }
        try {
            if (!permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                rejected.incrementAndGet();
                throw Refusal.unavailable("The database is busy; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable("The request was interrupted.");
        } finally {
            waiting.decrementAndGet();
        }
    }

    public void release() {
        permits.release();
    }

    public int inUse() {
        return size - permits.availablePermits();
    }

    public int waiting() {
        return waiting.get();
    }

    public int rejected() {
        return rejected.get();
    }
}
