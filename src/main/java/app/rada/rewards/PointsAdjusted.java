package app.rada.rewards;

/** Staff added (positive) or took away (negative) points by hand, with a reason the person sees. */
public record PointsAdjusted(long personId, int points, String reason) {
}
