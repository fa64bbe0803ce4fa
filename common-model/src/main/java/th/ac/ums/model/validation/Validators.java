package th.ac.ums.model.validation;

import java.math.BigDecimal;
import java.util.List;
import th.ac.ums.model.Enums;
import th.ac.ums.model.Inputs;

/**
 * Record-level rules, shared by the server (which answers 400 with these field errors) and the
 * desktop (which shows them next to the fields before sending). {@code creating} means every
 * required field must be present; otherwise only the fields given are checked (PATCH).
 */
public final class Validators {
    private Validators() {
    }

    private static boolean check(boolean creating, Object value) {
        return creating || value != null;
    }

    public static Errors faculty(Inputs.FacultyInput in, boolean creating) {
        Errors e = new Errors();
        if (check(creating, in.code())) {
            code(e, "code", in.code());
        }
        if (check(creating, in.nameTh())) {
            Rules.name(e, "nameTh", in.nameTh(), 200);
        }
        if (check(creating, in.nameEn())) {
            Rules.name(e, "nameEn", in.nameEn(), 200);
        }
        return e;
    }

    public static Errors program(Inputs.ProgramInput in, boolean creating) {
        Errors e = new Errors();
        if (check(creating, in.facultyId())) {
            Rules.required(e, "facultyId", in.facultyId());
        }
        if (check(creating, in.code())) {
            code(e, "code", in.code());
        }
        if (check(creating, in.nameTh())) {
            Rules.name(e, "nameTh", in.nameTh(), 200);
        }
        if (check(creating, in.nameEn())) {
            Rules.name(e, "nameEn", in.nameEn(), 200);
        }
        if (check(creating, in.degree())) {
            Rules.oneOf(e, "degree", in.degree(), Enums.Degree.class);
        }
        if (check(creating, in.durationYears())) {
            Rules.range(e, "durationYears", in.durationYears(), 1, 8);
        }
        if (check(creating, in.tuitionPerTerm())) {
            BigDecimal fee = Rules.parseMoney(e, "tuitionPerTerm", in.tuitionPerTerm());
            if (fee != null) {
                Rules.positiveMoney(e, "tuitionPerTerm", fee);
            }
        }
        return e;
    }

    public static Errors course(Inputs.CourseInput in, boolean creating) {
        Errors e = new Errors();
        if (check(creating, in.facultyId())) {
            Rules.required(e, "facultyId", in.facultyId());
        }
        if (check(creating, in.code())) {
            code(e, "code", in.code());
        }
        if (check(creating, in.titleTh())) {
            Rules.name(e, "titleTh", in.titleTh(), 200);
        }
        if (check(creating, in.titleEn())) {
            Rules.name(e, "titleEn", in.titleEn(), 200);
        }
        if (check(creating, in.credits())) {
            Rules.range(e, "credits", in.credits(), 0, 12);
        }
        return e;
    }

    public static Errors term(Inputs.TermInput in, boolean creating) {
        return term(in, creating, DateRules.today());
    }

    public static Errors term(Inputs.TermInput in, boolean creating, java.time.LocalDate today) {
        Errors e = new Errors();
        if (check(creating, in.code()) && Rules.required(e, "code", in.code())
                && !in.code().matches("^[0-9]{4}/[1-3]$")) {
            e.add("code", "must look like 2569/1 (Buddhist-era year / semester 1, 2 or 3)");
        }
        if (check(creating, in.academicYear())) {
            Rules.range(e, "academicYear", in.academicYear(), 2500, 2700);
        }
        if (check(creating, in.semester())) {
            Rules.range(e, "semester", in.semester(), 1, 3);
        }
        if (check(creating, in.nameTh())) {
            Rules.name(e, "nameTh", in.nameTh(), 100);
        }
        if (check(creating, in.nameEn())) {
            Rules.name(e, "nameEn", in.nameEn(), 100);
        }
        for (String field : List.of("startsOn", "endsOn", "registrationOpens", "registrationCloses", "paymentDue")) {
            Object value = switch (field) {
                case "startsOn" -> in.startsOn();
                case "endsOn" -> in.endsOn();
                case "registrationOpens" -> in.registrationOpens();
                case "registrationCloses" -> in.registrationCloses();
                default -> in.paymentDue();
            };
            if (creating) {
                Rules.required(e, field, value);
            }
            DateRules.calendar(e, field, (java.time.LocalDate) value, today);
        }
        if (in.startsOn() != null && in.endsOn() != null && !in.endsOn().isAfter(in.startsOn())) {
            e.add("endsOn", "must be after startsOn");
        }
        if (in.registrationOpens() != null && in.registrationCloses() != null
                && in.registrationCloses().isBefore(in.registrationOpens())) {
            e.add("registrationCloses", "must not be before registrationOpens");
        }
        return e;
    }

    public static Errors section(Inputs.SectionInput in, boolean creating) {
        Errors e = new Errors();
        if (check(creating, in.courseId())) {
            Rules.required(e, "courseId", in.courseId());
        }
        if (check(creating, in.termId())) {
            Rules.required(e, "termId", in.termId());
        }
        if (check(creating, in.sectionNo()) && Rules.required(e, "sectionNo", in.sectionNo())
                && !in.sectionNo().matches("^[0-9A-Z]{1,8}$")) {
            e.add("sectionNo", "must be 1 to 8 digits or capital letters");
        }
        if (check(creating, in.capacity())) {
            Rules.range(e, "capacity", in.capacity(), 1, 2000);
        }
        Rules.text(e, "room", in.room(), 50);
        Rules.text(e, "schedule", in.schedule(), 100);
        return e;
    }

    public static Errors student(Inputs.StudentInput in, boolean creating) {
        return student(in, creating, DateRules.today());
    }

    public static Errors student(Inputs.StudentInput in, boolean creating, java.time.LocalDate today) {
        Errors e = new Errors();
        if (in.studentCode() != null) {
            Rules.studentCode(e, "studentCode", in.studentCode());
        }
        if (check(creating, in.firstNameTh())) {
            Rules.thaiName(e, "firstNameTh", in.firstNameTh(), 100);
        }
        if (check(creating, in.lastNameTh())) {
            Rules.thaiName(e, "lastNameTh", in.lastNameTh(), 100);
        }
        if (check(creating, in.firstNameEn())) {
            Rules.latinName(e, "firstNameEn", in.firstNameEn(), 100);
        }
        if (check(creating, in.lastNameEn())) {
            Rules.latinName(e, "lastNameEn", in.lastNameEn(), 100);
        }
        if (check(creating, in.email())) {
            Rules.email(e, "email", in.email());
        }
        Rules.optionalPhone(e, "phone", in.phone());
        if (check(creating, in.programId())) {
            Rules.required(e, "programId", in.programId());
        }
        if (check(creating, in.status())) {
            Rules.oneOf(e, "status", in.status(), Enums.StudentStatus.class);
        }
        if (check(creating, in.admittedAt()) && Rules.required(e, "admittedAt", in.admittedAt())) {
            DateRules.admitted(e, "admittedAt", in.admittedAt(), today);
        }
        if (in.title() != null) {
            Rules.oneOf(e, "title", in.title(), Enums.Title.class);
        }
        DateRules.birth(e, "birthDate", in.birthDate(), today);
        if (in.nationalId() != null && !NationalId.isValid(in.nationalId())) {
            e.add("nationalId", "must be the 13 digits of a Thai national ID (its last digit did not check)");
        }
        return e;
    }

    public static Errors hold(Inputs.HoldInput in) {
        Errors e = new Errors();
        Rules.required(e, "studentId", in.studentId());
        Rules.oneOf(e, "type", in.type(), Enums.HoldType.class);
        if (in.blocks() == null || in.blocks().isEmpty()) {
            e.add("blocks", "must name at least one service the hold blocks");
        } else {
            in.blocks().forEach(b -> Rules.oneOf(e, "blocks", b, Enums.HoldBlock.class));
        }
        Rules.name(e, "reason", in.reason(), 500);
        return e;
    }

    public static Errors application(Inputs.ApplicationInput in) {
        return application(in, DateRules.today());
    }

    public static Errors application(Inputs.ApplicationInput in, java.time.LocalDate today) {
        Errors e = new Errors();
        Rules.thaiName(e, "firstNameTh", in.firstNameTh(), 100);
        Rules.thaiName(e, "lastNameTh", in.lastNameTh(), 100);
        Rules.latinName(e, "firstNameEn", in.firstNameEn(), 100);
        Rules.latinName(e, "lastNameEn", in.lastNameEn(), 100);
        Rules.email(e, "email", in.email());
        Rules.optionalPhone(e, "phone", in.phone());
        Rules.required(e, "programId", in.programId());
        Rules.required(e, "termId", in.termId());
        DateRules.birth(e, "birthDate", in.birthDate(), today);
        return e;
    }

    public static Errors invoice(Inputs.InvoiceInput in) {
        return invoice(in, DateRules.today());
    }

    public static Errors invoice(Inputs.InvoiceInput in, java.time.LocalDate today) {
        Errors e = new Errors();
        Rules.required(e, "studentId", in.studentId());
        Rules.required(e, "termId", in.termId());
        if (Rules.required(e, "dueDate", in.dueDate())) {
            DateRules.due(e, "dueDate", in.dueDate(), today);
        }
        if (in.lines() == null || in.lines().isEmpty()) {
            e.add("lines", "must have at least one line");
        } else if (in.lines().size() > 50) {
            e.add("lines", "must have at most 50 lines");
        } else {
            for (int i = 0; i < in.lines().size(); i++) {
                Inputs.InvoiceLineInput line = in.lines().get(i);
                Rules.name(e, "lines[" + i + "].description", line == null ? null : line.description(), 200);
                BigDecimal amount = Rules.parseMoney(e, "lines[" + i + "].amount", line == null ? null : line.amount());
                if (amount != null) {
                    Rules.positiveMoney(e, "lines[" + i + "].amount", amount);
                }
            }
        }
        return e;
    }

    public static Errors payment(Inputs.PaymentInput in) {
        return payment(in, java.time.Instant.now());
    }

    public static Errors payment(Inputs.PaymentInput in, java.time.Instant now) {
        Errors e = new Errors();
        DateRules.received(e, "receivedAt", in.receivedAt(), now);
        Rules.required(e, "invoiceId", in.invoiceId());
        BigDecimal amount = Rules.parseMoney(e, "amount", in.amount());
        if (amount != null) {
            Rules.positiveMoney(e, "amount", amount);
        }
        Rules.oneOf(e, "method", in.method(), Enums.PaymentMethod.class);
        Rules.text(e, "reference", in.reference(), 100);
        return e;
    }

    public static Errors refund(Inputs.RefundInput in) {
        Errors e = new Errors();
        BigDecimal amount = Rules.parseMoney(e, "amount", in.amount());
        if (amount != null) {
            Rules.positiveMoney(e, "amount", amount);
        }
        Rules.name(e, "reason", in.reason(), 100);   // kept as the refund's reference
        return e;
    }

    /** Codes of faculties, programs and courses: 2 to 16 capital letters, digits, dashes. */
    static void code(Errors e, String field, String value) {
        if (Rules.required(e, field, value) && !value.matches("^[A-Z0-9][A-Z0-9-]{1,15}$")) {
            e.add(field, "must be 2 to 16 capital letters, digits or dashes");
        }
    }
}
