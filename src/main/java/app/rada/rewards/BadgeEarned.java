package app.rada.rewards;

/** A person earned a badge. */
public record BadgeEarned(long personId, Badge badge) {
}
