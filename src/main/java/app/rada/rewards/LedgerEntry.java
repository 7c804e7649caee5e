package app.rada.rewards;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of a person's points history. {@code detail} is the reason of a manual change or the reward a
 * redemption was for, in the reader's language.
 */
public record LedgerEntry(long id, EntryKind kind, @Nullable Long sourceId, int lifetimePoints, int spendablePoints,
                          @Nullable String detail, Instant createdAt) {
}
