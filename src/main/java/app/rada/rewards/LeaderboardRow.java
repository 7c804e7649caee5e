package app.rada.rewards;

import java.util.Optional;

/** A place on the leaderboard; people with the same points share a rank. An erased person has no name. */
public record LeaderboardRow(int rank, long personId, Optional<String> name, int points, boolean me) {
}
