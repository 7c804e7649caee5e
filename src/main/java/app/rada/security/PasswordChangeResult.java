package app.rada.security;

import java.util.List;

/**
 * The outcome of a password change.
 *
 * @param currentWrong the current password given was not right
 * @param problems what the new password breaks, in the reader's language
 * @param waitMinutes when above zero, the change was refused without looking at the current password
 *                    because of too many wrong ones (or failed logins): whole minutes to wait
 */
public record PasswordChangeResult(boolean changed, boolean currentWrong, List<String> problems, long waitMinutes) {

    public PasswordChangeResult {
        problems = List.copyOf(problems);
    }

    public PasswordChangeResult(boolean changed, boolean currentWrong, List<String> problems) {
        this(changed, currentWrong, problems, 0);
    }

    static PasswordChangeResult throttled(long minutes) {
        return new PasswordChangeResult(false, false, List.of(), minutes);
    }

    public boolean throttled() {
        return waitMinutes > 0;
    }
}
