package app.rada.journeys;

/** A stage's name and what the customer wants to achieve in it (the goals and actions lane). */
public record StageDraft(String name, String goal) {

    public static final int NAME_MAX = 120;
    public static final int GOAL_MAX = 1000;
}
