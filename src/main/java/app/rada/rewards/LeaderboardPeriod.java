package app.rada.rewards;

import java.util.Locale;

/** Which points a leaderboard ranks by. */
public enum LeaderboardPeriod {
    THIS_QUARTER,
    LAST_QUARTER,
    ALL_TIME;

    public String labelKey() {
        return "rewards.period." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
