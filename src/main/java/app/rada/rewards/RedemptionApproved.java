package app.rada.rewards;

/** Staff approved a redemption; the reward is on its way. */
public record RedemptionApproved(long redemptionId, long personId, String rewardNameEn, String rewardNamePl) {
}
