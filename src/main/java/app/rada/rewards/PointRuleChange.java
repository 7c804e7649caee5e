package app.rada.rewards;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets for one kind of contribution: the points it earns and, optionally, how many of them
 * count in a day. Each rule's message is the key of the refusal the service gives.
 */
public record PointRuleChange(
        @NotNull(message = "{rewards.problem.rule-points}")
        @Min(value = 0, message = "{rewards.problem.rule-points}")
        @Max(value = PointRule.POINTS_MAX, message = "{rewards.problem.rule-points}")
        @Nullable Integer points,
        @Min(value = 0, message = "{rewards.problem.rule-cap}")
        @Max(value = PointRule.CAP_MAX, message = "{rewards.problem.rule-cap}")
        @Nullable Integer dailyCap) {

    /** The properties in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("points", "dailyCap");

    /** The limit each refusal shows, by the message's key. */
    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "rewards.problem.rule-points" -> new Object[] {PointRule.POINTS_MAX};
            case "rewards.problem.rule-cap" -> new Object[] {PointRule.CAP_MAX};
            default -> new Object[0];
        };
    }
}
