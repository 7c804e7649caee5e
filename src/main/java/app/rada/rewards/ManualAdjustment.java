package app.rada.rewards;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Points staff add or take away by hand, and the reason the member reads in their history. */
public record ManualAdjustment(
        @NotNull(message = "{rewards.problem.manual-points}")
        @Min(value = 1, message = "{rewards.problem.manual-points}")
        @Max(value = RewardService.MANUAL_MAX, message = "{rewards.problem.manual-points}")
        Integer points,
        @NotBlank(message = "{rewards.problem.reason}")
        @Size(max = RewardService.REASON_MAX, message = "{rewards.problem.reason}")
        String reason) {

    /** The figure each refusal shows. */
    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "rewards.problem.manual-points" -> new Object[] {RewardService.MANUAL_MAX};
            case "rewards.problem.reason" -> new Object[] {RewardService.REASON_MAX};
            default -> new Object[0];
        };
    }
}
