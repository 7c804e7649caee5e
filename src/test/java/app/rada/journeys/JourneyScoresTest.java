package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's figures on small examples worked out by hand (see docs/journeys.md). */
class JourneyScoresTest {

    private static JourneyScores.Scores example() {
        var stageOf = new LinkedHashMap<Long, Long>();
        stageOf.put(1L, 10L);
        stageOf.put(2L, 10L);
        stageOf.put(3L, 20L);
        stageOf.put(4L, 20L);
        return JourneyScores.compute(stageOf,
                List.of(new JourneyScores.Tally(1, 4, 6, 18, 16, 1),
                        new JourneyScores.Tally(2, 2, 9, 0, 6, 0),
                        new JourneyScores.Tally(3, 3, 2, 7, 15, 3)),
                List.of(new JourneyScores.Reach(1, 10, 4), new JourneyScores.Reach(2, 2, 2),
                        new JourneyScores.Reach(3, 3, 1)),
                List.of(new JourneyScores.SegmentReach(1, 5L, 6), new JourneyScores.SegmentReach(1, 6L, 3),
                        new JourneyScores.SegmentReach(1, null, 1)));
    }

    @Test
    void net_emotional_value_balances_positive_against_negative_intensity() {
        var scores = example();
        // 100 × (6 − 18) / (6 + 18) = −50
        assertThat(scores.touchpoint(1).nev()).isEqualTo(-50);
        // only positive: 100 × 9 / 9
        assertThat(scores.touchpoint(2).nev()).isEqualTo(100);
        // 100 × (2 − 7) / 9 = −55.6, rounded
        assertThat(scores.touchpoint(3).nev()).isEqualTo(-56);
    }

    @Test
    void a_touchpoint_without_annotations_has_no_value_rather_than_zero() {
        var scores = example();
        assertThat(scores.touchpoint(4).nev()).isNull();
        assertThat(scores.touchpoint(4).emotion()).isNull();
        assertThat(JourneyScores.nev(0, 0)).isNull();
        // balanced feelings are a value: zero
        assertThat(JourneyScores.nev(3, 3)).isZero();
    }

    @Test
    void the_emotion_curve_is_the_mean_signed_intensity_per_touchpoint_and_per_stage() {
        var scores = example();
        // (6 − 18) / 4 annotations
        assertThat(scores.touchpoint(1).emotion()).isEqualTo(-3.0);
        assertThat(scores.touchpoint(2).emotion()).isEqualTo(4.5);
        assertThat(scores.touchpoint(3).emotion()).isCloseTo(-5.0 / 3, within(1e-9));
        // stage 10: (6 + 9 − 18) / (4 + 2) = −0.5; NEV 100 × (15 − 18) / 33 = −9.1
        assertThat(scores.stage(10).emotion()).isEqualTo(-0.5);
        assertThat(scores.stage(10).nev()).isEqualTo(-9);
        assertThat(scores.stage(10).annotations()).isEqualTo(6);
        assertThat(scores.stage(20).emotion()).isCloseTo(-5.0 / 3, within(1e-9));
    }

    @Test
    void reach_counts_people_and_organisations_and_each_segments_share() {
        var tp = example().touchpoint(1);
        assertThat(tp.people()).isEqualTo(10);
        assertThat(tp.organisations()).isEqualTo(4);
        assertThat(tp.segmentShares()).containsEntry(5L, 0.6).containsEntry(6L, 0.3)
                .containsEntry(JourneyScores.NO_SEGMENT, 0.1);
    }

    @Test
    void hotspot_priority_combines_importance_reach_negative_share_and_moments_of_truth() {
        var scores = example();
        // I = 16/4 = 4, R = 10, N/(P+N) = 18/24 = 0.75, M = 1/4: 4 × 10 × 0.75 × 1.25 = 37.5
        assertThat(scores.touchpoint(1).priority()).isEqualTo(37.5);
        // I = 5, R = 3, N/(P+N) = 7/9, M = 3/3: 5 × 3 × 7/9 × 2 = 23.33
        assertThat(scores.touchpoint(3).priority()).isEqualTo(23.3);
        // nothing negative felt: not a hotspot
        assertThat(scores.touchpoint(2).priority()).isZero();
        assertThat(scores.hotspots()).extracting(JourneyScores.TouchpointScore::touchpointId).containsExactly(1L, 3L);
    }
}
