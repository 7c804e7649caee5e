package app.rada.rewards;

import app.rada.shared.Language;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A member's request for a reward. An erased member has no name. */
public record Redemption(long id, long personId, Optional<String> personName, long itemId, String nameEn,
                         String namePl, int cost, RedemptionStatus status, Instant requestedAt,
                         @Nullable Instant decidedAt, @Nullable Instant fulfilledAt, @Nullable String note) {

    public static final int NOTE_MAX = 1000;

    public String name(Language language) {
        return language == Language.PL ? namePl : nameEn;
    }
}
