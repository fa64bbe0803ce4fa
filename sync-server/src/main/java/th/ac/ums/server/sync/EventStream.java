package th.ac.ums.server.sync;

import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import th.ac.ums.model.Dtos.Change;
import th.ac.ums.model.Dtos.Changes;

/**
 * The order of one /events stream. Every change is sent once, in sequence order, with its own
 * sequence as the event id, so a client that resumes with Last-Event-ID misses nothing: nothing
 * below an id it saw is still to come. Live changes arrive in commit order, which is not always
 * sequence order; one that is not next after the last sent is held until the numbers before it
 * arrive, or until a read of the change log (which knows when a gap is final) passes them.
 */
final class EventStream {
    /** Held changes beyond this are dropped: they are committed, so a read of the change log sends them. */
    static final int MAX_HELD = 1000;

    /** Held in place of a rolled-back sequence number. */
    private static final Change NOTHING = new Change(-1, "", "", ChangeEvent.ROLLED_BACK);
    private final LongFunction<Changes> log;
    private final Consumer<Change> out;
    private final TreeMap<Long, Change> held = new TreeMap<>();
    private long last;

    /**
     * @param since the sequence the client has seen everything up to
     * @param log reads the change log after a sequence (in order, never past a gap still in flight)
     * @param out sends one change to the client
     */
    EventStream(long since, LongFunction<Changes> log, Consumer<Change> out) {
        this.last = since;
        this.log = log;
        this.out = out;
    }

    /** Reads the change log after the last change sent and sends what it finds; answers how many it read. */
    int catchUp() {
        Changes backlog = log.apply(last);
        for (Change c : backlog.changes()) {
            if (c.seq() > last) {
                send(c);
            }
        }
        release();
        return backlog.changes().size();
    }

    /** A change that has just committed: sent now if it is next, else held. */
    void live(Change c) {
        if (c.seq() <= last || held.containsKey(c.seq())) {
            return;
        }
        if (held.size() >= MAX_HELD) {
            held.clear();
        }
        held.put(c.seq(), c);
        release();
    }

    /** A sequence number whose transaction rolled back: nothing to send, and nothing to wait for. */
    void rolledBack(long seq) {
        if (seq <= last || held.containsKey(seq)) {
            return;
        }
        if (held.size() >= MAX_HELD) {
            held.clear();
        }
        held.put(seq, NOTHING);
        release();
    }

    /** Whether changes wait for an earlier sequence (the stream should read the change log soon). */
    boolean holding() {
        return !held.isEmpty();
    }

    int held() {
        return held.size();
    }

    long last() {
        return last;
    }

    private void release() {
        held.headMap(last, true).clear();
        while (!held.isEmpty() && held.firstKey() == last + 1) {
            Change next = held.pollFirstEntry().getValue();
            if (next == NOTHING) {
                last++;
            } else {
                send(next);
            }
        }
    }

    private void send(Change c) {
        out.accept(c);
        last = c.seq();
    }
}
