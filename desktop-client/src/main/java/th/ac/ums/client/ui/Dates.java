package th.ac.ums.client.ui;

import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.DatePicker;

/** Date pickers in the console's language: {@code 30 พ.ย. 2569} typed or picked in Thai (Buddhist Era), {@code 30 Nov 2026} in English. */
public final class Dates {
    private static final String FOLLOW = "ums.dates.follow";

    private Dates() {
    }

    /**
     * Takes what is typed in every date picker under {@code root} as its value (a picker commits its
     * text only when it loses the focus or Enter is pressed; Ctrl+S and a default button do neither).
     */
    public static void commitAll(javafx.scene.Node root) {
        root.lookupAll(".date-picker").forEach(n -> {
            if (n instanceof DatePicker d && d.isEditable()) {
                d.commitValue();
            }
        });
    }

    /** Shows and reads the picker's dates with {@link Formats}, again whenever the language changes. */
    public static void follow(DatePicker d, Formats f) {
        InvalidationListener apply = o -> {
            d.setChronology(f.thai() ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE);
            d.setConverter(f.dateConverter());
            d.setPromptText(f.date(f.today()));
        };
        apply.invalidated(null);
        d.getProperties().put(FOLLOW, apply);
        f.i18n().locale().addListener(new WeakInvalidationListener(apply));
    }
}
