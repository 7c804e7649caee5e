package app.rada.rewards;

/** Staff rejected a redemption, with a reason for the member; the points came back. */
public record RedemptionRejected(long redemptionId, long personId, String rewardNameEn, String rewardNamePl,
                                 int cost, String reason) {
}
