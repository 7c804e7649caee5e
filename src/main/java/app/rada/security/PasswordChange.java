package app.rada.security;

import jakarta.validation.constraints.NotEmpty;

/**
 * What a person types to change their own password. The new password's rules are the password policy's,
 * which need the person's e-mail and read out every problem at once, so they are checked by the policy itself.
 */
public record PasswordChange(
        @NotEmpty(message = "{password.change.current-wrong}") String current,
        String next) {
}
