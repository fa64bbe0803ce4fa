package th.ac.ums.server.seed;

import th.ac.ums.server.platform.ThaiOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one planned student and everything that hangs off them: enrolments of this term,
 * invoices with their lines, payments (and refund counter-entries), and holds.
 */
final class StudentWriter {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final StudentPlanner planner;
    private final ReferenceData ref;
    private final Sections sections;
    private final SeedCalendar calendar;
    private final LocalDate asOf;
    private final Loaders out;
    private final Map<String, long[]> codeSequences;
    private final Map<String, long[]> invoiceSequences;
    long nextStudentId;
    long nextInvoiceId;
    long nextPaymentId;
    long nextEnrollmentId;

    StudentWriter(StudentPlanner planner, ReferenceData ref, Sections sections, SeedCalendar calendar, LocalDate asOf,
                  Loaders out, Map<String, long[]> codeSequences, Map<String, long[]> invoiceSequences) {
        this.planner = planner;
        this.ref = ref;
        this.sections = sections;
        this.calendar = calendar;
        this.asOf = asOf;
        this.out = out;
        this.codeSequences = codeSequences;
        this.invoiceSequences = invoiceSequences;
    }

    /** Student code: two digits of the Buddhist-era intake year and a running number in that cohort. */
    String nextCode(int cohortYear) {
        String yy = String.format("%02d", (cohortYear + 543) % 100);
        long n = ++codeSequences.computeIfAbsent(yy, k -> new long[1])[0];
        if (n > 999_999) {
            throw new IllegalStateException("more than 999,999 students in cohort " + yy);
        }
        return yy + String.format("%06d", n);
    }

    /** A national ID of the seed's own (unique per student, its check digit right). */
    static String nationalId(long studentId) {
        String twelve = "1" + String.format("%011d", studentId);
        return twelve + th.ac.ums.model.validation.NationalId.checkDigit(twelve);
    }

    long write(StudentPlanner.Plan plan) {
        long id = nextStudentId++;
        SplittableRandom r = planner.random(plan.index(), 5);
        NameBank.Name first = NameBank.firstName(r, plan.female());
        NameBank.Name last = NameBank.surname(r);
        String code = nextCode(plan.cohortYear());
        LocalDate admitted = calendar.intake(plan.cohortYear()).startsOn().minusDays(40);
        LocalDateTime created = admitted.atTime(LocalTime.of(8, 0)).plusMinutes(r.nextInt(60 * 24 * 30));
        long programId = ref.programIds.get(plan.program().code());
        out.students.add(id, code, first.th(), last.th(), ThaiOrder.key(first.th()), ThaiOrder.key(last.th()),
                first.en(), last.en(), code + "@student.ums.ac.th",
                r.nextInt(100) < 85 ? NameBank.phone(r) : null, programId,
                ref.facultyIds.get(plan.program().facultyNo()), plan.status(), admitted, created, created,
                plan.female() ? "MISS" : "MR", admitted.minusYears(18).minusDays(r.nextInt(700)), nationalId(id));
        if (out.enrollments != null) {
            enroll(plan, id);
        }
        boolean overdue = false;
        for (StudentPlanner.Bill bill : plan.bills()) {
            overdue |= invoice(plan, id, bill);
        }
        hold(plan, id, overdue);
        return id;
    }

    private void enroll(StudentPlanner.Plan plan, long studentId) {
        SplittableRandom r = planner.random(plan.index(), 6);
        List<Catalog.Course> courses = Catalog.programCourses(plan.program());
        for (int c : plan.courses()) {
            addEnrollment(studentId, sections.nextSeat(courses.get(c).code()), r);
        }
        if (plan.genEd()) {
            List<Catalog.Course> genEd = Catalog.generalEducation();
            addEnrollment(studentId, sections.nextSeat(genEd.get((int) (plan.index() % genEd.size())).code()), r);
        }
    }

    private void addEnrollment(long studentId, long sectionId, SplittableRandom r) {
        SeedCalendar.Term term = calendar.current();
        LocalDate last = asOf.isBefore(term.registrationCloses()) ? asOf : term.registrationCloses();
        long days = Math.max(1, last.toEpochDay() - term.registrationOpens().toEpochDay());
        LocalDateTime at = term.registrationOpens().plusDays(r.nextLong(days)).atTime(9, 0).plusMinutes(r.nextInt(600));
        out.enrollments.add(nextEnrollmentId++, studentId, sectionId, "ENROLLED", at);
    }

    /** Writes one invoice with lines and payments; true when it is overdue. */
    private boolean invoice(StudentPlanner.Plan plan, long studentId, StudentPlanner.Bill bill) {
        SeedCalendar.Term term = bill.term();
        SplittableRandom r = planner.random(plan.index(), 100 + term.index());
        long id = nextInvoiceId++;
        BigDecimal tuition = plan.program().tuition();
        BigDecimal total = tuition.add(Catalog.MAINTENANCE_FEE).add(plan.program().lab() ? Catalog.LAB_FEE : BigDecimal.ZERO);
        LocalDateTime issued = term.registrationOpens().atTime(8, 0).plusMinutes(r.nextInt(60 * 24 * 7));
        BigDecimal paid = payments(plan, studentId, id, total, bill.settlement(), issued, bill.due(), r);
        String status = status(bill.settlement(), total, paid, bill.due());
        long termId = ref.termIds.get(term.code());
        out.invoices.add(id, invoiceNumber(term), studentId, termId, termId, issued, bill.due(), total, paid,
                status, bill.settlement() == StudentPlanner.Settlement.VOID ? "ออกซ้ำ / Issued twice by mistake" : null,
                issued, issued);
        out.lines.add(id, 1, Lines.TUITION, tuition);
        out.lines.add(id, 2, Lines.MAINTENANCE, Catalog.MAINTENANCE_FEE);
        if (plan.program().lab()) {
            out.lines.add(id, 3, Lines.LAB, Catalog.LAB_FEE);
        }
        return "OVERDUE".equals(status);
    }

    private String invoiceNumber(SeedCalendar.Term term) {
        String key = term.yearBe() + "" + term.semester();
        long n = ++invoiceSequences.computeIfAbsent(key, k -> new long[1])[0];
        return "INV-" + key + "-" + String.format("%07d", n);
    }

    private String status(StudentPlanner.Settlement settlement, BigDecimal total, BigDecimal paid, LocalDate due) {
        if (settlement == StudentPlanner.Settlement.VOID) {
            return "VOID";
        }
        if (paid.compareTo(total) >= 0) {
            return "PAID";
        }
        if (due.isBefore(asOf)) {
            return "OVERDUE";
        }
        return paid.signum() == 0 ? "OPEN" : "PARTIALLY_PAID";
    }

    private BigDecimal payments(StudentPlanner.Plan plan, long studentId, long invoiceId, BigDecimal total,
                                StudentPlanner.Settlement settlement, LocalDateTime issued, LocalDate due,
                                SplittableRandom r) {
        switch (settlement) {
            case PAID -> pay(studentId, invoiceId, total, paidAt(issued, due, r), r);
            case PAID_IN_TWO -> {
                BigDecimal half = total.divide(BigDecimal.TWO, 0, RoundingMode.DOWN).setScale(2);
                pay(studentId, invoiceId, half, paidAt(issued, due, r), r);
                pay(studentId, invoiceId, total.subtract(half), paidAt(issued, due, r), r);
            }
            case OVERPAID_REFUNDED -> {
                BigDecimal extra = new BigDecimal("500.00");
                LocalDateTime at = paidAt(issued, due, r);
                long payment = pay(studentId, invoiceId, total.add(extra), at, r);
                LocalDateTime refunded = at.plusDays(7).isAfter(asOf.atTime(23, 0)) ? at : at.plusDays(7);
                out.payments.add(nextPaymentId++, invoiceId, studentId, "REFUND", extra, "TRANSFER",
                        "REF" + payment, refunded, payment, refunded);
            }
            case PARTIAL -> {
                BigDecimal part = total.multiply(BigDecimal.valueOf(30 + r.nextInt(41))).divide(HUNDRED, 0,
                        RoundingMode.DOWN).setScale(2);
                pay(studentId, invoiceId, part, paidAt(issued, due, r), r);
                return part;
            }
            default -> {
                return BigDecimal.ZERO.setScale(2);
            }
        }
        return total;
    }

    private LocalDateTime paidAt(LocalDateTime issued, LocalDate due, SplittableRandom r) {
        LocalDate last = due.isBefore(asOf) ? due : asOf;
        long span = Math.max(1, last.toEpochDay() - issued.toLocalDate().toEpochDay());
        LocalDateTime at = issued.plusDays(r.nextLong(span)).plusMinutes(r.nextInt(600));
        LocalDateTime limit = asOf.atTime(23, 0);
        return at.isAfter(limit) ? limit : at;
    }

    private long pay(long studentId, long invoiceId, BigDecimal amount, LocalDateTime at, SplittableRandom r) {
        int roll = r.nextInt(100);
        String method = roll < 60 ? "TRANSFER" : roll < 80 ? "CARD" : roll < 92 ? "CASH" : "SCHOLARSHIP";
        String reference = method.substring(0, 3) + String.format("%010d", r.nextLong(10_000_000_000L));
        long id = nextPaymentId++;
        out.payments.add(id, invoiceId, studentId, "PAYMENT", amount, method, reference, at, null, at);
        return id;
    }

    private void hold(StudentPlanner.Plan plan, long studentId, boolean overdue) {
        SplittableRandom r = planner.random(plan.index(), 8);
        int roll = r.nextInt(1000);
        String[] hold;
        if (overdue && roll < 500) {
            hold = new String[] {"FINANCIAL", "REGISTRATION,TRANSCRIPT", "ค้างชำระค่าธรรมเนียม / Outstanding fees"};
        } else if (roll < 8) {
            hold = new String[] {"ACADEMIC", "REGISTRATION", "ติดวิทยาทัณฑ์ / Academic probation"};
        } else if (roll < 14) {
            hold = new String[] {"ADMINISTRATIVE", "TRANSCRIPT", "เอกสารไม่ครบ / Missing documents"};
        } else if (roll < 16) {
            hold = new String[] {"DISCIPLINARY", "TRANSCRIPT,GRADUATION", "อยู่ระหว่างการสอบสวนวินัย / Disciplinary case"};
        } else {
            return;
        }
        LocalDateTime placed = asOf.minusDays(1 + r.nextInt(200)).atTime(10, 0).plusMinutes(r.nextInt(400));
        boolean lifted = !"FINANCIAL".equals(hold[0]) && r.nextInt(100) < 30;
        out.holds.add(studentId, hold[0], hold[1], hold[2], placed, lifted ? placed.plusDays(14) : null,
                lifted ? "ดำเนินการเรียบร้อย / Resolved" : null);
    }
}
