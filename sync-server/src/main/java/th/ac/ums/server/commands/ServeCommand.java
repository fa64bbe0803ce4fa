package th.ac.ums.server.commands;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.auth.TokenSecrets;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Settings;

/** {@code serve}: checks the token secret, applies pending migrations, serves until stopped. */
public final class ServeCommand {
    private ServeCommand() {
    }

    public static int run(Settings settings) {
        requireTokenSecret(settings);
        Infrastructure infra = Infrastructure.open(settings, Clock.systemUTC());
        MigrateCommand.migrateWithRetry((com.zaxxer.hikari.HikariDataSource) infra.db().primaryDataSource(),
                Duration.ofSeconds(60));
        ApiServer server = ApiServer.start(infra);
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
