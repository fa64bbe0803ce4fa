package th.ac.ums.model.api;

/**
 * Every path of the HTTP API, relative to {@link #BASE}: the server registers its routes with these
 * templates and the console calls them. A template names its parameters in braces
 * ({@code /students/{id}}); {@link #path(String, Object...)} fills them in.
 */
public final class ApiPaths {
    /** The prefix of every API path. */
    public static final String BASE = "/api/v1";

    // sign-in and the caller's own account
    public static final String AUTH_LOGIN = "/auth/login";
    public static final String AUTH_LOGIN_2FA = "/auth/login/2fa";
    public static final String AUTH_LOGOUT = "/auth/logout";
    public static final String ME = "/me";
    public static final String ME_SESSION = "/me/session";
    public static final String ME_2FA = "/me/2fa";
    public static final String ME_2FA_ENROLLMENT = "/me/2fa/enrollment";
    public static final String ME_2FA_ENROLLMENT_CONFIRM = "/me/2fa/enrollment/confirm";
    public static final String ME_PASSWORD = "/me/password";
    public static final String ME_SESSIONS = "/me/sessions";
    public static final String ME_SESSION_ONE = "/me/sessions/{id}";

    // users and the helpdesk
    public static final String USERS = "/users";
    public static final String USER = "/users/{id}";
    public static final String USER_SESSIONS = "/users/{id}/sessions";
    public static final String USER_UNLOCK = "/users/{id}/unlock";
    public static final String USER_2FA = "/users/{id}/2fa";
    public static final String HELPDESK_USERS = "/helpdesk/users";
    public static final String HELPDESK_SIGN_INS = "/helpdesk/users/{id}/sign-ins";
    public static final String SESSIONS = "/sessions";
    /** The console versions the server supports (no sign-in), and desks per version (helpdesk, admin). */
    public static final String CLIENT_VERSIONS = "/client-versions";
    public static final String CLIENT_VERSIONS_DESKS = "/client-versions/desks";
    public static final String SESSIONS_HISTORY = "/sessions/history";
    public static final String SESSION = "/sessions/{id}";

    // students, enrolments and holds
    public static final String STUDENTS = "/students";
    public static final String STUDENTS_EXPORT = "/students/export";
    public static final String STUDENTS_IMPORT = "/students/import";
    public static final String STUDENT = "/students/{id}";
    public static final String STUDENT_BALANCE = "/students/{id}/balance";
    public static final String STUDENT_NATIONAL_ID = "/students/{id}/national-id";
    public static final String STUDENT_ENROLLMENTS = "/students/{id}/enrollments";
    public static final String STUDENT_ENROLLMENT = "/students/{id}/enrollments/{enrollmentId}";
    public static final String SECTION_ENROLLMENTS = "/sections/{id}/enrollments";
    public static final String HOLDS = "/holds";
    public static final String HOLDS_EXPORT = "/holds/export";
    public static final String HOLD = "/holds/{id}";
    public static final String HOLD_LIFT = "/holds/{id}/lift";

    // reference data (each also has "/{id}": see #one)
    public static final String FACULTIES = "/faculties";
    public static final String PROGRAMS = "/programs";
    public static final String COURSES = "/courses";
    public static final String TERMS = "/terms";
    public static final String SECTIONS = "/sections";

    // admissions
    public static final String APPLICATIONS = "/applications";
    public static final String APPLICATIONS_EXPORT = "/applications/export";
    public static final String APPLICATIONS_DECISIONS = "/applications/decisions";
    public static final String APPLICATIONS_ADMISSIONS = "/applications/admissions";
    public static final String APPLICATION = "/applications/{id}";
    public static final String APPLICATION_DECISION = "/applications/{id}/decision";
    public static final String APPLICATION_REVIEW = "/applications/{id}/review";
    public static final String APPLICATION_ADMIT = "/applications/{id}/admit";
    public static final String APPLICATION_WITHDRAW = "/applications/{id}/withdraw";

    // finance
    public static final String INVOICES = "/invoices";
    public static final String INVOICES_EXPORT = "/invoices/export";
    public static final String INVOICES_GENERATE = "/invoices/generate";
    public static final String INVOICE = "/invoices/{id}";
    public static final String INVOICE_VOID = "/invoices/{id}/void";
    public static final String INVOICE_PDF = "/invoices/{id}.pdf";
    public static final String INVOICE_BILL_PAYMENT = "/invoices/{id}/bill-payment";
    public static final String PAYMENTS = "/payments";
    public static final String PAYMENTS_EXPORT = "/payments/export";
    public static final String PAYMENT = "/payments/{id}";
    public static final String PAYMENT_REFUND = "/payments/{id}/refund";
    public static final String BANK_FILES = "/payments/bank-files";
    public static final String BANK_FILE_LAYOUTS = "/payments/bank-files/layouts";
    public static final String BANK_LINES = "/payments/bank-lines";
    public static final String BANK_LINE_ASSIGN = "/payments/bank-lines/{id}/assign";
    public static final String BANK_LINE_RETURN = "/payments/bank-lines/{id}/return";
    public static final String JOB = "/jobs/{id}";
    public static final String REPORTS_AGING = "/reports/aging";
    public static final String REPORTS_FINANCE = "/reports/finance";
    public static final String REPORTS_DASHBOARD = "/reports/dashboard";
    public static final String RECEIPTS = "/receipts";
    public static final String RECEIPT = "/receipts/{id}";
    public static final String RECEIPT_CANCEL = "/receipts/{id}/cancel";
    public static final String RECEIPT_PDF = "/receipts/{id}.pdf";
    public static final String RECEIPTS_PDF = "/receipts.pdf";
    public static final String REPORTS_DAY_CLOSE = "/reports/day-close";

    // audit and the change feed
    public static final String AUDIT = "/audit";
    public static final String CHANGES = "/changes";
    public static final String EVENTS = "/events";

    private ApiPaths() {
    }

    /** The template of one record of a collection: {@code /faculties} becomes {@code /faculties/{id}}. */
    public static String one(String collection) {
        return collection + "/{id}";
    }

    /**
     * {@code template} with its parameters filled in, in order: {@code path(STUDENT_ENROLLMENT, 5, 9)}
     * is {@code /students/5/enrollments/9}. The values are written as they are (ids, not free text).
     */
    public static String path(String template, Object... values) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0 || next >= values.length) {
                    throw new IllegalArgumentException("Too few values for " + template);
                }
                out.append(values[next++]);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        if (next != values.length) {
            throw new IllegalArgumentException("Too many values for " + template);
        }
        return out.toString();
    }
}
