package th.ac.ums.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.Dtos.Change;
import th.ac.ums.model.Dtos.Changes;

class EventStreamTest {
    private final List<Change> log = new ArrayList<>();
    private final List<Long> sent = new ArrayList<>();
    private long visibleUpTo = Long.MAX_VALUE;

    private EventStream streamFrom(long since) {
        return new EventStream(since, after -> {
            List<Change> out = log.stream().filter(c -> c.seq() > after && c.seq() <= visibleUpTo).toList();
            return new Changes(out, out.isEmpty() ? after : out.getLast().seq());
        }, c -> sent.add(c.seq()));
    }

    private static Change change(long seq) {
        return new Change(seq, "student", "1", "update");
    }

    @Test
    void aChangeCommittedBeforeAnEarlierOneIsHeldUntilTheEarlierOneArrives() {
        EventStream stream = streamFrom(10);
        stream.live(change(12));
        assertEquals(List.of(), sent);
        assertTrue(stream.holding());
        stream.live(change(11));
        assertEquals(List.of(11L, 12L), sent);
        assertFalse(stream.holding());
    }

    @Test
    void aRolledBackSequenceReleasesWhatWaitsBehindItWithoutSendingAnything() {
        EventStream stream = streamFrom(10);
        stream.live(change(13));
        stream.live(change(11));
        assertEquals(List.of(11L), sent);
        stream.rolledBack(12);
        assertEquals(List.of(11L, 13L), sent);
        assertFalse(stream.holding());
        stream.rolledBack(14);
        stream.live(change(15));
        assertEquals(List.of(11L, 13L, 15L), sent);
        assertEquals(15, stream.last());
    }

    @Test
    void aHeldChangeIsSentWhenTheLogPassesTheGap() {
        EventStream stream = streamFrom(10);
        stream.live(change(12));
        log.add(change(12));
        visibleUpTo = 10;
        stream.catchUp();
        assertEquals(List.of(), sent, "the log does not pass a gap still in flight");
        visibleUpTo = Long.MAX_VALUE;
        stream.catchUp();
        assertEquals(List.of(12L), sent, "a gap the log passes is final (rolled back)");
        assertFalse(stream.holding());
    }

    @Test
    void aChangeSeenBothInTheLogAndLiveIsSentOnce() {
        EventStream stream = streamFrom(10);
        log.addAll(List.of(change(11), change(12)));
        stream.catchUp();
        stream.live(change(12));
        stream.live(change(11));
        stream.live(change(13));
        stream.live(change(13));
        log.add(change(13));
        stream.catchUp();
        assertEquals(List.of(11L, 12L, 13L), sent);
        assertEquals(13, stream.last());
    }

    @Test
    void heldChangesAreBoundedAndTheLogStillSendsEveryOneInOrder() {
        EventStream stream = streamFrom(0);
        long n = EventStream.MAX_HELD + 50;
        LongStream.rangeClosed(2, n).forEach(s -> stream.live(change(s)));
        assertTrue(stream.held() <= EventStream.MAX_HELD, "held " + stream.held());
        LongStream.rangeClosed(1, n).forEach(s -> log.add(change(s)));
        stream.catchUp();
        assertEquals(LongStream.rangeClosed(1, n).boxed().toList(), sent);
        assertFalse(stream.holding());
    }
}
