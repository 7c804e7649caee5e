package app.rada.rewards;

/** A member asked for a reward; its cost is reserved from their spendable points. */
public record RedemptionRequested(long redemptionId, long personId, String rewardNameEn, String rewardNamePl,
                                  int cost) {
}
