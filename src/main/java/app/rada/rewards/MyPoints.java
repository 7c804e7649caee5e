package app.rada.rewards;

import org.jspecify.annotations.Nullable;

/**
 * A person's balances: lifetime points rank them, spendable points (lifetime points less what their
 * redemptions reserved) buy rewards. {@code rank} is their place on the all-time leaderboard, none while
 * they have no points or chose not to appear on it.
 */
public record MyPoints(long personId, int lifetime, int spendable, int thisQuarter, @Nullable Integer rank,
                       boolean hidden) {
}
