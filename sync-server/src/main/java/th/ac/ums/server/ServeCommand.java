package th.ac.ums.server;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import th.ac.ums.server.auth.TokenSecrets;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.cli.Patience;
import th.ac.ums.server.platform.DataSources;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Settings;

/** {@code serve}: checks the token secret, applies pending migrations, serves until stopped. */
public final class ServeCommand {
    private ServeCommand() {
    }

    public static int run(Settings settings) {
        requireTokenSecret(settings);
        try (HikariDataSource migrations = DataSources.forMigrations(settings)) {
            Patience.migrate(migrations, settings.duration("db.startup-patience"));
        }
        Infrastructure infra = Infrastructure.open(settings, Clock.systemUTC());
        ApiServer server;
        try {
            server = ApiServer.start(infra);
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            infra.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static void requireTokenSecret(Settings settings) {
        StringBuilder problem = new StringBuilder();
        if (TokenSecrets.decode(settings.optionalString("auth.token-secret").orElse(null), problem).isEmpty()) {
            throw new Exit(2, problem.toString());
        }
    }
}
