package app.rada.ideas;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How quickly staff reacted to an idea and how long it stayed in each status (the current status
 * counted up to now).
 *
 * @param toFirstAnswer from submission to the first public answer, or null while unanswered
 */
public record IdeaTimings(Instant createdAt, @Nullable Instant firstAnswerAt, @Nullable Duration toFirstAnswer,
                          Map<IdeaStatus, Duration> inStatus) {

    public IdeaTimings {
        inStatus = Map.copyOf(inStatus);
    }
}
