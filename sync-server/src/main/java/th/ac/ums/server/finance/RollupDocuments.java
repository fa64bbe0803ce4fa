package th.ac.ums.server.finance;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import th.ac.ums.server.finance.ReportRollups.Rollup;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.platform.Metrics;

/** The JSON documents of the rollups, computed as of an instant and stamped with it ({@code asOfTime}). */
final class RollupDocuments {
    private final Reports reports;
    private final Metrics metrics;

    RollupDocuments(Reports reports, Metrics metrics) {
        this.reports = reports;
        this.metrics = metrics;
    }

    /** The documents of the given rollups as of {@code at}; both agings come from one scan. */
    Map<Rollup, byte[]> of(Set<Rollup> work, Instant at) {
        Map<Rollup, byte[]> documents = new EnumMap<>(Rollup.class);
        if (work.contains(Rollup.AGING_FACULTY) || work.contains(Rollup.AGING_PROGRAM)) {
            long t = System.nanoTime();
            Map<String, Map<String, Object>> aging = reports.aging(at);
            documents.put(Rollup.AGING_FACULTY, Json.write(stamped(aging.get("faculty"), at)));
            documents.put(Rollup.AGING_PROGRAM, Json.write(stamped(aging.get("program"), at)));
            metrics.reportRefresh("aging", System.nanoTime() - t);
        }
        if (work.contains(Rollup.FINANCE)) {
            long t = System.nanoTime();
            documents.put(Rollup.FINANCE, Json.write(stamped(reports.finance(at), at)));
            metrics.reportRefresh(Rollup.FINANCE.key(), System.nanoTime() - t);
        }
        if (work.contains(Rollup.DASHBOARD)) {
            long t = System.nanoTime();
            documents.put(Rollup.DASHBOARD, Json.write(stamped(reports.dashboard(at), at)));
            metrics.reportRefresh(Rollup.DASHBOARD.key(), System.nanoTime() - t);
        }
        return documents;
    }

    /** The report with {@code asOfTime}, the instant it was computed at, after its {@code asOf} day. */
    private static Map<String, Object> stamped(Map<String, Object> report, Instant at) {
        Map<String, Object> out = new LinkedHashMap<>();
        report.forEach((k, v) -> {
            out.put(k, v);
            if ("asOf".equals(k)) {
                out.put("asOfTime", at.toString());
            }
        });
        return out;
    }
}
