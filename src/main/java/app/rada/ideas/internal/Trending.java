package app.rada.ideas.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The trending score: every vote adds 2^(age of the epoch at the vote / half-life), so a vote from
 * a week ago weighs half of one cast today. Scores only grow, which keeps the order stable and lets
 * the board read it from an index; taking a vote back subtracts exactly what it added.
 */
public final class Trending {

    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration HALF_LIFE = Duration.ofDays(7);

    private Trending() {
    }

    public static double unit(Instant at) {
        double halfLives = (double) Duration.between(EPOCH, at).toSeconds() / HALF_LIFE.toSeconds();
        return Math.pow(2, halfLives);
    }
}
