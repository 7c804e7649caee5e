package app.rada.ideas;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the ideas submitted in a span of time fared (see {@code docs/dashboard.md}): how many stand in each
 * status now, how many were answered, within 7 days of those at least 7 days old, the median time to the
 * first public answer and to done, and, of the ideas done in the span whose people answered "Did this
 * solve it?", how many were solved (at least half of the answers "yes").
 */
public record IdeaFigures(Map<IdeaStatus, Long> byStatus, long submitted, long answered, long weekOld,
                          long answeredWithinWeek, @Nullable Double medianHoursToAnswer, long done,
                          @Nullable Double medianDaysToDone, long doneInSpan, long doneWithPulse, long solved) {

    public IdeaFigures {
        byStatus = Map.copyOf(byStatus);
    }

    public long count(IdeaStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Share of the ideas at least a week old that had an answer within 7 days, in percent; none without any. */
    public @Nullable Double answeredWithinWeekPercent() {
        return weekOld == 0 ? null : 100.0 * answeredWithinWeek / weekOld;
    }

    public @Nullable Double solvedPercent() {
        return doneWithPulse == 0 ? null : 100.0 * solved / doneWithPulse;
    }
}
