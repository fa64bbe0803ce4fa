package th.ac.ums.server.students;

import java.util.List;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListQuery;

/**
 * What a search box's text matches among students: one or two disjoint branches, each served by its
 * own index, and all of it as one condition. Both orders of {@code GET /students?q=} read it: the
 * order of what matched ({@link StudentSearch}) and a list sort ({@link SortedSearch}).
 *
 * @param branches   the disjoint parts, each read on its own index
 * @param condition  the whole match as one condition (what the list's count and the export take)
 * @param params     the condition's values
 */
record StudentMatch(List<Branch> branches, String condition, List<Object> params) {

    /**
     * One disjoint part of a match: its own index, its condition, the column it is a prefix of, the
     * column that orders its matches after that one in the order of what matched ({@code other}: the
     * other name; the column itself when it is unique), and the other columns its index holds (a walk
     * on the sort's index can then be bounded by the matches' lowest and highest sort value, read from
     * this index alone).
     */
    record Branch(String index, String condition, List<Object> params, String column, String other,
                  List<String> covers) {
        Branch(String index, String condition, List<Object> params, String column) {
            this(index, condition, params, column, column, List.of());
        }
    }

    /**
     * What {@code q} matches (the one reading of a search box, for both orders): digits a student-code
     * prefix, with an @ an e-mail prefix, two words a first- and last-name prefix, one word a last-name
     * prefix or a first-name prefix that is not also one (Thai or English names by the script).
     */
    static StudentMatch of(String rawQ) {
        String q = rawQ.trim().replaceAll("\\s+", " ");
        if (q.isEmpty() || q.length() > 100) {
            throw Refusal.invalid("q", "must be 1 to 100 characters");
        }
        String like = Filter.prefix(q);
        boolean thai = q.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
        String first = thai ? "s.first_name_th" : "s.first_name_en";
        String last = thai ? "s.last_name_th" : "s.last_name_en";
        if (q.matches("^[0-9]{1,8}$")) {
            return single(new Branch("uq_students_code", "s.student_code LIKE ?", List.of(like), "s.student_code"));
        }
        if (q.contains("@")) {
            String email = Filter.prefix(EmailAddress.canonical(q));
            return single(new Branch("uq_students_email", "s.email LIKE ?", List.of(email), "s.email"));
        }
        int space = q.indexOf(' ');
        if (space > 0) {
            String firstLike = Filter.prefix(q.substring(0, space));
            String lastLike = Filter.prefix(q.substring(space + 1));
            return single(new Branch(thai ? "ix_students_first_th" : "ix_students_first_en",
                    first + " LIKE ? AND " + last + " LIKE ?", List.of(firstLike, lastLike), first, last,
                    thai ? List.of("s.last_name_th", "s.last_name_th_key") : List.of("s.last_name_en")));
        }
        List<String> lastCovers = thai ? List.of("s.first_name_th", "s.last_name_th_key") : List.of("s.first_name_en");
        List<String> firstCovers = thai ? List.of("s.last_name_th", "s.last_name_th_key") : List.of("s.last_name_en");
        return new StudentMatch(List.of(
                new Branch(thai ? "ix_students_last_th" : "ix_students_last_en", last + " LIKE ?", List.of(like), last,
                        first, lastCovers),
                new Branch(thai ? "ix_students_first_th" : "ix_students_first_en",
                        first + " LIKE ? AND NOT (" + last + " LIKE ?)", List.of(like, like), first, last,
                        firstCovers)),
                "(" + last + " LIKE ? OR " + first + " LIKE ?)", List.of(like, like));
    }

    private static StudentMatch single(Branch b) {
        return new StudentMatch(List.of(b), b.condition(), b.params());
    }


    /** The match on a list query: its condition, and a search's capped total. */
    void narrow(ListQuery query) {
        query.where(condition, params.toArray()).searching();
    }
}
