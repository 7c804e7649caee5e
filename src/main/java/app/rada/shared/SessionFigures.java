package app.rada.shared;

import org.jspecify.annotations.Nullable;

/**
 * Design sessions held in a span of time: how many, how many places were taken and how many people came,
 * the mean effort score (CES) of the pulse after them, and the Net Promoter Score (none without answers).
 */
public record SessionFigures(int sessions, int registered, int attended, double averageEffort,
                             @Nullable Integer npsScore) {
}
