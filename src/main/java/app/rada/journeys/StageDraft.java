package app.rada.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A stage's name and what the customer wants to achieve in it (the goals and actions lane). */
public record StageDraft(
        @NotBlank(message = "{journeys.stage.name.missing}")
        @Size(max = StageDraft.NAME_MAX, message = "{journeys.field.too-long}") String name,
        @Size(max = StageDraft.GOAL_MAX, message = "{journeys.field.too-long}") String goal) {

    public static final int NAME_MAX = 120;
    public static final int GOAL_MAX = 1000;
}
