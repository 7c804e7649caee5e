package app.rada.dashboard;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** How many members of a segment (none: people outside any organisation) were active in a month. */
public record SegmentActivity(YearMonth month, @Nullable Long segmentId, long people) {
}
