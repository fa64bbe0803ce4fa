package th.ac.ums.server.clients;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console's version, {@code major.minor.patch}, as the console sends it at the head of its
 * User-Agent on every call ({@code UMS-Console/1.2.0 (Windows 11; Java 25)}). A console built
 * without a version (a developer's, {@code UMS-Console/dev}) and any other client have none.
 */
public record ConsoleVersion(int major, int minor, int patch) implements Comparable<ConsoleVersion> {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,5})\\.(\\d{1,5})(?:\\.(\\d{1,5}))?");
    /** The head of a console's User-Agent; a build's suffix ("1.2.0-SNAPSHOT", "1.2.0+7") is the version it will be. */
    private static final Pattern AGENT = Pattern.compile(
            "^UMS-Console/(\\d{1,5})\\.(\\d{1,5})(?:\\.(\\d{1,5}))?(?:[-+][0-9A-Za-z.+-]*)?(?=\\s|$)");

    /** Reads "1.2.0" or "1.2"; anything else is refused with the reason. */
    public static ConsoleVersion parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a version like 1.2.0");
        }
        return new ConsoleVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /** The version of the console that sent this User-Agent; empty for other clients and unversioned builds. */
    public static Optional<ConsoleVersion> fromUserAgent(String userAgent) {
        if (userAgent == null) {
            return Optional.empty();
        }
        // one match a request (every call passes here): no second parse, no pattern compiled per call
        Matcher m = AGENT.matcher(userAgent);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ConsoleVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    @Override
    public int compareTo(ConsoleVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c == 0 ? Integer.compare(patch, o.patch) : c;
    }

    public boolean olderThan(ConsoleVersion o) {
        return compareTo(o) < 0;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
