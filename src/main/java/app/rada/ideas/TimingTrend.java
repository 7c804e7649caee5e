package app.rada.ideas;

import org.jspecify.annotations.Nullable;

/**
 * One part of a span of time (a month): the ideas first answered in it with the median time from
 * submission to that answer, and the ideas done in it with the median time from submission to done.
 */
public record TimingTrend(int part, long answered, @Nullable Double medianHoursToAnswer, long done,
                          @Nullable Double medianDaysToDone) {
}
