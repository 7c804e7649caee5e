package app.rada.journeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a journey map computes from its annotations, in one pass over per-touchpoint sums that the
 * database adds up (see {@code docs/journeys.md}):
 * <ul>
 * <li>emotion: mean signed intensity, (P − N) / annotations, from −5 to +5;</li>
 * <li>Net Emotional Value: 100 × (P − N) / (P + N), none without annotations;</li>
 * <li>reach: distinct people and organisations who annotated or said "me too", and each segment's share;</li>
 * <li>hotspot priority: I × R × N / (P + N) × (1 + M), with I the mean importance, R the people reached and
 * M the share of annotations that are moments of truth; zero where nothing negative was felt.</li>
 * </ul>
 * P and N are the summed intensities of annotations with positive and negative emotions.
 */
public final class JourneyScores {

    /** Key of the segment share for people outside any segment. */
    public static final long NO_SEGMENT = 0L;

    /** The database's sums for one touchpoint's annotations. */
    public record Tally(long touchpointId, int annotations, int positive, int negative, int importance,
                        int momentsOfTruth) {
    }

    /** Distinct people and organisations who annotated a touchpoint or said "me too" there. */
    public record Reach(long touchpointId, int people, int organisations) {
    }

    /** Distinct people of one segment (null: none) who annotated a touchpoint or said "me too" there. */
    public record SegmentReach(long touchpointId, @Nullable Long segmentId, int people) {
    }

    public record TouchpointScore(long touchpointId, int annotations, @Nullable Double emotion, @Nullable Integer nev,
                                  int people, int organisations, Map<Long, Double> segmentShares, double priority) {

        static TouchpointScore none(long touchpointId) {
            return new TouchpointScore(touchpointId, 0, null, null, 0, 0, Map.of(), 0);
        }
    }

    public record StageScore(long stageId, int annotations, @Nullable Double emotion, @Nullable Integer nev) {
    }

    /** Scores by touchpoint and stage id, and the hotspots ranked from the highest priority. */
    public record Scores(Map<Long, TouchpointScore> touchpoints, Map<Long, StageScore> stages,
                         List<TouchpointScore> hotspots) {

        public TouchpointScore touchpoint(long id) {
            return touchpoints.getOrDefault(id, TouchpointScore.none(id));
        }

        public StageScore stage(long id) {
            return stages.getOrDefault(id, new StageScore(id, 0, null, null));
        }
    }

    private JourneyScores() {
    }

    /** Net Emotional Value, rounded to a whole number; null when no emotion was given. */
    public static @Nullable Integer nev(int positive, int negative) {
        if (positive + negative == 0) {
            return null;
        }
        return (int) Math.round(100.0 * (positive - negative) / (positive + negative));
    }

    /** Mean signed intensity; null without annotations. */
    public static @Nullable Double emotion(int positive, int negative, int annotations) {
        return annotations == 0 ? null : (double) (positive - negative) / annotations;
    }

    /** Hotspot priority, rounded to one decimal. */
    public static double priority(Tally tally, int people) {
        if (tally.annotations() == 0 || tally.negative() == 0) {
            return 0;
        }
        double importance = (double) tally.importance() / tally.annotations();
        double negativeShare = (double) tally.negative() / (tally.positive() + tally.negative());
        double momentsOfTruth = (double) tally.momentsOfTruth() / tally.annotations();
        return Math.round(importance * people * negativeShare * (1 + momentsOfTruth) * 10) / 10.0;
    }

    /**
     * Scores a map. {@code stageOfTouchpoint} lists every touchpoint of the map with its stage, in
     * the map's order; touchpoints without annotations get no emotion and no value.
     */
    public static Scores compute(Map<Long, Long> stageOfTouchpoint, Collection<Tally> tallies,
                                 Collection<Reach> reach, Collection<SegmentReach> segments) {
        var reachBy = new HashMap<Long, Reach>();
        reach.forEach(r -> reachBy.put(r.touchpointId(), r));
        var segmentsBy = new HashMap<Long, Map<Long, Integer>>();
        for (var s : segments) {
            segmentsBy.computeIfAbsent(s.touchpointId(), k -> new LinkedHashMap<>())
                    .merge(s.segmentId() == null ? NO_SEGMENT : s.segmentId(), s.people(), Integer::sum);
        }
        var touchpoints = new LinkedHashMap<Long, TouchpointScore>();
        var stageSums = new LinkedHashMap<Long, int[]>();
        stageOfTouchpoint.values().forEach(stage -> stageSums.putIfAbsent(stage, new int[3]));
        for (var tally : tallies) {
            Long stage = stageOfTouchpoint.get(tally.touchpointId());
            if (stage == null) {
                continue;
            }
            var r = reachBy.getOrDefault(tally.touchpointId(), new Reach(tally.touchpointId(), 0, 0));
            touchpoints.put(tally.touchpointId(), new TouchpointScore(tally.touchpointId(), tally.annotations(),
                    emotion(tally.positive(), tally.negative(), tally.annotations()),
                    nev(tally.positive(), tally.negative()), r.people(), r.organisations(),
                    shares(segmentsBy.getOrDefault(tally.touchpointId(), Map.of())), priority(tally, r.people())));
            var sums = stageSums.get(stage);
            sums[0] += tally.annotations();
            sums[1] += tally.positive();
            sums[2] += tally.negative();
        }
        var stages = new LinkedHashMap<Long, StageScore>();
        stageSums.forEach((stage, sums) -> stages.put(stage,
                new StageScore(stage, sums[0], emotion(sums[1], sums[2], sums[0]), nev(sums[1], sums[2]))));
        var hotspots = new ArrayList<TouchpointScore>();
        touchpoints.values().stream().filter(t -> t.priority() > 0)
                .sorted(Comparator.comparingDouble(TouchpointScore::priority).reversed()
                        .thenComparing(TouchpointScore::touchpointId))
                .forEach(hotspots::add);
        return new Scores(Map.copyOf(touchpoints), Map.copyOf(stages), List.copyOf(hotspots));
    }

    private static Map<Long, Double> shares(Map<Long, Integer> people) {
        int total = people.values().stream().mapToInt(Integer::intValue).sum();
        var shares = new LinkedHashMap<Long, Double>();
        if (total > 0) {
            people.forEach((segment, count) -> shares.put(segment, (double) count / total));
        }
        return shares;
    }
}
