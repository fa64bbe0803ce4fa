package th.ac.ums.server.users;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.DbFailures;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * User administration (ADMIN): create with an initial password that passes the policy, edit
 * name, roles and the disabled flag under optimistic locking. Disabling ends the user's
 * sessions at once; a role change reaches their live sessions at once. The last enabled
 * administrator cannot be disabled or lose the role.
 */
public final class UserService {
    private final Db db;
    private final UserRepository users;
    private final PasswordHashing hasher;
    private final SessionService sessions;
    private final Writes writes;
    private final Clock clock;

    /** Writes go through {@code writes}, so a change is announced and list totals of users count again. */
    public UserService(Db db, UserRepository users, PasswordHashing hasher, SessionService sessions, Writes writes,
                       Clock clock) {
        this.db = db;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.writes = writes;
        this.clock = clock;
    }

    /** POST /users body. */
    public record NewUser(String email, String displayName, List<String> roles, String password) {
    }

    /** PATCH /users/{id} body: every field optional. */
    public record UserChange(String displayName, List<String> roles, Boolean disabled) {
    }

    public UserDto create(Caller by, NewUser in, String ip) {
        Errors errors = new Errors();
        Rules.email(errors, "email", in.email());
        Rules.name(errors, "displayName", in.displayName(), 200);
        Set<Role> roles = roles(errors, in.roles());
        PasswordPolicy.check(errors, "password", in.password());
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        String hash = hasher.hash(in.password());
        long id;
        try {
            id = writes.run(w -> {
                var tx = w.tx();
                if (users.emailExists(tx, in.email())) {
                    throw Refusal.conflict("A user with this email already exists.");
                }
                long created = users.insert(tx, in.email(), in.displayName().trim(), hash, roles, clock.instant());
                UserDto dto = users.findById(tx, created).orElseThrow().toDto();
                w.audit(new AuditEntry(by.userId(), by.email(), "user.created", "user", String.valueOf(created),
                        ip, null, dto));
                w.changed("user", created, ChangeLog.CREATE, null);
                return created;
            });
        } catch (RuntimeException e) {
            if (DbFailures.isDuplicate(e)) {
                throw Refusal.conflict("A user with this email already exists.");
            }
            throw e;
        }
        return get(id);
    }

    public UserDto get(long id) {
        return db.readPrimary(exec -> users.findById(exec, id)).map(UserRecord::toDto)
                .orElseThrow(() -> Refusal.notFound("The user"));
    }

    public UserDto update(Caller by, long id, long expectedVersion, UserChange in, String ip) {
        Errors errors = new Errors();
        if (in.displayName() != null) {
            Rules.name(errors, "displayName", in.displayName(), 200);
        }
        Set<Role> roles = in.roles() == null ? null : roles(errors, in.roles());
        if (in.displayName() == null && in.roles() == null && in.disabled() == null) {
            errors.add("body", "names no field to change");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        UserDto[] beforeAfter = new UserDto[2];
        writes.run(w -> {
            var tx = w.tx();
            UserRecord current = users.findById(tx, id).orElseThrow(() -> Refusal.notFound("The user"));
            if (current.version() != expectedVersion) {
                throw Refusal.stale(current.version());
            }
            guardLastAdmin(tx, by, current, roles, in.disabled());
            String name = in.displayName() == null ? null : in.displayName().trim();
            long n = users.updateProfile(tx, id, expectedVersion, name, in.disabled(), clock.instant());
            if (n != 1) {
                throw Refusal.stale(current.version());
            }
            if (roles != null) {
                users.replaceRoles(tx, id, roles);
            }
            beforeAfter[0] = current.toDto();
            beforeAfter[1] = users.findById(tx, id).orElseThrow().toDto();
            w.audit(new AuditEntry(by.userId(), by.email(),
                    Boolean.TRUE.equals(in.disabled()) && !current.disabled() ? "user.disabled" : "user.changed",
                    "user", String.valueOf(id), ip, beforeAfter[0], beforeAfter[1]));
            w.changed("user", id, ChangeLog.UPDATE, null);
            return null;
        });
        UserDto after = beforeAfter[1];
        if (after.disabled() && !beforeAfter[0].disabled()) {
            sessions.endAll(id, SessionService.DISABLED, by, ip, null);
        } else if (roles != null) {
            sessions.store().updateRoles(id, roles);
        }
        return after;
    }

    private void guardLastAdmin(io.helidon.dbclient.DbExecute tx, Caller by, UserRecord current, Set<Role> roles,
                                Boolean disabled) {
        boolean losesAdmin = current.roles().contains(Role.ADMIN)
                && (Boolean.TRUE.equals(disabled) || roles != null && !roles.contains(Role.ADMIN));
        if (losesAdmin && users.otherActiveAdmins(tx, current.id()) == 0) {
            throw Refusal.conflict("This is the last enabled administrator; make someone else ADMIN first.");
        }
        if (current.id() == by.userId() && Boolean.TRUE.equals(disabled)) {
            throw Refusal.conflict("You cannot disable your own account.");
        }
    }

    private static Set<Role> roles(Errors errors, List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add("roles", "must name at least one role");
            return roles;
        }
        for (String name : names) {
            Role role = Rules.oneOf(errors, "roles", name, Role.class);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }
}
