package th.ac.ums.server.finance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Marks invoices OVERDUE once their due date has passed unpaid: every 15 minutes on one instance
 * (a Redis lock), 500 at a time, each batch one transaction that also writes the change log. The
 * SQL is in {@link InvoiceRepository}.
 */
public final class OverdueSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueSweeper.class);
    private final Writes writes;
    private final RedisStore redis;
    private final Clock clock;
    private final InvoiceRepository invoices = new InvoiceRepository();
    private volatile boolean running = true;

    public OverdueSweeper(Writes writes, RedisStore redis, Clock clock) {
        this.writes = writes;
        this.redis = redis;
        this.clock = clock;
    }

    public void start(Duration every) {
        Thread.ofVirtual().name("overdue-sweeper").start(() -> {
            while (running) {
                try {
                    if (lock(every)) {
                        sweep();
                    }
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warn("overdue sweep failed: {}", e.getMessage());
                    try {
                        Thread.sleep(every.toMillis());
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        });
    }

    public void stop() {
        running = false;
    }

    private boolean lock(Duration every) {
        return "OK".equals(redis.call(j -> j.set(redis.key("lock", "overdue-sweeper"), "1",
                SetParams.setParams().nx().px(Math.max(1000, every.toMillis() - 1000)))));
    }

    /** Marks what is overdue today; answers how many invoices changed. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int total = 0;
        while (true) {
            int n = writes.run(w -> {
                List<long[]> due = invoices.lockDueUnpaid(w.tx(), today);
                for (long[] inv : due) {
                    invoices.markOverdue(w.tx(), inv[0], clock.instant());
                    w.changed("invoice", inv[0], ChangeLog.UPDATE, inv[1]);
                }
                return due.size();
            });
            total += n;
            if (n < 500) {
                return total;
            }
        }
    }
}
