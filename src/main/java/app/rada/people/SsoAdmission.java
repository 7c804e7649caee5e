package app.rada.people;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a single sign-on: the account to log in, or why not.
 *
 * @param way how the person was recognised: {@code identity}, {@code email}, {@code invitation} or {@code rule}
 */
public record SsoAdmission(@Nullable LoginAccount account, @Nullable SsoRefusal refusal, String way) {

    static SsoAdmission admitted(LoginAccount account, String way) {
        return new SsoAdmission(account, null, way);
    }

    static SsoAdmission refused(SsoRefusal refusal) {
        return new SsoAdmission(null, refusal, "refused");
    }

    public boolean isAdmitted() {
        return account != null;
    }
}
