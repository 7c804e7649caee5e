package app.rada.journeys;

import app.rada.journeys.internal.JourneyFiguresStore;
import app.rada.shared.security.Access;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures across journey maps, for staff's overviews and for badges: each is a fixed number of
 * aggregate queries over the annotations of a span of time.
 */
@Service
@Transactional(readOnly = true)
public class JourneyFiguresService {

    static final int LIMIT_MAX = 50;

    private final JourneyFiguresStore store;

    JourneyFiguresService(JourneyFiguresStore store) {
        this.store = store;
    }

    /**
     * The touchpoints of published maps annotated in a span of time with the lowest Net Emotional Value
     * (fewest annotations last among equals), and those with the highest hotspot priority, scored from that
     * span's annotations and "me too"s as the map scores them.
     */
    @PreAuthorize(Access.STAFF)
    public JourneyHealth health(Instant from, Instant to, int limit) {
        int size = Math.min(Math.max(limit, 1), LIMIT_MAX);
        var scored = store.health(from, to).stream().map(h -> {
            var t = h.tally();
            return new Scored(t.touchpointId(), t.annotations(), JourneyScores.nev(t.positive(), t.negative()),
                    JourneyScores.priority(t, h.people()), h.people());
        }).toList();
        var lowest = scored.stream().filter(s -> s.nev() != null)
                .sorted(Comparator.comparingInt((Scored s) -> s.nev() == null ? 0 : s.nev())
                        .thenComparing(Comparator.comparingInt(Scored::annotations).reversed())
                        .thenComparingLong(Scored::touchpointId))
                .limit(size).toList();
        var hotspots = scored.stream().filter(s -> s.priority() > 0)
                .sorted(Comparator.comparingDouble(Scored::priority).reversed().thenComparingLong(Scored::touchpointId))
                .limit(size).toList();
        var ids = new LinkedHashSet<Long>();
        lowest.forEach(s -> ids.add(s.touchpointId()));
        hotspots.forEach(s -> ids.add(s.touchpointId()));
        var places = store.places(ids);
        return new JourneyHealth(lowest.stream().map(s -> health(s, places)).toList(),
                hotspots.stream().map(s -> health(s, places)).toList());
    }

    private record Scored(long touchpointId, int annotations, @Nullable Integer nev, double priority, int people) {
    }

    private static TouchpointHealth health(Scored s, Map<Long, JourneyFiguresStore.Place> places) {
        var place = places.get(s.touchpointId());
        return new TouchpointHealth(s.touchpointId(), place == null ? 0 : place.mapId(),
                place == null ? "" : place.mapTitle(), place == null ? "" : place.stageName(),
                place == null ? "" : place.touchpointName(), s.annotations(), s.nev(), s.priority(), s.people());
    }

    /**
     * Annotations and their emotions per part of a span of time (part {@code i} runs from
     * {@code bounds[i]} to {@code bounds[i+1]}), of one organisation's people or of everyone.
     */
    @PreAuthorize(Access.STAFF)
    public List<EmotionTally> emotions(@Nullable Long organisationId, List<Instant> bounds) {
        return store.emotions(organisationId, bounds);
    }
}
