package app.rada.security;

import java.util.List;

/**
 * The outcome of a password change.
 *
 * @param currentWrong the current password given was not right
 * @param problems what the new password breaks, in the reader's language
 */
public record PasswordChangeResult(boolean changed, boolean currentWrong, List<String> problems) {

    public PasswordChangeResult {
        problems = List.copyOf(problems);
    }
}
