package th.ac.ums.server.seed;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import th.ac.ums.server.cli.Args;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.cli.Patience;
import th.ac.ums.server.commands.MigrateCommand;
import th.ac.ums.server.platform.DataSources;
import th.ac.ums.server.platform.JdbcUrl;
import th.ac.ums.server.platform.Settings;

/**
 * {@code seed --students N [--random-seed S] [--append] [--as-of YYYY-MM-DD]}: a deterministic
 * synthetic university. The same seed and as-of date always give the same rows.
 */
public final class SeedCommand {
    public static final long MAX_STUDENTS = 5_000_000;

    private SeedCommand() {
    }

    public static int run(Settings settings, List<String> argv) {
        Args args = Args.parse(argv, Set.of("--students", "--random-seed", "--as-of"), Set.of("--append"));
        long students = args.longValue("--students", -1);
        if (students < 1 || students > MAX_STUDENTS) {
            throw new Args.UsageException("--students must be between 1 and " + MAX_STUDENTS);
        }
        long seed = args.longValue("--random-seed", 1);
        LocalDate asOf = args.get("--as-of").map(SeedCommand::date).orElse(LocalDate.now(ZoneOffset.UTC));
        seed(settings, students, seed, asOf, args.flag("--append"), System.out);
        return 0;
    }

    /** Migrates the database and seeds it; used by the command, by demo and by tests. */
    public static long seed(Settings settings, long students, long seed, LocalDate asOf, boolean append,
                            PrintStream out) {
        try (HikariDataSource ds = DataSources.forMigrations(settings)) {
            Patience.migrate(ds, settings.duration("db.startup-patience"));
        }
        Settings bulk = DataSources.bulk(settings);
        String url = JdbcUrl.parse(settings.string("db.url")).withProperty("allowLoadLocalInfile", "true")
                .withProperty("connectTimeout", String.valueOf(bulk.duration("db.connect-timeout").toMillis()))
                .withProperty("socketTimeout", String.valueOf(bulk.duration("db.socket-timeout").toMillis()))
                .withDefaults();
        BulkConnections connections = new BulkConnections(url, settings.string("db.user"),
                settings.optionalString("db.password").orElse(""), settings.duration("db.startup-patience"));
        SeedRun run = new SeedRun(connections, students, seed, asOf, append, settings.integer("seed.batch-size"), out);
        try {
            return run.run();
        } catch (SQLException | RuntimeException e) {
            if (e instanceof Exit exit) {
                throw exit;
            }
            throw new Exit(1, Patience.isConnectionProblem(e)
                    ? "seeding failed: the database stopped answering (" + Patience.rootMessage(e)
                      + "); check that MariaDB/MySQL is running, then seed an empty database again"
                    : "seeding failed: " + Patience.rootMessage(e));
        }
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new Args.UsageException("--as-of must be a date like 2026-11-28");
        }
    }
}
