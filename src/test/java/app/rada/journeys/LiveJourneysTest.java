package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.cluster.ClusterSignals;
import app.rada.support.KaribuTest;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveJourneysTest extends KaribuTest {

    @Autowired
    ClusterSignals signals;

    @Test
    void a_quiet_map_is_told_at_once_and_a_burst_of_pins_is_told_together_at_the_end_of_the_interval() throws Exception {
        var live = new LiveJourneys(signals);
        long map = 9_000_001L;
        var heard = new LinkedBlockingQueue<LiveJourneys.AnnotationsChanged>();
        var stop = live.listen(map, 1, change -> {
            if (change instanceof LiveJourneys.AnnotationsChanged annotations) {
                heard.add(annotations);
            }
        });
        try {
            live.annotationsChanged(map, 11, 101);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).extracting(LiveJourneys.AnnotationsChanged::annotationId)
                    .isEqualTo(101L);

            // three more within the interval: one redraw, for the latest
            long burst = System.nanoTime();
            live.annotationsChanged(map, 12, 102);
            live.annotationsChanged(map, 13, 103);
            live.annotationsChanged(map, 14, 104);
            var together = heard.poll(3, TimeUnit.SECONDS);
            assertThat(together).isNotNull();
            assertThat(together.annotationId()).isEqualTo(104L);
            assertThat(heard.poll(LiveJourneys.REDRAW_INTERVAL.toMillis() * 2, TimeUnit.MILLISECONDS)).isNull();
            assertThat(System.nanoTime() - burst).isLessThan(TimeUnit.SECONDS.toNanos(3));

            // after a quiet interval the next change is told at once again
            Thread.sleep(LiveJourneys.REDRAW_INTERVAL.toMillis() + 50);
            long quiet = System.nanoTime();
            live.annotationsChanged(map, 15, 105);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).extracting(LiveJourneys.AnnotationsChanged::annotationId)
                    .isEqualTo(105L);
            assertThat(System.nanoTime() - quiet).isLessThan(LiveJourneys.REDRAW_INTERVAL.toNanos());
        } finally {
            stop.run();
        }
    }
}
