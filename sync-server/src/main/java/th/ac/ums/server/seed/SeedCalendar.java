package th.ac.ums.server.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Academic terms of a Thai university: the academic year starts in August; semester 1 runs
 * August to December, semester 2 January to May, a summer session June to July. Years are
 * named in the Buddhist era (CE + 543), so 2026/1 is "2569/1".
 */
final class SeedCalendar {
    record Term(int index, int yearCe, int semester, String code, String nameTh, String nameEn, LocalDate startsOn,
                LocalDate endsOn, LocalDate registrationOpens, LocalDate registrationCloses, LocalDate paymentDue) {
        boolean regular() {
            return semester != 3;
        }

        int yearBe() {
            return yearCe + 543;
        }
    }

    static final int COHORTS = 8;

    private final List<Term> terms = new ArrayList<>();
    private final int currentYear;
    private final Term current;

    SeedCalendar(LocalDate asOf) {
        this.currentYear = asOf.getMonthValue() >= 7 ? asOf.getYear() : asOf.getYear() - 1;
        for (int year = currentYear - COHORTS; year <= currentYear + 1; year++) {
            add(year, 1);
            if (year <= currentYear) {
                add(year, 2);
                add(year, 3);
            }
        }
        Term found = null;
        for (Term t : terms) {
            if (!t.registrationOpens().isAfter(asOf)) {
                found = t;
            }
        }
        this.current = found;
    }

    private void add(int yearCe, int semester) {
        LocalDate start;
        LocalDate end;
        if (semester == 1) {
            start = LocalDate.of(yearCe, 8, 3);
            end = LocalDate.of(yearCe, 12, 11);
        } else if (semester == 2) {
            start = LocalDate.of(yearCe + 1, 1, 12);
            end = LocalDate.of(yearCe + 1, 5, 14);
        } else {
            start = LocalDate.of(yearCe + 1, 6, 1);
            end = LocalDate.of(yearCe + 1, 7, 17);
        }
        int be = yearCe + 543;
        String nameTh = semester == 3 ? "ภาคฤดูร้อน ปีการศึกษา " + be : "ภาคการศึกษาที่ " + semester + " ปีการศึกษา " + be;
        String nameEn = semester == 3 ? "Summer session " + be : "Semester " + semester + ", academic year " + be;
        terms.add(new Term(terms.size(), yearCe, semester, be + "/" + semester, nameTh, nameEn, start, end,
                start.minusDays(19), start.plusDays(11), start.plusDays(28)));
    }

    List<Term> terms() {
        return terms;
    }

    Term current() {
        return current;
    }

    int currentYear() {
        return currentYear;
    }

    /** Semester 1 of an academic year: the intake term of that cohort. */
    Term intake(int yearCe) {
        return terms.stream().filter(t -> t.yearCe() == yearCe && t.semester() == 1).findFirst().orElseThrow();
    }

    /** Regular semesters from the cohort's intake up to the current term, newest first, at most {@code n}. */
    List<Term> billedTerms(int cohortYear, int lastYearStudied, int n) {
        List<Term> list = new ArrayList<>();
        for (int i = current.index(); i >= 0 && list.size() < n; i--) {
            Term t = terms.get(i);
            if (t.regular() && t.yearCe() >= cohortYear && t.yearCe() <= lastYearStudied) {
                list.add(t);
            }
        }
        return list;
    }
}
