package th.ac.ums.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles a user can hold. Staff roles use the console; domain roles are people the
 * university administers and get 403 from every console endpoint.
 */
public enum Role {
    ADMIN, REGISTRAR, FINANCE, HELPDESK, STUDENT, INSTRUCTOR, APPLICANT;

    /** Roles that may sign in to the console at all. */
    public static final Set<Role> STAFF = EnumSet.of(ADMIN, REGISTRAR, FINANCE, HELPDESK);
    /** Registrar endpoints (contract: REGISTRAR, ADMIN). */
    public static final Set<Role> REGISTRAR_AREA = EnumSet.of(REGISTRAR, ADMIN);
    /** Finance endpoints (contract: FINANCE, ADMIN). */
    public static final Set<Role> FINANCE_AREA = EnumSet.of(FINANCE, ADMIN);
    /** Helpdesk endpoints (contract: HELPDESK, ADMIN). */
    public static final Set<Role> HELPDESK_AREA = EnumSet.of(HELPDESK, ADMIN);
    /** User administration (contract: ADMIN). */
    public static final Set<Role> ADMIN_AREA = EnumSet.of(ADMIN);

    public boolean isStaff() {
        return STAFF.contains(this);
    }
}
