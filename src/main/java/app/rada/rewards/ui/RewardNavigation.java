package app.rada.rewards.ui;

import org.springframework.modulith.NamedInterface;

/** Links into the rewards module for other modules and for mails. */
@NamedInterface("navigation")
public final class RewardNavigation {

    public static final String REWARDS = "rewards";
    public static final String STAFF = "staff/rewards";

    private RewardNavigation() {
    }
}
