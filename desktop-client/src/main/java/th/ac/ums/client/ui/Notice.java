package th.ac.ums.client.ui;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import th.ac.ums.client.api.ApiException;

/**
 * What a ViewModel has to say about an action, kept as a message key and its arguments so that it
 * is put in words only when shown, in the language of that moment: an {@link Instant} argument is
 * a timestamp in the university's zone, an enum or a collection of enums (roles) words, a number
 * grouped. A failure keeps the server's own text (or a key). {@link #NONE} says nothing.
 * <pre>{@code
 * notice.set(Notice.of("helpdesk.done.unlocked", user.email()));
 * Label l = Form.wrapping(Notice.text(formats, vm.notice()));
 * }</pre>
 */
public record Notice(String key, List<Object> args, boolean error) {
    public static final Notice NONE = new Notice("", List.of(), false);

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args), false);
    }

    /** A refusal or failure: a key with arguments, or the server's own text. */
    public static Notice error(String keyOrText, Object... args) {
        return new Notice(keyOrText, List.of(args), true);
    }

    /** The failure of a call: the server's words, or that it does not answer. */
    public static Notice failure(Throwable t) {
        return error(ApiException.messageOf(t));
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** The notice in the current language. */
    public String text(Formats f) {
        if (key.isEmpty()) {
            return "";
        }
        if (args.isEmpty()) {
            return f.i18n().message(key);
        }
        Object[] shown = args.stream().map(a -> show(f, a)).toArray();
        return f.i18n().get(key, shown);
    }

    /** The notice's text, again whenever it, the language or the zone changes. */
    public static StringBinding text(Formats f, ObservableValue<Notice> notice) {
        return Bindings.createStringBinding(() -> notice.getValue() == null ? "" : notice.getValue().text(f), notice,
                f.i18n().locale(), f.zone());
    }

    /** An amount of money as an argument, shown as {@code 1,500.00 THB} / {@code 1,500.00 บาท} in the language of the moment. */
    public record Amount(String amount) {
    }

    /** A student as an argument: code and name in the language of the moment. */
    public record Person(String code, String thai, String english) {
    }

    /** A count with its noun as an argument ({@code <key>.one} / {@code <key>.many}: "1 line", "3 lines"). */
    public record Count(String key, long n) {
    }

    private static Object show(Formats f, Object a) {
        if (a instanceof Count c) {
            return f.i18n().count(c.key(), c.n());
        }
        if (a instanceof Amount m) {
            return f.amount(m.amount());
        }
        if (a instanceof Person p) {
            return f.person(p.code(), p.thai(), p.english());
        }
        if (a instanceof Instant t) {
            return f.timestamp(t);
        }
        if (a instanceof Enum<?> e) {
            return f.word(e);
        }
        if (a instanceof Collection<?> c && c.stream().allMatch(x -> x instanceof Enum<?>)) {
            @SuppressWarnings("unchecked")
            Collection<? extends Enum<?>> roles = (Collection<? extends Enum<?>>) c;
            return f.roles(roles);
        }
        if (a instanceof Integer || a instanceof Long) {
            return f.number(((Number) a).longValue());
        }
        return a == null ? "" : a.toString();
    }
}
