package app.rada.ballots;

import java.time.Instant;
import java.util.Optional;

/** A message in a ballot's discussion. An empty author name means a former member. */
public record BallotComment(long id, long authorId, Optional<String> authorName, String text, Instant createdAt) {

    public static final int TEXT_MAX = 4000;
}
