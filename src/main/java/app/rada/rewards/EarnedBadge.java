package app.rada.rewards;

import java.time.Instant;

public record EarnedBadge(Badge badge, Instant earnedAt) {
}
