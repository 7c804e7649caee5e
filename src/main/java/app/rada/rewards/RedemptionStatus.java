package app.rada.rewards;

import java.util.Locale;

/**
 * Where a redemption stands: requested (points and one item reserved), approved by staff, rejected
 * (points and item given back) or fulfilled (the member has the reward).
 */
public enum RedemptionStatus {
    PENDING,
    APPROVED,
    REJECTED,
    FULFILLED;

    public String labelKey() {
        return "rewards.redemption.status." + name().toLowerCase(Locale.ROOT);
    }
}
