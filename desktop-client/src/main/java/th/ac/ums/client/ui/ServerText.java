package th.ac.ums.client.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts the server (and the shared rules, run in the console before sending) write in English,
 * as the console says them in its own language: each known text has a bundle key
 * ({@code server.<name>}, its numbers as arguments). A text not listed here is not translated; the
 * caller shows a title by status in Thai instead ({@link I18n#message(String)}).
 */
public final class ServerText {
    private record Known(Pattern pattern, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            known("Your role does not allow this\\.?", "server.forbidden"),
            known("is required", "server.required"),
            known("must be an amount in THB such as \"1500\\.00\"", "server.money"),
            known("must be greater than 0", "server.positive"),
            known("must have at most two decimals", "server.decimals"),
            known("is too large", "server.tooLarge"),
            known("must be a valid email address", "server.email"),
            known("must be exactly 8 digits", "server.code"),
            known("must be a Thai phone number such as 081-234-5678", "server.phone"),
            known("must be at most (\\d+) characters", "server.maxChars"),
            known("must be (\\d+) to (\\d+) characters", "server.rangeChars"),
            known("must not contain control characters", "server.control"),
            known("must not contain invisible, full-width or other look-alike characters", "server.lookalike"),
            known("must be written in Thai", "server.thai"),
            known("must be written in English letters", "server.english"),
            known("must be valid Unicode text", "server.unicode"),
            known("must be a string of valid Unicode text", "server.unicode"),
            known("must be a string of money like \"1500\\.00\"", "server.money"),
            known("must be text", "server.text"),
            known("must be a positive whole number", "server.positiveId"),
            known("The invoice is already paid; nothing is outstanding on it\\.", "server.invoicePaid"),
            known("cannot be in the future", "server.future"),
            known("must be between (\\S+) and (\\S+)", "server.between"),
            known("looks like a Buddhist Era year: write (\\d+) for (\\d+)", "server.buddhistEra"),
            known("must contain upper and lower case letters", "server.passwordCase"),
            known("must contain a digit", "server.passwordDigit"),
            known("must contain a symbol", "server.passwordSymbol"),
            known("is too common; choose a password that is not on lists of leaked passwords", "server.passwordCommon"),
            known("must name at least one service the hold blocks", "server.holdBlocks"),
            known("must be the 13 digits of a Thai national ID \\(its last digit did not check\\)", "server.nationalId"),
            known("must be one of .*", "server.oneOf"),
            known("is given more than once", "server.twice"),
            known("One or more fields are invalid\\.", "server.invalid"),
            known("Sign in again\\.", "server.signIn"),
            known("Too many attempts; try again in (\\d+) seconds\\.", "server.tooMany"),
            known("(.+) was not found\\.", "server.notFound"));

    private ServerText() {
    }

    private static Known known(String regex, String key) {
        return new Known(Pattern.compile(regex), key);
    }

    /** The key of a text the console knows, or null. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        for (Known k : KNOWN) {
            if (k.pattern().matcher(text.trim()).matches()) {
                return k.key();
            }
        }
        return null;
    }

    /** The text in the console's language: English as the server wrote it, Thai from the bundle (its numbers kept). */
    public static String show(I18n i18n, String text) {
        if (!i18n.thai()) {
            return text;
        }
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(text.trim());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return i18n.has(k.key()) ? i18n.get(k.key(), args) : text;
            }
        }
        return text;
    }
}
