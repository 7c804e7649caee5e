package app.rada.journeys;

import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSummary;
import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.MapParts;
import app.rada.journeys.internal.StageRepository;
import app.rada.journeys.internal.Touchpoint;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff save a map's figures under a name as a version, and compare a version with a later one or with
 * now, to see what the ideas done in between changed.
 */
@Service
@Transactional(readOnly = true)
public class MapVersionService {

    private final StageRepository stages;
    private final TouchpointRepository touchpoints;
    private final JourneyStore store;
    private final MapParts parts;
    private final IdeaService ideas;
    private final DraftRules rules;
    private final Clock clock;

    MapVersionService(StageRepository stages, TouchpointRepository touchpoints, JourneyStore store, MapParts parts,
                      IdeaService ideas, DraftRules rules, Clock clock) {
        this.rules = rules;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.store = store;
        this.parts = parts;
        this.ideas = ideas;
        this.clock = clock;
    }

    /** Saves every touchpoint's figures as they are now, under a name, as the map's next version. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public MapVersion snapshot(long mapId, String label) {
        var clean = rules.clean(new VersionLabel(label)).label();
        parts.map(mapId);
        var now = Instant.now(clock);
        long versionId = store.addVersion(mapId, clean, CurrentUser.require().personId(), now);
        store.addVersionRows(versionId, current(mapId));
        return store.versions(mapId).stream().filter(v -> v.id() == versionId).findFirst().orElseThrow();
    }

    @PreAuthorize(Access.STAFF)
    public List<MapVersion> versions(long mapId) {
        parts.map(mapId);
        return store.versions(mapId);
    }

    /**
     * A saved version side by side with a later one, or with now when {@code toVersionId} is null; the
     * ideas done in between are those linked to the map's touchpoints whose status became done then.
     */
    @PreAuthorize(Access.STAFF)
    public VersionComparison compare(long mapId, long fromVersionId, @Nullable Long toVersionId) {
        parts.map(mapId);
        var versions = store.versions(mapId);
        var from = versions.stream().filter(v -> v.id() == fromVersionId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("version " + fromVersionId + " of map " + mapId));
        MapVersion to = toVersionId == null ? null : versions.stream().filter(v -> v.id() == toVersionId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("version " + toVersionId + " of map " + mapId));
        var then = store.versionRows(from.id());
        var later = to == null ? current(mapId) : store.versionRows(to.id());
        var thenBy = new LinkedHashMap<Long, JourneyStore.VersionRow>();
        then.forEach(r -> thenBy.put(r.touchpointId(), r));
        var ids = new LinkedHashSet<Long>();
        later.forEach(r -> ids.add(r.touchpointId()));
        ids.addAll(thenBy.keySet());
        var until = to == null ? Instant.now(clock) : to.createdAt();
        Map<Long, List<IdeaSummary>> done = ideas.doneBetween(ids, from.createdAt(), until).stream()
                .collect(Collectors.groupingBy(i -> i.touchpointId() == null ? 0L : i.touchpointId()));
        var rows = new ArrayList<VersionComparison.Row>();
        var laterIds = new HashSet<Long>();
        for (var now : later) {
            laterIds.add(now.touchpointId());
            var old = thenBy.get(now.touchpointId());
            rows.add(new VersionComparison.Row(now.touchpointId(), now.stageName(), now.name(),
                    old == null ? null : JourneyScores.nev(old.positive(), old.negative()),
                    JourneyScores.nev(now.positive(), now.negative()), old == null ? 0 : old.annotations(),
                    now.annotations(), false, done.getOrDefault(now.touchpointId(), List.of())));
        }
        for (var old : then) {
            if (!laterIds.contains(old.touchpointId())) {
                rows.add(new VersionComparison.Row(old.touchpointId(), old.stageName(), old.name(),
                        JourneyScores.nev(old.positive(), old.negative()), null, old.annotations(), 0, true,
                        done.getOrDefault(old.touchpointId(), List.of())));
            }
        }
        return new VersionComparison(from, to, rows);
    }

    /** Every touchpoint's figures now, in the map's order, from the same aggregate queries as the map. */
    private List<JourneyStore.VersionRow> current(long mapId) {
        var tallies = new HashMap<Long, JourneyScores.Tally>();
        store.tallies(mapId).forEach(t -> tallies.put(t.touchpointId(), t));
        var reach = new HashMap<Long, Integer>();
        store.reach(mapId).forEach(r -> reach.put(r.touchpointId(), r.people()));
        var byStage = touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId).stream()
                .collect(Collectors.groupingBy(Touchpoint::getStageId));
        var rows = new ArrayList<JourneyStore.VersionRow>();
        int position = 0;
        for (var stage : stages.findByMapIdOrderByPositionAscIdAsc(mapId)) {
            for (var t : byStage.getOrDefault(stage.getId(), List.of())) {
                var tally = tallies.getOrDefault(t.getId(), new JourneyScores.Tally(t.getId(), 0, 0, 0, 0, 0));
                rows.add(new JourneyStore.VersionRow(t.getId(), stage.getName(), t.getName(), position++,
                        tally.annotations(), tally.positive(), tally.negative(), reach.getOrDefault(t.getId(), 0)));
            }
        }
        return rows;
    }
}
