package th.ac.ums.server.seed;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import th.ac.ums.server.commands.Args;
import th.ac.ums.server.commands.Exit;
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
        try (HikariDataSource ds = DataSources.primary(settings, null)) {
            MigrateCommand.migrateWithRetry(ds, Duration.ofSeconds(30));
        }
        String url = JdbcUrl.parse(settings.string("db.url")).withProperty("allowLoadLocalInfile", "true")
                .withDefaults();
        SeedRun run = new SeedRun(url, settings.string("db.user"), settings.optionalString("db.password").orElse(""),
                students, seed, asOf, append, settings.integer("seed.batch-size"), out);
        try {
            return run.run();
        } catch (SQLException e) {
            throw new Exit(1, "seeding failed: " + e.getMessage());
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
