package th.ac.ums.server.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.model.Dtos.ClientVersionsDto;
import th.ac.ums.server.http.ApiException;
import th.ac.ums.server.platform.Settings;

/**
 * Which consoles this server serves: none older than {@code clients.minimum-version} (they get 426
 * with the download link on every call), and {@code clients.latest-version} at
 * {@code clients.download-url} for the "update available" notice. Clients that are not consoles
 * (scripts, curl) and unversioned developer builds are never refused: the rule is about desks.
 */
public final class ConsolePolicy {
    /** What the server makes of a console's version. */
    public enum Status { CURRENT, UPDATE_AVAILABLE, UNSUPPORTED }

    private final ConsoleVersion minimum;
    private final ConsoleVersion latest;
    private final String downloadUrl;

    public ConsolePolicy(ConsoleVersion minimum, ConsoleVersion latest, String downloadUrl) {
        if (latest.olderThan(minimum)) {
            throw new IllegalStateException("clients.latest-version " + latest + " is older than clients.minimum-version "
                    + minimum);
        }
        this.minimum = minimum;
        this.latest = latest;
        this.downloadUrl = downloadUrl == null ? "" : downloadUrl.strip();
    }

    /** From {@code clients.*}; a malformed version stops the server with the setting's name. */
    public static ConsolePolicy from(Settings s) {
        return new ConsolePolicy(version(s, "clients.minimum-version"), version(s, "clients.latest-version"),
                s.optionalString("clients.download-url").orElse(""));
    }

    private static ConsoleVersion version(Settings s, String key) {
        try {
            return ConsoleVersion.parse(s.string(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": " + e.getMessage(), e);
        }
    }

    public Status status(ConsoleVersion v) {
        if (v.olderThan(minimum)) {
            return Status.UNSUPPORTED;
        }
        return v.olderThan(latest) ? Status.UPDATE_AVAILABLE : Status.CURRENT;
    }

    /** Refuses a call from a console older than the minimum: 426 with the versions and the link. */
    public void admit(String userAgent) {
        Optional<ConsoleVersion> v = ConsoleVersion.fromUserAgent(userAgent);
        if (v.isEmpty() || !v.get().olderThan(minimum)) {
            return;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("yourVersion", v.get().toString());
        facts.put("minimumVersion", minimum.toString());
        facts.put("latestVersion", latest.toString());
        facts.put("downloadUrl", downloadUrl);
        throw new ApiException(426, "Console update required", "This console (" + v.get() + ") is older than the "
                + "oldest this server supports (" + minimum + "). Install " + latest
                + (downloadUrl.isEmpty() ? " from IT." : " from " + downloadUrl + "."), List.of(),
                Map.of("Upgrade", "UMS-Console/" + latest), facts);
    }

    /** GET /client-versions: the versions, and what the server makes of the caller's. */
    public ClientVersionsDto answer(String userAgent) {
        Optional<ConsoleVersion> v = ConsoleVersion.fromUserAgent(userAgent);
        return new ClientVersionsDto(minimum.toString(), latest.toString(), downloadUrl,
                v.map(Object::toString).orElse(null), v.map(this::status).map(Enum::name).orElse(null));
    }

    public ConsoleVersion minimum() {
        return minimum;
    }

    public ConsoleVersion latest() {
        return latest;
    }
}
