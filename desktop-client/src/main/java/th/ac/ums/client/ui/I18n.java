package th.ac.ums.client.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Thai and English texts from resource bundles, switchable at runtime: views bind labels to
 * {@link #text(String)} so changing {@link #locale()} relabels every screen at once.
 */
public final class I18n {
    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final String BUNDLE = "th.ac.ums.client.messages";
    /** Between the arguments of a composed message (the unit separator, which no text holds). */
    private static final String SEPARATOR = "\u001F";

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
        if (key.contains(" ") || get(key).equals(key)) {
            return keyOrText;
        }
        return colon > 0 ? get(key, (Object[]) keyOrText.substring(colon + 1).split(SEPARATOR, -1)) : get(key);
    }

    /**
     * A message of a key with several arguments, for {@link #message(String)}: names, formatted
     * amounts, numbers ({@code compose("payment.done", "1,500.00", "62000004 บุญชัย เพชรใจ", "INV-…")}).
     */
    public static String compose(String key, Object... args) {
        StringBuilder b = new StringBuilder(key);
        for (int i = 0; i < args.length; i++) {
            b.append(i == 0 ? ":" : SEPARATOR).append(args[i] == null ? "" : args[i].toString().replace(SEPARATOR, " "));
        }
        return b.toString();
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
