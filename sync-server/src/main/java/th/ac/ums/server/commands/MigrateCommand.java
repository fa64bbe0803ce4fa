package th.ac.ums.server.commands;

import com.zaxxer.hikari.HikariDataSource;
import th.ac.ums.server.cli.Patience;
import th.ac.ums.server.platform.DataSources;
import th.ac.ums.server.platform.Settings;

/** {@code migrate}: applies pending migrations and exits 0. */
public final class MigrateCommand {
    private MigrateCommand() {
    }

    public static int run(Settings settings) {
        try (HikariDataSource ds = DataSources.forMigrations(settings)) {
            int applied = Patience.migrate(ds, settings.duration("db.startup-patience"));
            System.out.println("migrations applied: " + applied);
            return 0;
        }
    }
}
