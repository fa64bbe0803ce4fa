package th.ac.ums.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.model.api.Page;

class PagedListTest {
    private final ManualTasks tasks = new ManualTasks();
    private final List<PageQuery> asked = new ArrayList<>();
    private final int total = 1_000_000;

    private Page<Integer> answer(PageQuery q) {
        asked.add(q);
        int first = q.cursor() != null ? Integer.parseInt(q.cursor()) : q.page() == null ? 0 : (q.page() - 1) * 100;
        String filter = q.filters().getOrDefault("q", "");
        int size = filter.isEmpty() ? total : 150;
        List<Integer> rows = IntStream.range(first, Math.min(size, first + 100)).boxed().toList();
        String next = first + 100 < size ? Integer.toString(first + 100) : null;
        return new Page<>(rows, null, 100, size, size < 10_000, (size + 99) / 100, next, null);
    }

    private PagedList<Integer> list() {
        PagedList<Integer> l = new PagedList<>(this::answer, tasks.runner(), () -> true, 100, 50);
        l.setQuery(Map.of(), "studentCode");
        tasks.runAll();
        return l;
    }

    @Test
    void sizeIsTheServerTotalAndRowsArePlaceholdersUntilTheirPageArrives() {
        PagedList<Integer> l = list();
        assertEquals(total, l.size());
        assertEquals(5, l.get(5));
        assertNull(l.get(500_000), "not loaded yet");
        tasks.runAll();
        assertEquals(500_000, l.get(500_000));
    }

    @Test
    void sequentialPagesGoByCursorAndJumpsByPageNumber() {
        PagedList<Integer> l = list();
        l.get(99);
        tasks.runAll();
        PageQuery second = asked.get(asked.size() - 1);
        assertEquals("100", second.cursor(), "page after a loaded page uses its keyset cursor");
        l.get(700_000);
        tasks.runAll();
        assertTrue(asked.stream().anyMatch(q -> Integer.valueOf(7001).equals(q.page())), "a jump asks for the page");
    }

    @Test
    void answersForAnOldFilterAreDropped() {
        PagedList<Integer> l = list();
        l.get(300_050);
        assertEquals(1, tasks.queued());
        l.setQuery(Map.of("q", "somchai"), "studentCode");
        tasks.runLast();
        assertEquals(150, l.size(), "the new filter's total");
        tasks.runAll();
        assertEquals(150, l.size(), "the old filter's late answer changed nothing");
        l.get(149);
        tasks.runAll();
        assertEquals(149, l.get(149));
    }

    @Test
    void onlyAFewRequestsAreInFlightAndTheNewestWantedPagesWin() {
        PagedList<Integer> l = list();
        for (int page = 1000; page < 1020; page++) {
            l.get(page * 100 + 50);
        }
        assertTrue(tasks.queued() <= 3, "at most three requests at once, was " + tasks.queued());
        asked.clear();
        tasks.runAll();
        assertTrue(asked.stream().anyMatch(q -> Integer.valueOf(1020).equals(q.page())),
                "the last page asked for is loaded");
        assertTrue(asked.size() <= 10, "pages scrolled past are not all fetched: " + asked.size());
    }

    @Test
    void refreshReloadsOnlyCachedPagesHoldingTheChangedRow() {
        PagedList<Integer> l = list();
        asked.clear();
        assertEquals(1, l.refreshWhere(i -> i == 42));
        tasks.runAll();
        assertEquals(1, asked.size());
        assertEquals(0, l.refreshWhere(i -> i == 999_999));
    }

    @Test
    void searchingTheListLooksAtLoadedRowsAndLoadsNothing() {
        PagedList<Integer> l = list();
        l.get(500_050);
        tasks.runAll();
        asked.clear();
        assertEquals(500_042, l.indexOf(500_042));
        assertEquals(-1, l.indexOf(700_000), "not loaded: not found, and not fetched");
        assertEquals(0, tasks.queued());
        assertTrue(asked.isEmpty());
    }

    @Test
    void offlineAsksForNothing() {
        PagedList<Integer> l = new PagedList<>(this::answer, tasks.runner(), () -> false, 100, 50);
        l.setQuery(Map.of(), null);
        assertEquals(0, tasks.queued());
    }
}
