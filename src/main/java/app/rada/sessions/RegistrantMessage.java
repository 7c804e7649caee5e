package app.rada.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff write to everyone registered for a session. */
public record RegistrantMessage(
        @NotBlank(message = "{sessions.problem.message}")
        @Size(max = SessionAttendanceService.MESSAGE_MAX, message = "{sessions.problem.message}")
        String text) {
}
