package th.ac.ums.client.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.StringConverter;

/**
 * Words, dates and money in the console's language, from one place. Dates are {@code 30 Nov 2026}
 * in English and {@code 30 พ.ย. 2569} (Buddhist Era) in Thai; timestamps are the date and time in
 * the university's zone (Asia/Bangkok unless the server names another); money keeps two decimals
 * with digit grouping; every code (an enum value, a role, a reason, a sort field) has a resource
 * key {@code enum.<Vocabulary>.<code>} in both languages. Read the language and zone at call time,
 * so a table only needs refreshing when they change (see {@link Cells}).
 */
public final class Formats {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Bangkok");
    /** Why a session ended: logout, revoked, expired, password-change, 2fa-reset, disabled. */
    public static final String END_REASON = "EndReason";
    /** The students grid's sort fields (studentCode, lastNameEn, ...). */
    public static final String STUDENT_SORT = "StudentSort";
    /** The aging report's grouping (faculty, program). */
    public static final String AGING_GROUP = "AgingGroup";
    /** Years from the Christian Era to the Buddhist Era. */
    public static final int BUDDHIST_ERA_OFFSET = 543;
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final I18n i18n;
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(DEFAULT_ZONE);

    public Formats(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The university's time zone: every timestamp is shown in it. */
    public ObjectProperty<ZoneId> zone() {
        return zone;
    }

    /** Takes the zone the server names (an IANA id such as Asia/Bangkok); none or an unknown one keeps the default. */
    public void zone(String id) {
        try {
            zone.set(id == null || id.isBlank() ? DEFAULT_ZONE : ZoneId.of(id.trim()));
        } catch (DateTimeException e) {
            zone.set(DEFAULT_ZONE);
        }
    }

    public boolean thai() {
        return i18n.thai();
    }

    /** {@code 30 Nov 2026} or {@code 30 พ.ย. 2569}; empty for none. */
    public String date(LocalDate d) {
        return d == null ? "" : pattern("d MMM yyyy").format(d);
    }

    /** The day of an instant in the university's zone. */
    public String date(Instant t) {
        return t == null ? "" : date(t.atZone(zone.get()).toLocalDate());
    }

    /** The date and time (24-hour) in the university's zone: {@code 30 Nov 2026 14:05}. */
    public String timestamp(Instant t) {
        return t == null ? "" : pattern("d MMM yyyy HH:mm").format(t.atZone(zone.get()));
    }

    /** The time of day (24-hour) in the university's zone: {@code 14:05}. */
    public String time(Instant t) {
        return t == null ? "" : pattern("HH:mm").format(t.atZone(zone.get()));
    }

    /** {@code Nov 2026} or {@code พ.ย. 2569}. */
    public String month(YearMonth m) {
        return m == null ? "" : pattern("MMM yyyy").format(m.atDay(1));
    }

    /** Today in the university's zone. */
    public LocalDate today() {
        return LocalDate.now(zone.get());
    }

    /** An amount with digit grouping and two decimals ({@code 1,234,567.50}); text that is not a number stays as it is. */
    public String money(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        try {
            return money(new BigDecimal(amount.trim()));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }

    /** A lone amount with its currency: {@code 1,500.00 THB} or {@code 1,500.00 บาท}. */
    public String amount(String amount) {
        return amount == null || amount.isBlank() ? "" : money(amount) + " " + i18n.get("money.currency");
    }

    public String amount(BigDecimal amount) {
        return amount == null ? "" : money(amount) + " " + i18n.get("money.currency");
    }

    /** A name in the current language ("บุญชัย เพชรใจ" or "Bunchai Phetchai"); the other one when that is missing. */
    public String name(String thai, String english) {
        String first = thai() ? thai : english;
        String other = thai() ? english : thai;
        return first != null && !first.isBlank() ? first.trim() : other == null ? "" : other.trim();
    }

    /** A person as staff name them: code and name in the current language ("62000004 บุญชัย เพชรใจ"). */
    public String person(String code, String thai, String english) {
        String n = name(thai, english);
        return code == null || code.isBlank() ? n : n.isEmpty() ? code : code + " " + n;
    }

    /**
     * The days of a section's schedule as the server keeps it (Thai abbreviations, "จ. พ. 13:00-14:30")
     * in the current language ("Mon Wed 13:00-14:30" in English): each day has a key {@code day.<n>}.
     */
    public String schedule(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        Matcher m = THAI_DAY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int day = java.util.Arrays.asList(THAI_DAYS).indexOf(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(i18n.get("day." + (day + 1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The schedule's day abbreviations, Monday first (the server's data, in Thai; shown through {@code day.<n>}). */
    private static final String[] THAI_DAYS = {"\u0e08", "\u0e2d", "\u0e1e", "\u0e1e\u0e24", "\u0e28", "\u0e2a",
        "\u0e2d\u0e32"};
    private static final Pattern THAI_DAY = Pattern.compile("(?<![\\p{L}\\p{M}])(\u0e2d\u0e32|\u0e1e\u0e24|\u0e08|\u0e2d|\u0e1e|\u0e28|\u0e2a)\\.");

    /** A count with digit grouping. */
    public String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** An enum value in words ({@code enum.StudentStatus.ACTIVE}). */
    public String word(Enum<?> value) {
        return value == null ? "" : word(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /** A code of an enum as the server sends it ("ACTIVE") in words. */
    public String word(Class<? extends Enum<?>> type, String code) {
        return word(type.getSimpleName(), code);
    }

    /** A code of a vocabulary ({@link #END_REASON}, {@link #STUDENT_SORT}, an enum's simple name) in words. */
    public String word(String vocabulary, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String key = "enum." + vocabulary + "." + code;
        return i18n.has(key) ? i18n.get(key) : humanize(code);
    }

    /** Roles in words, comma-separated ("Administrator, Registrar"). */
    public String roles(Collection<? extends Enum<?>> roles) {
        return roles == null ? "" : roles.stream().map(this::word).collect(Collectors.joining(", "));
    }

    /**
     * A date as typed: {@code 30/11/2569}, {@code 30-11-2026}, {@code 2026-11-30}, {@code 30 พ.ย. 2569},
     * {@code 30 Nov 2026}. In Thai every year is a Buddhist Era year (2569 is 2026); in English a
     * Christian Era one. A Christian Era year typed in Thai (2026) is not guessed at: it reads as BE
     * 2026 (1483) and {@link DateChecks} says to write 2569.
     */
    public Optional<LocalDate> parseDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String s = typed.trim().replaceAll("\\s+", " ");
        try {
            Matcher m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(of(m.group(3), m.group(2), m.group(1)));
            }
            m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(of(m.group(1), m.group(2), m.group(3)));
            }
            for (String p : new String[] {"d MMM yyyy", "d MMMM yyyy"}) {
                Optional<LocalDate> d = textual(s, p);
                if (d.isPresent()) {
                    return d;
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** For a DatePicker or a text field: shows {@link #date(LocalDate)}, reads {@link #parseDate(String)} (null when unreadable). */
    public StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return parseDate(s).orElse(null);
            }
        };
    }

    private LocalDate of(String year, String month, String day) {
        return LocalDate.of(commonEra(Integer.parseInt(year)), Integer.parseInt(month), Integer.parseInt(day));
    }

    private int commonEra(int year) {
        return thai() ? year - BUDDHIST_ERA_OFFSET : year;
    }

    private Optional<LocalDate> textual(String s, String pattern) {
        try {
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(i18n.locale().get());
            LocalDate d = LocalDate.from(f.parse(s));
            return Optional.of(d.withYear(commonEra(d.getYear())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private DateTimeFormatter pattern(String pattern) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, thai() ? I18n.THAI : Locale.ENGLISH);
        return thai() ? f.withChronology(ThaiBuddhistChronology.INSTANCE) : f;
    }

    /** A code without a text yet: "ON_LEAVE" reads "On leave", "2fa-reset" reads "2fa reset". */
    static String humanize(String code) {
        String s = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
