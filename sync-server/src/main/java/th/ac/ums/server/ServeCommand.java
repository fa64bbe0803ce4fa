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
        // errors to Sentry when SENTRY_DSN is set (request id only, personal data scrubbed)
        java.util.Optional<th.ac.ums.server.platform.ErrorTracking> tracking = th.ac.ums.server.platform.ErrorTracking
                .install(System.getenv(), java.util.Objects.requireNonNullElse(
                        ServeCommand.class.getPackage().getImplementationVersion(), "dev"));
        // traces to an OTLP collector when OTEL_EXPORTER_OTLP_ENDPOINT is set
        java.util.Optional<AutoCloseable> tracing = th.ac.ums.server.platform.Tracing.fromEnvironment(System.getenv(),
                java.util.Objects.requireNonNullElse(ServeCommand.class.getPackage().getImplementationVersion(), "dev"));
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
            tracing.ifPresent(t -> {
                try {
                    t.close();
                } catch (Exception e) {
                    // the last spans may be lost: nothing else to do at shutdown
                }
            });
            tracking.ifPresent(t -> {
                t.flush();
                t.close();
            });
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
