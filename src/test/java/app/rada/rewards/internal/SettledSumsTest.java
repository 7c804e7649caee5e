package app.rada.rewards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Which spans a node keeps the sums of, for how long, and when a late row drops them. */
class SettledSumsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final SettledSums sums = new SettledSums(clock);

    @Test
    void keeps_a_span_that_ended_more_than_an_hour_ago_for_ten_minutes() {
        sums.put(NOVEMBER, DECEMBER, new long[] {10, 2, 3, 4});
        assertThat(sums.get(NOVEMBER, DECEMBER)).containsExactly(10, 2, 3, 4);
        clock.now = NOW.plus(Duration.ofMinutes(9));
        assertThat(sums.get(NOVEMBER, DECEMBER)).isNotNull();
        clock.now = NOW.plus(Duration.ofMinutes(11));
        assertThat(sums.get(NOVEMBER, DECEMBER)).isNull();
    }

    @Test
    void never_keeps_a_span_still_open_or_just_closed() {
        sums.put(DECEMBER, NOW.plus(Duration.ofDays(1)), new long[] {1, 0, 0, 1});
        sums.put(DECEMBER, NOW.minus(Duration.ofMinutes(30)), new long[] {1, 0, 0, 1});
        assertThat(sums.get(DECEMBER, NOW.plus(Duration.ofDays(1)))).isNull();
        assertThat(sums.get(DECEMBER, NOW.minus(Duration.ofMinutes(30)))).isNull();
    }

    @Test
    void a_row_appended_into_a_kept_span_drops_that_span_only() {
        var october = Instant.parse("2026-10-01T00:00:00Z");
        sums.put(october, NOVEMBER, new long[] {5, 0, 0, 5});
        sums.put(NOVEMBER, DECEMBER, new long[] {10, 0, 0, 10});
        sums.appended(Instant.parse("2026-11-15T08:00:00Z"));
        assertThat(sums.get(NOVEMBER, DECEMBER)).isNull();
        assertThat(sums.get(october, NOVEMBER)).containsExactly(5, 0, 0, 5);
    }

    @Test
    void what_it_hands_out_cannot_change_what_it_keeps() {
        sums.put(NOVEMBER, DECEMBER, new long[] {10, 0, 0, 1});
        sums.get(NOVEMBER, DECEMBER)[0] = 99;
        assertThat(sums.get(NOVEMBER, DECEMBER)).containsExactly(10, 0, 0, 1);
    }

    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
