package app.rada.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Why a login (or the current-password check of a password change) was refused, stored as a short code
 * in the entry's detail and shown translated ({@code audit.reason.<code>}). Entries written before the
 * codes hold the name of the exception instead; those names are still recognised.
 */
public enum LoginFailureReason {
    WRONG_CREDENTIALS("BadCredentialsException", "UsernameNotFoundException"),
    ACCOUNT_DISABLED("DisabledException"),
    ACCOUNT_LOCKED("LockedException"),
    ACCOUNT_EXPIRED("AccountExpiredException"),
    CREDENTIALS_EXPIRED("CredentialsExpiredException"),
    CURRENT_PASSWORD_WRONG,
    OTHER;

    private final List<String> exceptionNames;

    LoginFailureReason(String... exceptionNames) {
        this.exceptionNames = List.of(exceptionNames);
    }

    /** The code kept in the audit log. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "audit.reason." + code();
    }

    /** The reason for a refusal, by the kind of exception (or one it extends). */
    public static LoginFailureReason of(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            var name = type.getSimpleName();
            var known = Arrays.stream(values()).filter(r -> r.exceptionNames.contains(name)).findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        return OTHER;
    }

    /** The reason an entry's detail holds, whether a code or an exception's name from before the codes. */
    public static LoginFailureReason ofDetail(@Nullable String detail) {
        if (detail == null) {
            return OTHER;
        }
        var text = detail.strip();
        return Arrays.stream(values())
                .filter(r -> r.code().equals(text) || r.exceptionNames.contains(text))
                .findFirst().orElse(OTHER);
    }
}
