package th.ac.ums.model.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The contract's password policy: 8 to 128 characters (code points, any Unicode, never
 * truncated), upper and lower case, a digit and a symbol, and not a common password. The
 * common-password check also looks at the password without its leading/trailing digits and
 * symbols, so "Password123!" is refused as well as "password".
 */
public final class PasswordPolicy {
    public static final int MIN = 8;
    public static final int MAX = 128;
    /**
     * The longest text a sign-in or password change compares with a stored password (in UTF-16
     * units, before normalisation): no policy password is longer, and the hash's cost stays bounded.
     */
    public static final int MAX_LENGTH_CHECKED = 1024;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Adds field errors for {@code field}; an empty result means the password is acceptable. */
    public static void check(Errors errors, String field, String password) {
        if (!Rules.required(errors, field, password)) {
            return;
        }
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN || length > MAX) {
            errors.add(field, "must be " + MIN + " to " + MAX + " characters");
            return;
        }
        if (normalized.codePoints().noneMatch(Character::isUpperCase)
                || normalized.codePoints().noneMatch(Character::isLowerCase)) {
            errors.add(field, "must contain upper and lower case letters");
        } else if (normalized.codePoints().noneMatch(Character::isDigit)) {
            errors.add(field, "must contain a digit");
        } else if (normalized.codePoints().allMatch(Character::isLetterOrDigit)) {
            errors.add(field, "must contain a symbol");
        } else if (isCommon(normalized)) {
            errors.add(field, "is too common; choose a password that is not on lists of leaked passwords");
        }
    }

    /** True when the password, or its core without surrounding digits and symbols, is common. */
    public static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= 4 && COMMON.contains(core);
    }

    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
