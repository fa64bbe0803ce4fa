package th.ac.ums.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiException;

class DbGateTest {

    @Test
    void excessCallersWaitBrieflyThenGet503() throws Exception {
        DbGate gate = new DbGate(2, 100, Duration.ofMillis(150));
        gate.acquire();
        gate.acquire();
        long start = System.nanoTime();
        ApiException e = ApiException.of(assertThrows(Refusal.class, gate::acquire));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, e.status());
        assertTrue(waited >= 100, "waited " + waited + " ms before giving up");
        gate.release();
        gate.acquire();
        assertEquals(2, gate.inUse());
    }

    @Test
    void aFullQueueIsRefusedAtOnce() throws Exception {
        DbGate gate = new DbGate(1, 2, Duration.ofSeconds(5));
        gate.acquire();
        CountDownLatch waiting = new CountDownLatch(2);
        AtomicInteger served = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            Thread.ofVirtual().start(() -> {
                waiting.countDown();
                gate.acquire();
                served.incrementAndGet();
                gate.release();
            });
        }
        waiting.await();
        while (gate.waiting() < 2) {
            Thread.sleep(5);
        }
        long start = System.nanoTime();
        assertThrows(Refusal.class, gate::acquire);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "the third waiter must not wait");
        gate.release();
        while (served.get() < 2) {
            Thread.sleep(5);
        }
        assertEquals(1, gate.rejected());
    }
}
