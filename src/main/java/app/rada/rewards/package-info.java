/**
 * Rewards: points for contributions, earned from the other modules' events into an append-only ledger,
 * lifetime and spendable balances, badges, the leaderboard, and the reward catalogue with redemptions
 * that staff approve. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Rewards")
@NullMarked
package app.rada.rewards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
