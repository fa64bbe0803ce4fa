package th.ac.ums.client.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import th.ac.ums.client.text.Messages;

/**
 * Thai and English texts from resource bundles, switchable at runtime: views bind labels to
 * {@link #text(String)} so changing {@link #locale()} relabels every screen at once.
 */
public final class I18n {
    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final String BUNDLE = "th.ac.ums.client.messages";
    /** Between the arguments of a composed message ({@link Messages#SEPARATOR}). */
    private static final String SEPARATOR = Messages.SEPARATOR;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);

    public I18n(Locale initial) {
        locale.set(initial);
    }

    public ObjectProperty<Locale> locale() {
        return locale;
    }

    public boolean thai() {
        return "th".equals(locale.get().getLanguage());
    }

    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /**
     * A view-model message: a bundle key, {@code key:value} (the value is the key's argument; several
     * arguments: {@link #compose}), or the server's own text, which is shown as it is.
     */
    public String message(String keyOrText) {
        if (keyOrText == null || keyOrText.isEmpty()) {
            return "";
        }
        int colon = keyOrText.indexOf(':');
        String key = colon > 0 ? keyOrText.substring(0, colon) : keyOrText;
        if (key.contains(" ") || !"problem".equals(key) && get(key).equals(key)) {
            // the server's own text (a field error of the shared rules): in the console's words when it knows it
            return ServerText.key(keyOrText) != null ? ServerText.show(this, keyOrText) : keyOrText;
        }
        if (colon <= 0) {
            return get(key);
        }
        String[] args = keyOrText.substring(colon + 1).split(SEPARATOR, -1);
        if ("problem".equals(key)) {
            return problem(args);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = argument(args[i]);
        }
        return get(key, shown);
    }

    /** Marks an argument of {@link #compose} that is shown in the language of the moment it is read. */
    private static final char LOCAL = Messages.LOCAL;
    /** Between the parts of such an argument. */
    private static final String PART = Messages.PART;

    /** Between the arguments of a message given as an argument ({@link #key}). */
    private static final String INNER = Messages.INNER;

    /** An argument shown as this message (a key, or {@code key:args} as {@link #compose} makes) in the language of the moment. */
    public static String key(String key) {
        return Messages.key(key);
    }

    /** An argument: a code of a vocabulary in words ({@code enum.<vocabulary>.<code>}) in the language of the moment. */
    public static String word(String vocabulary, String code) {
        return Messages.word(vocabulary, code);
    }

    /** An argument: a day, written in the language of the moment ({@code 1 Sep 2026} or {@code 1 ก.ย. 2569}). */
    public static String date(java.time.LocalDate day) {
        return Messages.date(day);
    }

    /** An argument: a person, code and the name in the language of the moment (the other one when that is missing). */
    public static String person(String code, String thai, String english) {
        return Messages.person(code, thai, english);
    }

    /** An argument: a count with its noun, singular or plural ({@code <key>.one} / {@code <key>.many}, "1 row", "14,423 rows"). */
    public static String counted(String key, long n) {
        return Messages.counted(key, n);
    }

    private Object argument(String a) {
        if (a.isEmpty() || a.charAt(0) != LOCAL || a.length() < 2) {
            return a;
        }
        String body = a.substring(2);
        String[] p = body.split(PART, -1);
        return switch (a.charAt(1)) {
            case 'k' -> message(body.replace(INNER, SEPARATOR));
            case 'w' -> {
                String k = "enum." + p[0] + "." + (p.length > 1 ? p[1] : "");
                yield has(k) ? get(k) : Formats.humanize(p.length > 1 ? p[1] : "");
            }
            case 'd' -> day(java.time.LocalDate.parse(body));
            case 'p' -> {
                String first = thai() ? p[1] : p[2];
                String other = thai() ? p[2] : p[1];
                String n = !first.isBlank() ? first.trim() : other.trim();
                yield p[0].isBlank() ? n : n.isEmpty() ? p[0] : p[0] + " " + n;
            }
            case 'c' -> count(p[0], Long.parseLong(p[1]));
            default -> a;
        };
    }

    /** A count with its noun: {@code <key>.one} for 1, {@code <key>.many} otherwise (the count with digit grouping). */
    public String count(String key, long n) {
        String grouped = String.format(Locale.ENGLISH, "%,d", n);
        String k = key + (n == 1 ? ".one" : ".many");
        return has(k) ? get(k, grouped) : get(key, grouped);
    }

    /** A day in this language: {@code 1 Sep 2026}, or {@code 1 ก.ย. 2569} (Buddhist Era) in Thai. */
    String day(java.time.LocalDate d) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                thai() ? THAI : Locale.ENGLISH);
        return (thai() ? f.withChronology(java.time.chrono.ThaiBuddhistChronology.INSTANCE) : f).format(d);
    }

    /**
     * A problem the server answered ({@code problem:<status>␟<its text>}, from
     * {@link th.ac.ums.client.api.ApiException#messageOf}): a text the console knows in its own words
     * ({@link ServerText}); otherwise in English the server's text, and in Thai the title of the status.
     */
    private String problem(String[] args) {
        int status;
        try {
            status = Integer.parseInt(args[0]);
        } catch (NumberFormatException e) {
            status = 0;
        }
        String text = args.length > 1 ? args[1] : "";
        if (ServerText.key(text) != null) {
            return ServerText.show(this, text);
        }
        if (!thai() && !text.isBlank()) {
            return text;
        }
        String byStatus = "problem.status." + status;
        return has(byStatus) ? get(byStatus) : status >= 500 ? get("problem.status.500") : get("problem.status.other");
    }

    /**
     * A message of a key with several arguments, for {@link #message(String)}: names, formatted
     * amounts, numbers ({@code compose("payment.done", "1,500.00", "62000004 บุญชัย เพชรใจ", "INV-…")}).
     */
    public static String compose(String key, Object... args) {
        return Messages.compose(key, args);
    }

    /** {@link #message(String)} that follows both the text and the language. */
    public StringBinding message(javafx.beans.value.ObservableValue<String> keyOrText) {
        return Bindings.createStringBinding(() -> message(keyOrText.getValue()), keyOrText, locale);
    }

    /** Whether the current language has a text for this key. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    public String get(String key, Object... args) {
        ResourceBundle b = bundle();
        try {
            String s = b.getString(key);
            return args.length == 0 ? s : String.format(locale.get(), s, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale.get(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
