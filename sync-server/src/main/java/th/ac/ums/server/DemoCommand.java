package th.ac.ums.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.server.auth.PasswordHasher;
import th.ac.ums.server.auth.TokenSecrets;
import th.ac.ums.server.cli.Args;
import th.ac.ums.server.commands.CreateAdminCommand;
import th.ac.ums.server.embedded.EmbeddedServices;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.seed.SeedCommand;

/**
 * {@code demo}: embedded MariaDB and Redis, migrations, a demo university, one user per staff
 * role (emails and passwords printed), then serve. Nothing outlives the process.
 */
public final class DemoCommand {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private DemoCommand() {
    }

    public static int run(List<String> argv) {
        Args args = Args.parse(argv, Set.of("--students"), Set.of());
        Settings base = Settings.fromEnvironment();
        long students = args.longValue("--students", base.integer("seed.demo-students"));
        System.out.println("demo: starting embedded MariaDB and Redis (first start unpacks them, about 20 s)");
        Started started = new Started();
        try {
            started.mariaDb = EmbeddedServices.startMariaDb();
            started.redis = EmbeddedServices.startRedis();
            Settings settings = base.with(Map.of(
                    "db.url", started.mariaDb.url("ums"),
                    "db.user", "root",
                    "db.password", "",
                    "redis.url", started.redis.url(),
                    "auth.token-secret", TokenSecrets.generate()));
            SeedCommand.seed(settings, students, 1, LocalDate.now(ZoneOffset.UTC), false, System.out);
            started.infra = Infrastructure.open(settings, Clock.systemUTC());
            Map<String, String> accounts = createStaff(started.infra, settings);
            started.server = ApiServer.start(started.infra);
            printAccounts(accounts, settings.string("server.host"), started.server.port());
        } catch (RuntimeException e) {
            System.out.println("demo: stopping the embedded MariaDB and Redis");
            started.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            stopped.countDown();
        }, "demo-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** What the demo has started so far; closed in reverse order, each part on its own. */
    private static final class Started {
        EmbeddedServices.MariaDb mariaDb;
        EmbeddedServices.Redis redis;
        Infrastructure infra;
        ApiServer server;

        void close() {
            quietly(server);
            quietly(infra);
            quietly(redis);
            quietly(mariaDb);
        }

        private static void quietly(AutoCloseable part) {
            if (part == null) {
                return;
            }
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("demo: could not stop " + part.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static Map<String, String> createStaff(Infrastructure infra, Settings settings) {
        PasswordHasher hasher = PasswordHasher.fromSettings(settings);
        Map<String, String> accounts = new LinkedHashMap<>();
        for (Role role : List.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK)) {
            String email = role.name().toLowerCase() + "@demo.ums.ac.th";
            String password = newPassword();
            String name = switch (role) {
                case ADMIN -> "ผู้ดูแลระบบ (Admin)";
                case REGISTRAR -> "งานทะเบียน (Registrar)";
                case FINANCE -> "งานการเงิน (Finance)";
                default -> "ฝ่ายช่วยเหลือ (Helpdesk)";
            };
            CreateAdminCommand.create(infra.db(), hasher, infra.clock(), email, name, password, EnumSet.of(role));
            accounts.put(role.name() + " " + email, password);
        }
        return accounts;
    }

    /** A random password that passes the policy (upper, lower, digit, symbol; 16 characters). */
    static String newPassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 13; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            sb.append('-').append(random.nextInt(10)).append('!');
            Errors errors = new Errors();
            PasswordPolicy.check(errors, "password", sb.toString());
            if (errors.isEmpty()) {
                return sb.toString();
            }
        }
    }

    private static void printAccounts(Map<String, String> accounts, String host, int port) {
        System.out.println();
        System.out.println("demo: UMS Console demo is ready at http://" + host + ":" + port + "/api/v1");
        System.out.println("demo: staff accounts (new passwords on every start):");
        accounts.forEach((who, password) -> System.out.printf("demo:   %-40s %s%n", who, password));
        System.out.println("demo: stop with Ctrl+C");
    }
}
