package app.rada.rewards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Why staff turn a redemption down; the member reads it. Judged without the spaces around it. */
public record RejectionReason(
        @NotBlank(message = "{rewards.problem.reject-reason}")
        @Size(max = Redemption.NOTE_MAX, message = "{rewards.problem.reject-reason}")
        String reason) {

    public static final List<String> PROPERTIES = List.of("reason");

    /** The limit the refusal shows. */
    public static Object[] messageArguments(String key) {
        return "rewards.problem.reject-reason".equals(key) ? new Object[] {Redemption.NOTE_MAX} : new Object[0];
    }
}
