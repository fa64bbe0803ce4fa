package th.ac.ums.server.seed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Admissions: the newest cohort's applications (admitted, linked to their student, plus the
 * rejected and withdrawn of that intake) and the pipeline of the next intake in every status.
 */
final class ApplicationWriter {
    private final StudentPlanner planner;
    private final ReferenceData ref;
    private final SeedCalendar calendar;
    private final LocalDate asOf;
    private final Loaders out;
    private long nextApplicantId = 1;

    ApplicationWriter(StudentPlanner planner, ReferenceData ref, SeedCalendar calendar, LocalDate asOf, Loaders out) {
        this.planner = planner;
        this.ref = ref;
        this.calendar = calendar;
        this.asOf = asOf;
        this.out = out;
    }

    /** The admitted application of a student of the newest cohort (same person, personal email). */
    void admitted(StudentPlanner.Plan plan, long studentId) {
        SplittableRandom names = planner.random(plan.index(), 5);
        NameBank.Name first = NameBank.firstName(names, plan.female());
        NameBank.Name last = NameBank.surname(names);
        SeedCalendar.Term intake = calendar.intake(plan.cohortYear());
        SplittableRandom r = planner.random(plan.index(), 9);
        LocalDateTime created = intake.startsOn().minusDays(150 + r.nextInt(60)).atTime(10, 0);
        long applicant = applicant(first, last, r, intake.startsOn(), created);
        long programId = ref.programIds.get(plan.program().code());
        out.applications.add(applicant, programId, ref.termIds.get(intake.code()), "ADMITTED",
                "ผ่านการคัดเลือก / Admitted", created.plusDays(60), studentId, created, created.plusDays(60));
    }

    /** Applications that did not become students: {@code count} for the given intake. */
    void others(long count, SeedCalendar.Term intake, boolean pipeline, long seed) {
        List<Catalog.Program> programs = planner.programs();
        for (long i = 0; i < count; i++) {
            SplittableRandom r = planner.random(seed + i, pipeline ? 10 : 11);
            NameBank.Name first = NameBank.firstName(r, r.nextInt(100) < 56);
            NameBank.Name last = NameBank.surname(r);
            LocalDateTime created = pipeline
                    ? asOf.minusDays(1 + r.nextInt(120)).atTime(8, 0).plusMinutes(r.nextInt(720))
                    : intake.startsOn().minusDays(150 + r.nextInt(60)).atTime(10, 0);
            long applicant = applicant(first, last, r, intake.startsOn(), created);
            String status = pipeline ? pipelineStatus(r) : (r.nextInt(100) < 80 ? "REJECTED" : "WITHDRAWN");
            boolean decided = !"SUBMITTED".equals(status) && !"UNDER_REVIEW".equals(status);
            LocalDateTime decidedAt = decided ? created.plusDays(20 + r.nextInt(30)) : null;
            if (decidedAt != null && decidedAt.isAfter(asOf.atTime(12, 0))) {
                decidedAt = asOf.atTime(9, 0);
            }
            Catalog.Program program = programs.get(r.nextInt(programs.size()));
            out.applications.add(applicant, ref.programIds.get(program.code()), ref.termIds.get(intake.code()), status,
                    decided ? note(status) : null, decidedAt, null, created, decidedAt != null ? decidedAt : created);
        }
    }

    private long applicant(NameBank.Name first, NameBank.Name last, SplittableRandom r, LocalDate intake,
                           LocalDateTime created) {
        long id = nextApplicantId++;
        String email = (first.en() + "." + last.en().substring(0, Math.min(4, last.en().length())) + "." + id)
                .toLowerCase().replace("-", "") + "@example.com";
        LocalDate birth = intake.minusYears(18).minusDays(r.nextInt(700));
        out.applicants.add(id, first.th(), last.th(), first.en(), last.en(), email,
                r.nextInt(100) < 90 ? NameBank.phone(r) : null, birth, created, created);
        return id;
    }

    private static String pipelineStatus(SplittableRandom r) {
        int roll = r.nextInt(100);
        return roll < 40 ? "SUBMITTED" : roll < 65 ? "UNDER_REVIEW" : roll < 77 ? "ACCEPTED"
                : roll < 85 ? "WAITLISTED" : roll < 95 ? "REJECTED" : "WITHDRAWN";
    }

    private static String note(String status) {
        return switch (status) {
            case "ACCEPTED" -> "ผ่านเกณฑ์ / Meets the admission criteria";
            case "WAITLISTED" -> "สำรองที่นั่ง / On the waiting list";
            case "REJECTED" -> "คะแนนไม่ถึงเกณฑ์ / Below the admission score";
            default -> "ผู้สมัครขอถอนตัว / Withdrawn by the applicant";
        };
    }
}
