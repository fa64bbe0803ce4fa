package th.ac.ums.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeated runs of one benchmark: each run's named figures, and their median and spread
 * (min–max). benchmarks.md asks for at least three runs per suite and the median with its spread,
 * so that one noisy run on the shared cores neither passes nor fails a target on its own.
 */
final class Runs {
    /** One run's figures by name (insertion order), plus text that is not a number (flags, failures). */
    record Sample(Map<String, Double> figures, Map<String, String> text) {
        Sample() {
            this(new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        Sample put(String name, double value) {
            figures.put(name, value);
            return this;
        }

        Sample text(String name, String value) {
            text.put(name, value);
            return this;
        }
    }

    private final List<Sample> samples = new ArrayList<>();

    void add(Sample s) {
        samples.add(s);
    }

    int size() {
        return samples.size();
    }

    List<Sample> samples() {
        return samples;
    }

    private List<Double> values(String name) {
        List<Double> v = new ArrayList<>();
        for (Sample s : samples) {
            Double d = s.figures().get(name);
            if (d != null && !d.isNaN()) {
                v.add(d);
            }
        }
        v.sort(Double::compare);
        return v;
    }

    /** The median of a figure over the runs (NaN when no run has it). */
    double median(String name) {
        List<Double> v = values(name);
        if (v.isEmpty()) {
            return Double.NaN;
        }
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    double min(String name) {
        List<Double> v = values(name);
        return v.isEmpty() ? Double.NaN : v.get(0);
    }

    double max(String name) {
        List<Double> v = values(name);
        return v.isEmpty() ? Double.NaN : v.get(v.size() - 1);
    }

    /** The sum over the runs (counts such as errors). */
    double sum(String name) {
        return values(name).stream().mapToDouble(Double::doubleValue).sum();
    }

    /** "median (min–max)" in the given format, e.g. {@code "%.2fx"}; just the value for a single run. */
    String f(String name, String format) {
        double m = median(name);
        if (Double.isNaN(m)) {
            return "n/a";
        }
        String med = String.format(format, m);
        if (values(name).size() < 2) {
            return med;
        }
        return med + " (" + String.format(format, min(name)) + "–" + String.format(format, max(name)) + ")";
    }

    /** The text of the last run that has it ("" when none). */
    String text(String name) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            String t = samples.get(i).text().get(name);
            if (t != null) {
                return t;
            }
        }
        return "";
    }

    /** Every run's figures on one line each, for the log. */
    String dump() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            b.append("  run ").append(i + 1).append(':');
            samples.get(i).figures().forEach((k, v) -> b.append(' ').append(k).append('=')
                    .append(String.format(Math.abs(v) >= 100 ? "%.0f" : "%.3f", v)));
            b.append('\n');
        }
        return b.toString();
    }
}
