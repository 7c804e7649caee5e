package app.rada.rewards;

import org.jspecify.annotations.Nullable;

/**
 * How many points a kind of contribution earns, and at most how many points of this kind a person can
 * earn in one day (none: no cap).
 */
public record PointRule(EntryKind kind, int points, @Nullable Integer dailyCap) {

    public static final int POINTS_MAX = 10_000;
    public static final int CAP_MAX = 100_000;
}
