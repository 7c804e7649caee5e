package app.rada.api.rewards;

import app.rada.rewards.EntryKind;
import app.rada.rewards.LedgerEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of a person's points ledger: what it was for ({@code kind} and the id of its source, such as the
 * idea or the redemption), the points it added to the lifetime and spendable balances (negative for spending),
 * and for manual changes and redemptions a {@code detail} in the caller's language.
 */
public record LedgerItem(long id, EntryKind kind, @Nullable Long sourceId, int lifetimePoints, int spendablePoints,
                         @Nullable String detail, Instant createdAt) {

    static LedgerItem of(LedgerEntry entry) {
        return new LedgerItem(entry.id(), entry.kind(), entry.sourceId(), entry.lifetimePoints(),
                entry.spendablePoints(), entry.detail(), entry.createdAt());
    }
}
