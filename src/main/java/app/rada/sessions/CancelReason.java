package app.rada.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff cancel a session; registrants read it in the cancellation mail. */
public record CancelReason(
        @NotBlank(message = "{sessions.problem.reason}")
        @Size(max = SessionSchedulingService.REASON_MAX, message = "{sessions.problem.reason}")
        String reason) {
}
