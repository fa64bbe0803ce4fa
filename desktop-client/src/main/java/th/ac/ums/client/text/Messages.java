package th.ac.ums.client.text;

/**
 * How a console message is written down before it is shown: a bundle key, {@code key:args} with
 * the arguments apart ({@link #compose}), and arguments shown in the language of the moment
 * ({@link #key}, {@link #word}, {@link #date}, {@link #person}, {@link #counted}). Plain strings
 * with no JavaFX, so that the API and the background work can write messages too; the UI's
 * {@code I18n.message} reads them.
 */
public final class Messages {
    /** Between the arguments of a composed message (the unit separator, which no text holds). */
    public static final String SEPARATOR = "\u001F";
    /** Marks an argument of {@link #compose} that is shown in the language of the moment it is read. */
    public static final char LOCAL = '\u0002';
    /** Between the parts of such an argument. */
    public static final String PART = "\u0003";
    /** Between the arguments of a message given as an argument ({@link #key}). */
    public static final String INNER = "\u0004";

    private Messages() {
    }

    /** An argument shown as this message (a key, or {@code key:args} as {@link #compose} makes) in the language of the moment. */
    public static String key(String key) {
        return LOCAL + "k" + key;
    }

    /** An argument: a code of a vocabulary in words ({@code enum.<vocabulary>.<code>}) in the language of the moment. */
    public static String word(String vocabulary, String code) {
        return code == null ? "" : LOCAL + "w" + vocabulary + PART + code;
    }

    /** An argument: a day, written in the language of the moment ({@code 1 Sep 2026} or {@code 1 ก.ย. 2569}). */
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : LOCAL + "d" + day;
    }

    /** An argument: a person, code and the name in the language of the moment (the other one when that is missing). */
    public static String person(String code, String thai, String english) {
        return LOCAL + "p" + nz(code) + PART + nz(thai) + PART + nz(english);
    }

    /** An argument: a count with its noun, singular or plural ({@code <key>.one} / {@code <key>.many}, "1 row", "14,423 rows"). */
    public static String counted(String key, long n) {
        return LOCAL + "c" + key + PART + n;
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace(PART, " ");
    }

    /**
     * A message of a key with several arguments: names, formatted amounts, numbers
     * ({@code compose("payment.done", "1,500.00", "62000004 บุญชัย เพชรใจ", "INV-…")}).
     */
    public static String compose(String key, Object... args) {
        StringBuilder b = new StringBuilder(key);
        for (int i = 0; i < args.length; i++) {
            String a = args[i] == null ? "" : args[i].toString();
            // an argument shown in the language of the moment keeps its own arguments apart
            a = !a.isEmpty() && a.charAt(0) == LOCAL ? a.replace(SEPARATOR, INNER) : a.replace(SEPARATOR, " ");
            b.append(i == 0 ? ":" : SEPARATOR).append(a);
        }
        return b.toString();
    }
}
