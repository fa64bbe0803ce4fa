package th.ac.ums.server;

import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import th.ac.ums.server.cli.Args;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.cli.Failures;
import th.ac.ums.server.commands.CreateAdminCommand;
import th.ac.ums.server.commands.DemoLauncher;
import th.ac.ums.server.commands.MigrateCommand;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.seed.SeedCommand;

/** Command line of the sync server: serve (default), migrate, create-admin, seed, demo. */
public final class Main {
    static final String USAGE = """
            usage: java -jar ums-sync-server.jar [COMMAND] [OPTIONS]
              serve                                   apply migrations, then serve HTTP (default)
              migrate                                 apply pending migrations and exit
              create-admin --email E [--name N]       create an ADMIN user (password: stdin or UMS_ADMIN_PASSWORD)
              seed --students N [--random-seed S] [--append] [--as-of YYYY-MM-DD]
                                                      fill the database with a synthetic university
              demo [--students N]                     embedded database and Redis, demo data and users, then serve
            environment: UMS_HTTP_HOST UMS_HTTP_PORT UMS_DB_URL UMS_DB_USER UMS_DB_PASSWORD UMS_DB_POOL_SIZE
                         UMS_DB_REPLICA_URL UMS_REDIS_URL UMS_REDIS_PREFIX UMS_TOKEN_SECRET UMS_CONFIG
                         UMS_TLS_CERTIFICATE UMS_TLS_PRIVATE_KEY UMS_TLS_KEYSTORE UMS_TLS_KEYSTORE_PASSWORD""";

    private Main() {
    }

    public static void main(String[] argv) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = run(Arrays.asList(argv));
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(List<String> argv) {
        String command = argv.isEmpty() ? "serve" : argv.get(0);
        List<String> rest = argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
        try {
            return switch (command) {
                case "serve" -> ServeCommand.run(settings());
                case "migrate" -> MigrateCommand.run(settings());
                case "create-admin" -> CreateAdminCommand.run(settings(), rest, System.getenv(), System.in);
                case "seed" -> SeedCommand.run(settings(), rest);
                case "demo" -> DemoLauncher.run(rest);
                case "help", "--help", "-h" -> {
                    System.out.println(USAGE);
                    yield 0;
                }
                default -> throw new Args.UsageException("unknown command " + command);
            };
        } catch (Args.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (Exit e) {
            System.err.println(e.getMessage());
            return e.code();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).debug("{} failed", command, e);
            System.err.println(Failures.oneLine(command, e));
            return 1;
        }
    }

    private static Settings settings() {
        try {
            return Settings.fromEnvironment();
        } catch (IllegalStateException e) {
            throw new Exit(2, e.getMessage());
        }
    }
}
