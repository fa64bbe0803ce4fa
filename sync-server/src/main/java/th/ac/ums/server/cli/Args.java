package th.ac.ums.server.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Command-line options: {@code --name value} and flags, checked against what a command knows. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    private Args() {
    }

    public static Args parse(List<String> args, Set<String> options, Set<String> flags) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                parsed.values.put(arg, "true");
            } else if (options.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                parsed.values.put(arg, args.get(++i));
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return parsed;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public long longValue(String name, long fallback) {
        String raw = values.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, got " + raw);
        }
    }

    /** Wrong command-line usage: printed with the usage text, exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
