package app.rada.journeys;

import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.MapParts;
import app.rada.journeys.internal.Stage;
import app.rada.journeys.internal.StageRepository;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff add, rename, remove and reorder the stages of a map that is not archived. */
@Service
@Transactional(readOnly = true)
public class StageEditingService {

    private final StageRepository stages;
    private final TouchpointRepository touchpoints;
    private final JourneyStore store;
    private final MapParts parts;
    private final DraftRules rules;
    private final Clock clock;

    StageEditingService(StageRepository stages, TouchpointRepository touchpoints, JourneyStore store, MapParts parts,
                        DraftRules rules, Clock clock) {
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.store = store;
        this.parts = parts;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addStage(long mapId, StageDraft draft) {
        var journey = parts.editable(mapId);
        int position = stages.findByMapIdOrderByPositionAscIdAsc(mapId).size();
        journey.touch(Instant.now(clock));
        return stages.save(new Stage(mapId, rules.clean(draft), position)).getId();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void editStage(long stageId, StageDraft draft) {
        var stage = parts.stage(stageId);
        parts.editable(stage.getMapId()).touch(Instant.now(clock));
        stage.edit(rules.clean(draft));
    }

    /** Removes a stage; refused while any of its touchpoints carries annotations, so no member's words are lost. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void deleteStage(long stageId) {
        var stage = parts.stage(stageId);
        parts.editable(stage.getMapId()).touch(Instant.now(clock));
        var annotated = store.pins(stage.getMapId()).keySet();
        if (touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId).stream().anyMatch(t -> annotated.contains(t.getId()))) {
            throw new Problem("journeys.delete.annotated");
        }
        touchpoints.deleteAll(touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId));
        stages.delete(stage);
        MapParts.renumber(stages.findByMapIdOrderByPositionAscIdAsc(stage.getMapId()));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void moveStage(long stageId, MoveDirection direction) {
        var stage = parts.stage(stageId);
        parts.editable(stage.getMapId()).touch(Instant.now(clock));
        MapParts.move(new ArrayList<>(stages.findByMapIdOrderByPositionAscIdAsc(stage.getMapId())), stage, direction);
    }

    /** Puts a stage at a position (0 is first), as dragging it there does. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void placeStage(long stageId, int position) {
        var stage = parts.stage(stageId);
        parts.editable(stage.getMapId()).touch(Instant.now(clock));
        var siblings = new ArrayList<>(stages.findByMapIdOrderByPositionAscIdAsc(stage.getMapId()));
        siblings.remove(stage);
        siblings.add(Math.clamp(position, 0, siblings.size()), stage);
        MapParts.renumber(siblings);
    }
}
