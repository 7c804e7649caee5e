package app.rada.shared.security;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet: at least 12 characters, at most 72 bytes in UTF-8, not the
 * e-mail's name part, not a commonly used password. Used wherever someone chooses a password.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /**
     * Bcrypt reads at most 72 bytes and Spring's encoder refuses longer input, so the limit is said
     * up front instead of failing at the save. Counted in UTF-8 bytes: a Polish letter takes two.
     */
    public static final int MAX_BYTES = 72;
    private static final String COMMON = "/security/common-passwords.txt";

    private final Set<String> common;
    private final I18NProvider texts;

    PasswordPolicy(I18NProvider texts) {
        this.texts = texts;
        this.common = load();
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(COMMON)), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** What is wrong with the password, in the reader's language; empty when it may be used. */
    public List<String> problems(String password, @Nullable String email, Locale locale) {
        var problems = new ArrayList<String>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(texts.getTranslation("password.problem.too-short", locale, MIN_LENGTH));
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            problems.add(texts.getTranslation("password.problem.too-long", locale, MAX_BYTES, bytes));
        }
        var lower = password.toLowerCase(Locale.ROOT);
        var localPart = localPart(email);
        if (localPart != null && lower.contains(localPart)) {
            problems.add(texts.getTranslation("password.problem.contains-email", locale));
        }
        if (isCommon(lower)) {
            problems.add(texts.getTranslation("password.problem.common", locale));
        }
        return problems;
    }

    public boolean isAcceptable(String password, @Nullable String email) {
        return problems(password, email, Locale.ENGLISH).isEmpty();
    }

    /** Weak when a rule is broken; strong when long or varied; fair in between. */
    public PasswordStrength strength(String password, @Nullable String email) {
        if (!isAcceptable(password, email)) {
            return PasswordStrength.WEAK;
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        long distinct = password.chars().distinct().count();
        if (distinct < 6) {
            return PasswordStrength.WEAK;
        }
        return password.length() >= 16 && distinct >= 10 || kinds >= 3 && distinct >= 9
                ? PasswordStrength.STRONG : PasswordStrength.FAIR;
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        // a common password with a few characters around it is still easy to guess
        var trimmed = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return trimmed.length() >= 4 && common.contains(trimmed);
    }

    private static @Nullable String localPart(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        var local = (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
        return local.length() >= 3 ? local : null;
    }
}
