package app.rada.ballots;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message for a ballot's discussion as it is typed, judged without the spaces around it; the messages are
 * the key {@link BallotDiscussionService} refuses with.
 */
public record BallotCommentDraft(
        @NotBlank(message = "{ballots.problem.comment}")
        @Size(max = BallotComment.TEXT_MAX, message = "{ballots.problem.comment}")
        String text) {
}
