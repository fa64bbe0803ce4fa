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
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Marks invoices OVERDUE once their due date has passed unpaid: every 15 minutes on one instance
 * (a Redis lock), 500 at a time, each batch one transaction that also writes the change log.
 */
public final class OverdueSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueSweeper.class);
    private final Writes writes;
    private final RedisStore redis;
    private final Clock clock;
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
                List<long[]> due;
                try (var rows = w.tx().query("SELECT id, student_id FROM invoices FORCE INDEX (ix_invoices_status_due) "
                        + "WHERE status IN ('OPEN', 'PARTIALLY_PAID') AND due_date < ? LIMIT 500 FOR UPDATE", today)) {
                    due = rows.map(r -> new long[] {Rows.lng(r, "id"), Rows.lng(r, "student_id")}).toList();
                }
                for (long[] inv : due) {
                    w.tx().dml("UPDATE invoices SET status = 'OVERDUE', version = version + 1, updated_at = ? WHERE id = ?",
                            Rows.utc(clock.instant()), inv[0]);
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
