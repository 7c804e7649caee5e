package app.rada.rewards;

/** Staff handed the reward over. */
public record RedemptionFulfilled(long redemptionId, long personId, String rewardNameEn, String rewardNamePl) {
}
