package app.rada.security;

import java.util.List;

/**
 * The outcome of setting a new password through a reset link.
 *
 * @param link the state the link was in; the password changed only when it was valid and there are no problems
 * @param problems what the new password breaks, in the reader's language
 */
public record PasswordResetResult(ResetLinkState link, List<String> problems) {

    public PasswordResetResult {
        problems = List.copyOf(problems);
    }

    public boolean changed() {
        return link == ResetLinkState.VALID && problems.isEmpty();
    }
}
