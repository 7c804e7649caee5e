package app.rada.sessions;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member's answer to the pulse after a session.
 *
 * @param effort how easy taking part was, customer effort score 1 (very hard) to 7 (very easy)
 * @param recommend how likely they are to recommend such sessions, 0 to 10 (NPS)
 */
public record PulseAnswer(
        int effort,
        int recommend,
        @Size(max = PulseAnswer.COMMENT_MAX, message = "{sessions.problem.pulse-comment}") @Nullable String comment) {

    public static final int COMMENT_MAX = 2000;
}
