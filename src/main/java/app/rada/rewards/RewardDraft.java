package app.rada.rewards;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an admin writes for a reward; the limits are the form's too. Each rule's message is the key of the
 * refusal the service gives, so the form shows on the field what the service would say.
 */
public record RewardDraft(
        @NotBlank(message = "{rewards.problem.name}")
        @Size(max = RewardDraft.NAME_MAX, message = "{rewards.problem.name}") String nameEn,
        @NotBlank(message = "{rewards.problem.name}")
        @Size(max = RewardDraft.NAME_MAX, message = "{rewards.problem.name}") String namePl,
        @NotBlank(message = "{rewards.problem.description}")
        @Size(max = RewardDraft.DESCRIPTION_MAX, message = "{rewards.problem.description}") String descriptionEn,
        @NotBlank(message = "{rewards.problem.description}")
        @Size(max = RewardDraft.DESCRIPTION_MAX, message = "{rewards.problem.description}") String descriptionPl,
        @Min(value = 1, message = "{rewards.problem.cost}")
        @Max(value = RewardDraft.COST_MAX, message = "{rewards.problem.cost}") int cost,
        @Min(value = 0, message = "{rewards.problem.stock}")
        @Max(value = RewardDraft.STOCK_MAX, message = "{rewards.problem.stock}") int stock,
        boolean active) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int COST_MAX = 1_000_000;
    public static final int STOCK_MAX = 100_000;
    public static final int IMAGE_BYTES_MAX = 2 * 1024 * 1024;

    /** The properties in the order their refusals are reported, first problem first. */
    public static final List<String> PROPERTIES = List.of("nameEn", "namePl", "descriptionEn", "descriptionPl",
            "cost", "stock");

    /** The values a rule's message shows (its limit), by the message's key. */
    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "rewards.problem.name" -> new Object[] {NAME_MAX};
            case "rewards.problem.description" -> new Object[] {DESCRIPTION_MAX};
            case "rewards.problem.cost" -> new Object[] {COST_MAX};
            case "rewards.problem.stock" -> new Object[] {STOCK_MAX};
            default -> new Object[0];
        };
    }

    /** The same texts without surrounding spaces, as they are stored. */
    public RewardDraft stripped() {
        return new RewardDraft(nameEn.strip(), namePl.strip(), descriptionEn.strip(), descriptionPl.strip(), cost,
                stock, active);
    }
}
