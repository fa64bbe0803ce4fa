package th.ac.ums.server.commands;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.auth.PasswordHasher;
import th.ac.ums.server.cli.Args;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.cli.Patience;
import th.ac.ums.server.platform.DataSources;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.DbGate;
import th.ac.ums.server.platform.ReplicaRouter;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.users.UserRepository;

/**
 * {@code create-admin --email E [--name N]}: creates an ADMIN user; the password comes from
 * UMS_ADMIN_PASSWORD or one line of stdin. Exits 1 if the email exists or the password
 * breaks the policy.
 */
public final class CreateAdminCommand {
    private CreateAdminCommand() {
    }

    public static int run(Settings settings, List<String> argv, Map<String, String> env, InputStream stdin) {
        Args args = Args.parse(argv, Set.of("--email", "--name"), Set.of());
        String email = args.get("--email").orElseThrow(() -> new Args.UsageException("--email is required"));
        String password = env.containsKey("UMS_ADMIN_PASSWORD") ? env.get("UMS_ADMIN_PASSWORD") : readLine(stdin);
        Errors errors = new Errors();
        Rules.email(errors, "email", email);
        PasswordPolicy.check(errors, "password", password);
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("cannot create the admin:");
            errors.list().forEach(e -> message.append("\n  ").append(e.field()).append(' ').append(e.message()));
            throw new Exit(1, message.toString());
        }
        String name = args.get("--name").orElse("Administrator");
        try (HikariDataSource ds = DataSources.primary(settings, null)) {
            Patience.migrate(ds, Duration.ofSeconds(30));
            Db db = new Db(ds, new DbGate(2, 10, Duration.ofSeconds(5)), ReplicaRouter.none());
            long id = create(db, PasswordHasher.fromSettings(settings), Clock.systemUTC(), email, name, password,
                    EnumSet.of(Role.ADMIN));
            System.out.println("created ADMIN user " + EmailAddress.canonical(email) + " (id " + id + ")");
            return 0;
        }
    }

    /** Creates a user with the given roles, audited as done by the system; exits 1 if the email exists. */
    public static long create(Db db, PasswordHasher hasher, Clock clock, String email, String name, String password,
                              Set<Role> roles) {
        String hash = hasher.hash(password);
        UserRepository users = new UserRepository();
        AuditLog audit = new AuditLog(clock);
        return db.write(tx -> {
            if (users.emailExists(tx, email)) {
                throw new Exit(1, "a user with email " + EmailAddress.canonical(email) + " already exists");
            }
            long id = users.insert(tx, email, name, hash, roles, clock.instant());
            audit.record(tx, AuditEntry.system("user.created", "user", String.valueOf(id),
                    Map.of("email", EmailAddress.canonical(email), "roles", roles)));
            return id;
        });
    }

    private static String readLine(InputStream stdin) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            if (System.console() != null) {
                char[] typed = System.console().readPassword("Password for the new admin: ");
                return typed == null ? "" : new String(typed);
            }
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new Exit(1, "cannot read the password from stdin");
        }
    }
}
