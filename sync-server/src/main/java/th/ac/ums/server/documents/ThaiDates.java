package th.ac.ums.server.documents;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as documents print them: {@code 2 ธ.ค. 2569} (Buddhist Era) in Thai, {@code 2 Dec 2026} in English. */
final class ThaiDates {
    private static final DateTimeFormatter THAI = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("th-TH"))
            .withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ThaiDates() {
    }

    static String thai(LocalDate d) {
        return THAI.format(d);
    }

    static String english(LocalDate d) {
        return ENGLISH.format(d);
    }
}
