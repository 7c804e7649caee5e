package app.rada.api.sessions;

import app.rada.sessions.Attendance;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Whether a registered person came: {@code ATTENDED} or {@code NO_SHOW}. */
public record AttendanceRequest(
        @NotNull(message = "{api-resources.attendance.missing}") @Nullable Attendance attendance) {
}
