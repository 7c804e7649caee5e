package app.rada.journeys;

import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.MapParts;
import app.rada.journeys.internal.Touchpoint;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff add, change, remove and reorder the touchpoints of a map's stages, also moving them between stages. */
@Service
@Transactional(readOnly = true)
public class TouchpointEditingService {

    private final TouchpointRepository touchpoints;
    private final JourneyStore store;
    private final MapParts parts;
    private final DraftRules rules;
    private final Clock clock;

    TouchpointEditingService(TouchpointRepository touchpoints, JourneyStore store, MapParts parts, DraftRules rules,
                             Clock clock) {
        this.touchpoints = touchpoints;
        this.store = store;
        this.parts = parts;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addTouchpoint(long stageId, TouchpointDraft draft) {
        var stage = parts.stage(stageId);
        parts.editable(stage.getMapId()).touch(Instant.now(clock));
        int position = touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId).size();
        return touchpoints.save(new Touchpoint(stage.getMapId(), stageId, rules.clean(draft), position)).getId();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void editTouchpoint(long touchpointId, TouchpointDraft draft) {
        var touchpoint = parts.touchpoint(touchpointId);
        parts.editable(touchpoint.getMapId()).touch(Instant.now(clock));
        touchpoint.edit(rules.clean(draft));
    }

    /** Removes a touchpoint; refused while it carries annotations. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void deleteTouchpoint(long touchpointId) {
        var touchpoint = parts.touchpoint(touchpointId);
        parts.editable(touchpoint.getMapId()).touch(Instant.now(clock));
        if (store.pins(touchpoint.getMapId()).containsKey(touchpointId)) {
            throw new Problem("journeys.delete.annotated");
        }
        touchpoints.delete(touchpoint);
        MapParts.renumber(touchpoints.findByStageIdOrderByPositionAscIdAsc(touchpoint.getStageId()));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void moveTouchpoint(long touchpointId, MoveDirection direction) {
        var touchpoint = parts.touchpoint(touchpointId);
        parts.editable(touchpoint.getMapId()).touch(Instant.now(clock));
        MapParts.move(new ArrayList<>(touchpoints.findByStageIdOrderByPositionAscIdAsc(touchpoint.getStageId())),
                touchpoint, direction);
    }

    /**
     * Puts a touchpoint at a position within a stage of the same map (0 is first), also moving it to
     * that stage, as dragging it there does. Its annotations and linked ideas go with it.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void placeTouchpoint(long touchpointId, long stageId, int position) {
        var touchpoint = parts.touchpoint(touchpointId);
        var target = parts.stage(stageId);
        if (target.getMapId() != touchpoint.getMapId()) {
            throw new Problem("journeys.edit.other-map");
        }
        parts.editable(touchpoint.getMapId()).touch(Instant.now(clock));
        long from = touchpoint.getStageId();
        if (from != stageId) {
            var left = new ArrayList<>(touchpoints.findByStageIdOrderByPositionAscIdAsc(from));
            left.remove(touchpoint);
            MapParts.renumber(left);
            touchpoint.moveToStage(stageId);
        }
        var siblings = new ArrayList<>(touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId));
        siblings.remove(touchpoint);
        siblings.add(Math.clamp(position, 0, siblings.size()), touchpoint);
        MapParts.renumber(siblings);
    }
}
