package app.rada.sessions;

import app.rada.ideas.IdeaDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What staff write after a session: its minutes, and an outcome's title and text. The rules are per
 * property, so each field is checked on its own; the minutes may be empty, an outcome needs both parts.
 */
public record FollowUpDraft(
        @Size(max = SessionFollowUpService.MINUTES_MAX, message = "{sessions.problem.minutes}")
        String minutes,
        @Size(min = IdeaDraft.TITLE_MIN, max = SessionOutcome.TITLE_MAX, message = "{sessions.problem.outcome-title}")
        String outcomeTitle,
        @NotBlank(message = "{sessions.problem.outcome-text}")
        @Size(max = SessionOutcome.TEXT_MAX, message = "{sessions.problem.outcome-text}")
        String outcomeText) {

    /** The figures each refusal shows. */
    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "sessions.problem.minutes" -> new Object[] {SessionFollowUpService.MINUTES_MAX};
            case "sessions.problem.outcome-title" -> new Object[] {IdeaDraft.TITLE_MIN, SessionOutcome.TITLE_MAX};
            case "sessions.problem.outcome-text" -> new Object[] {SessionOutcome.TEXT_MAX};
            default -> new Object[0];
        };
    }
}
