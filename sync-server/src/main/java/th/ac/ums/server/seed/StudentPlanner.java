package th.ac.ums.server.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything random about one student, as a pure function of (random seed, student index):
 * cohort, program, status, name, the bill of each term and whether it was paid, the courses
 * taken this term. The planning pass and the writing pass call it alike, so both agree and
 * the same seed always gives the same university.
 */
final class StudentPlanner {
    enum Settlement { PAID, PAID_IN_TWO, OVERPAID_REFUNDED, PARTIAL, UNPAID, VOID }

    /** One term's invoice: how it was settled and how many days its due date was extended (instalment plan). */
    record Bill(SeedCalendar.Term term, Settlement settlement, int extraDays) {
        java.time.LocalDate due() {
            return term.paymentDue().plusDays(extraDays);
        }

        int paymentRows() {
            return switch (settlement) {
                case PAID, PARTIAL -> 1;
                case PAID_IN_TWO, OVERPAID_REFUNDED -> 2;
                case UNPAID, VOID -> 0;
            };
        }
    }

    record Plan(long index, int cohortYear, Catalog.Program program, String status, boolean female,
                List<Bill> bills, int[] courses, boolean genEd) {
    }

    private static final double[] COHORT_WEIGHTS = {0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16};

    private final long seed;
    private final SeedCalendar calendar;
    private final List<Catalog.Program> programs;
    private final int[] popularityCumulative;
    private final long total;
    private final long[] cohortStart;
    private final int termsBilled;

    StudentPlanner(long seed, SeedCalendar calendar, long total, int termsBilled) {
        this.seed = seed;
        this.calendar = calendar;
        this.total = total;
        this.termsBilled = termsBilled;
        this.programs = Catalog.programs();
        this.popularityCumulative = new int[programs.size()];
        int sum = 0;
        for (int i = 0; i < programs.size(); i++) {
            sum += programs.get(i).popularity();
            popularityCumulative[i] = sum;
        }
        this.cohortStart = new long[COHORT_WEIGHTS.length + 1];
        double acc = 0;
        for (int c = 0; c < COHORT_WEIGHTS.length; c++) {
            cohortStart[c] = Math.round(acc * total);
            acc += COHORT_WEIGHTS[c];
        }
        cohortStart[COHORT_WEIGHTS.length] = total;
    }

    /** An independent random stream per student and aspect (splitmix64 of seed, index, aspect). */
    SplittableRandom random(long index, int aspect) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + aspect * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /** Cohorts are contiguous index ranges, oldest first, so student codes run in order within a cohort. */
    int cohortOf(long index) {
        for (int c = 0; c < COHORT_WEIGHTS.length; c++) {
            if (index < cohortStart[c + 1]) {
                return c;
            }
        }
        return COHORT_WEIGHTS.length - 1;
    }

    long cohortStart(int cohort) {
        return cohortStart[cohort];
    }

    int cohortYear(int cohort) {
        return calendar.currentYear() - (COHORT_WEIGHTS.length - 1) + cohort;
    }

    /** The courses a student takes this term (empty unless active): what the planning pass needs. */
    int[] courses(long index) {
        SplittableRandom r = random(index, 1);
        Catalog.Program program = pickProgram(r);
        String status = status(r, calendar.currentYear() - cohortYear(cohortOf(index)), program.years());
        if (!"ACTIVE".equals(status)) {
            return new int[0];
        }
        SplittableRandom c = random(index, 3);
        int first = c.nextInt(12);
        return new int[] {first, (first + 1 + c.nextInt(11)) % 12, program.facultyNo() * 100 + program.no()};
    }

    Plan plan(long index) {
        int cohort = cohortOf(index);
        int cohortYear = cohortYear(cohort);
        SplittableRandom r = random(index, 1);
        Catalog.Program program = pickProgram(r);
        int yearsIn = calendar.currentYear() - cohortYear;
        String status = status(r, yearsIn, program.years());
        boolean female = r.nextInt(100) < 56;
        int lastYear = "ACTIVE".equals(status) || "ON_LEAVE".equals(status) || "SUSPENDED".equals(status)
                ? calendar.currentYear()
                : Math.min(calendar.currentYear() - 1, cohortYear + Math.max(0, Math.min(yearsIn, program.years()) - 1));
        int billedTerms = "ACTIVE".equals(status) || "SUSPENDED".equals(status) ? termsBilled : 1;
        List<Bill> bills = new ArrayList<>();
        SplittableRandom pay = random(index, 2);
        for (SeedCalendar.Term term : calendar.billedTerms(cohortYear, lastYear, billedTerms)) {
            boolean current = term == calendar.current();
            int extra = current && pay.nextInt(100) < 25 ? 30 * (1 + pay.nextInt(3)) : 0;
            bills.add(new Bill(term, settlement(pay, current), extra));
        }
        int[] courses = new int[0];
        boolean genEd = false;
        if ("ACTIVE".equals(status)) {
            SplittableRandom c = random(index, 3);
            int first = c.nextInt(12);
            int second = (first + 1 + c.nextInt(11)) % 12;
            courses = new int[] {first, second};
            genEd = true;
        }
        return new Plan(index, cohortYear, program, status, female, bills, courses, genEd);
    }

    private Catalog.Program pickProgram(SplittableRandom r) {
        int pick = r.nextInt(popularityCumulative[popularityCumulative.length - 1]);
        for (int i = 0; i < popularityCumulative.length; i++) {
            if (pick < popularityCumulative[i]) {
                return programs.get(i);
            }
        }
        return programs.get(programs.size() - 1);
    }

    private static String status(SplittableRandom r, int yearsIn, int duration) {
        int roll = r.nextInt(1000);
        if (yearsIn >= duration) {
            return roll < 850 ? "GRADUATED" : roll < 920 ? "WITHDRAWN" : "ACTIVE";
        }
        return roll < 910 ? "ACTIVE" : roll < 940 ? "ON_LEAVE" : roll < 950 ? "SUSPENDED" : "WITHDRAWN";
    }

    private static Settlement settlement(SplittableRandom r, boolean current) {
        int roll = r.nextInt(1000);
        if (roll < 2) {
            return Settlement.VOID;
        }
        if (current) {
            return roll < 780 ? Settlement.PAID : roll < 910 ? Settlement.PAID_IN_TWO
                    : roll < 950 ? Settlement.PARTIAL : Settlement.UNPAID;
        }
        return roll < 850 ? Settlement.PAID : roll < 960 ? Settlement.PAID_IN_TWO
                : roll < 970 ? Settlement.OVERPAID_REFUNDED : roll < 985 ? Settlement.PARTIAL : Settlement.UNPAID;
    }

    long total() {
        return total;
    }

    List<Catalog.Program> programs() {
        return programs;
    }
}
