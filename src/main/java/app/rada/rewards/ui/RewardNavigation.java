package app.rada.rewards.ui;

/** Links into the rewards module for other modules and for mails. */
public final class RewardNavigation {

    public static final String REWARDS = "rewards";
    public static final String STAFF = "staff/rewards";

    private RewardNavigation() {
    }
}
