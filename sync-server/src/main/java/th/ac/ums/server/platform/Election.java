package th.ac.ums.server.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps trying to hold a {@link LeaderLock}: on a virtual thread, every third of its TTL, it renews
 * the lock or takes it when it is free. Tells its owner each time this instance becomes the leader,
 * including when it finds its own lock gone and takes it again (it had lapsed, or Redis lost its
 * data): whatever the leader kept in Redis may be gone too. A Redis failure ends the leadership
 * until the lock is confirmed again.
 */
public final class Election {
    private static final Logger LOG = LoggerFactory.getLogger(Election.class);
    private final LeaderLock lock;
    private final Runnable elected;
    private volatile boolean leader;
    private volatile boolean running;
    private Thread thread;

    public Election(LeaderLock lock, Runnable elected) {
        this.lock = lock;
        this.elected = elected;
    }

    /** Tries once now (a first leader may work before it serves), then keeps trying; answers whether it leads. */
    public boolean start(String name) {
        running = true;
        tryOnce();
        thread = Thread.ofVirtual().name(name).start(this::loop);
        return leader;
    }

    public boolean leader() {
        return leader;
    }

    /** Stops trying; with {@code release}, hands the lock over at once (a clean shutdown), else it expires. */
    public void stop(boolean release) {
        boolean held = leader;
        running = false;
        leader = false;
        if (thread != null) {
            thread.interrupt();
        }
        if (held && release) {
            try {
                lock.release();
            } catch (RuntimeException e) {
                LOG.warn("could not release {}; it expires within {}", lock.key(), lock.ttl());
            }
        }
    }

    private void loop() {
        long every = Math.max(100, lock.ttl().toMillis() / 3);
        while (running) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            tryOnce();
        }
    }

    private void tryOnce() {
        try {
            LeaderLock.Hold hold = lock.acquireOrRenew();
            if (running && (hold == LeaderLock.Hold.TAKEN || hold.held() && !leader)) {
                LOG.info("this instance now leads ({})", lock.key());
                elected.run();
                leader = true;
            } else if (!hold.held() && leader) {
                LOG.warn("this instance lost {}", lock.key());
                leader = false;
            }
        } catch (RuntimeException e) {
            if (leader) {
                LOG.warn("{} not confirmed ({}); no leader work until it is", lock.key(), e.getMessage());
            }
            leader = false;
        }
    }
}
