package app.rada.rewards;

import java.util.List;

/**
 * The programme's points over a span of time, for the staff dashboard: points earned by rules, added and
 * taken by hand, spent on redemptions (less what rejected ones returned), and the redemptions waiting for
 * staff now. {@code periods} holds the same sums for each part of the span the caller asked for.
 */
public record RewardFigures(long earned, long manual, long redeemed, long redemptions, long pendingNow,
                            List<PeriodPoints> periods) {

    public record PeriodPoints(int period, long awarded, long redeemed) {
    }
}
