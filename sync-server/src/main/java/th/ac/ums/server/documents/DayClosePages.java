package th.ac.ums.server.documents;

import java.util.ArrayList;
import java.util.List;
import th.ac.ums.model.Dtos.DayCloseRow;

/** How a day close's rows fall on pages: as many rows as fit under the heading, the totals under the last. */
final class DayClosePages {
    /** Rows end above this line (the footer is under it). */
    static final float BOTTOM = 74f;
    /** What the totals need under the last row. */
    static final float TOTALS = 44f;

    private DayClosePages() {
    }

    /** One page's rows, its number and how many there are. */
    record Page(int number, int of, List<DayCloseRow> rows) {
    }

    /** The table's top line (the same on every page: the heading does not change). */
    static float top(boolean english) {
        return english ? 660f : 690f;
    }

    static List<Page> split(List<DayCloseRow> rows, boolean english) {
        float room = top(english) - (english ? 30f : 24f) - BOTTOM;
        List<List<DayCloseRow>> pages = new ArrayList<>();
        List<DayCloseRow> current = new ArrayList<>();
        float used = 0;
        for (DayCloseRow row : rows) {
            float h = DayCloseTable.height(row, english);
            if (used + h > room && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(row);
            used += h;
        }
        pages.add(current);
        if (used + TOTALS > room && !current.isEmpty()) {
            pages.add(new ArrayList<>());   // the totals go on a page of their own
        }
        List<Page> numbered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            numbered.add(new Page(i + 1, pages.size(), pages.get(i)));
        }
        return numbered;
    }
}
