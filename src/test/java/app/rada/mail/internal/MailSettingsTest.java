package app.rada.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private final MailSettings settings = new MailSettings("Rada <rada@example.com>", 20, 10, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofMinutes(5));

    @Test
    void the_wait_doubles_from_one_minute_after_each_failure_and_never_exceeds_an_hour() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(settings::retryDelay).map(Duration::toMinutes).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L);
        assertThat(settings.retryDelay(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_batch_or_attempt_limit_below_one_is_refused() {
        assertThatThrownBy(() -> new MailSettings("rada@example.com", 0, 10, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
