package app.rada.journeys;

import app.rada.journeys.internal.Journey;
import app.rada.journeys.internal.JourneyRepository;
import app.rada.journeys.internal.MapParts;
import app.rada.journeys.internal.Stage;
import app.rada.journeys.internal.StageRepository;
import app.rada.journeys.internal.Touchpoint;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff create a map, change its details, publish, archive, and start a new version of it as a draft copy. */
@Service
@Transactional(readOnly = true)
public class MapEditingService {

    private final JourneyRepository maps;
    private final StageRepository stages;
    private final TouchpointRepository touchpoints;
    private final MapParts parts;
    private final DraftRules rules;
    private final Clock clock;

    MapEditingService(JourneyRepository maps, StageRepository stages, TouchpointRepository touchpoints,
                      MapParts parts, DraftRules rules, Clock clock) {
        this.maps = maps;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.parts = parts;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(MapDraft draft) {
        var clean = rules.clean(draft);
        return maps.save(new Journey(clean, CurrentUser.require().personId(), Instant.now(clock))).getId();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void edit(long mapId, MapDraft draft) {
        parts.editable(mapId).edit(rules.clean(draft), Instant.now(clock));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void publish(long mapId) {
        var journey = parts.map(mapId);
        if (touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId).isEmpty()) {
            throw new Problem("journeys.publish.empty");
        }
        journey.publish(Instant.now(clock));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void archive(long mapId) {
        parts.map(mapId).archive(Instant.now(clock));
    }

    /** A draft copy of the map's stages and touchpoints, without annotations, to start a new version from. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long duplicate(long mapId, String title) {
        var original = parts.map(mapId);
        var copy = maps.save(new Journey(rules.clean(new MapDraft(title, original.getDescription(),
                original.getPersona())), CurrentUser.require().personId(), Instant.now(clock)));
        var byStage = touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId).stream()
                .collect(Collectors.groupingBy(Touchpoint::getStageId));
        for (var stage : stages.findByMapIdOrderByPositionAscIdAsc(mapId)) {
            var newStage = stages.save(new Stage(copy.getId(), new StageDraft(stage.getName(), stage.getGoal()),
                    stage.getPosition()));
            for (var t : byStage.getOrDefault(stage.getId(), List.of())) {
                touchpoints.save(new Touchpoint(copy.getId(), newStage.getId(), t.draft(), t.getPosition()));
            }
        }
        return copy.getId();
    }
}
