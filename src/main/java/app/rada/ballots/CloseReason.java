package app.rada.ballots;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why staff close a ballot before its time, shown to everyone; the messages are the key
 * {@link BallotLifecycleService} refuses with.
 */
public record CloseReason(
        @NotBlank(message = "{ballots.problem.reason}")
        @Size(max = BallotLifecycleService.REASON_MAX, message = "{ballots.problem.reason}")
        String reason) {
}
