package th.ac.ums.client.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ac.ums.model.validation.DateRules;
import th.ac.ums.model.validation.Errors;

/**
 * The console's side of {@link DateRules}: a date typed in a form is checked against the same
 * plausible range as on the server before anything is sent, and the rule's answer is said in the
 * current language with dates as the console shows them. A year that looks like the other era gets
 * the year to write instead: in English 2569 is "a Buddhist Era year: write 2026"; in Thai a date
 * typed as 2026 (read as BE 2026, 1483) is "a Christian Era year: write 2569".
 */
public final class DateChecks {
    /** One of {@link DateRules}' checks ({@code DateRules::birth}, {@code DateRules::admitted}, ...). */
    @FunctionalInterface
    public interface Rule {
        void check(Errors e, String field, LocalDate date, LocalDate today);
    }

    private static final Pattern BETWEEN = Pattern.compile("must be between (\\d{4}-\\d{2}-\\d{2}) and (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern BUDDHIST = Pattern.compile("looks like a Buddhist Era year: write (\\d+) for (\\d+)");
    private final Formats formats;

    public DateChecks(Formats formats) {
        this.formats = formats;
    }

    /** Checks {@code date} (null is not checked) and puts the message under {@code field}; whether it passed. */
    public boolean check(Map<String, String> errors, String field, LocalDate date, Rule rule) {
        Errors e = new Errors();
        rule.check(e, field, date, formats.today());
        if (e.isEmpty()) {
            return true;
        }
        errors.put(field, message(date, e.list().get(0).message()));
        return false;
    }

    /**
     * A date rule's message (the console's own or the server's) as a message key with its
     * arguments, for {@link I18n#message(String)}; a message it does not know stays as it is.
     */
    public String message(LocalDate date, String ruleMessage) {
        if (ruleMessage == null) {
            return null;
        }
        if (formats.thai() && date != null && typedYear(date) >= 1900 && typedYear(date) < 2400) {
            return I18n.compose("date.commonEraYear", typedYear(date) + Formats.BUDDHIST_ERA_OFFSET, typedYear(date));
        }
        Matcher m = BUDDHIST.matcher(ruleMessage);
        if (m.matches()) {
            return I18n.compose("date.buddhistEraYear", m.group(1), m.group(2));
        }
        m = BETWEEN.matcher(ruleMessage);
        if (m.matches()) {
            return I18n.compose("date.between", formats.date(LocalDate.parse(m.group(1))),
                    formats.date(LocalDate.parse(m.group(2))));
        }
        return ruleMessage;
    }

    /** The year as the user typed it (the Buddhist Era one in Thai). */
    private int typedYear(LocalDate date) {
        return formats.thai() ? date.getYear() + Formats.BUDDHIST_ERA_OFFSET : date.getYear();
    }
}
