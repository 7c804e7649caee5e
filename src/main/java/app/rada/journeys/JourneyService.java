package app.rada.journeys;

import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSummary;
import app.rada.journeys.internal.Journey;
import app.rada.journeys.internal.JourneyRepository;
import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.StageRepository;
import app.rada.journeys.internal.Touchpoint;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journey maps: staff draw and publish them; members list and open the published ones. A member
 * never sees a draft or an archived map: the refusal is here, not only in the views. Changing a map is
 * in {@link MapEditingService}, {@link StageEditingService}, {@link TouchpointEditingService} and
 * {@link MapVersionService}.
 */
@Service
@Transactional(readOnly = true)
public class JourneyService {

    private final JourneyRepository maps;
    private final StageRepository stages;
    private final TouchpointRepository touchpoints;
    private final JourneyStore store;
    private final IdeaService ideas;
    private final MapEditingService mapEditing;
    private final StageEditingService stageEditing;
    private final TouchpointEditingService touchpointEditing;
    private final MapFigures figures;

    JourneyService(JourneyRepository maps, StageRepository stages, TouchpointRepository touchpoints,
                   JourneyStore store, IdeaService ideas, MapEditingService mapEditing,
                   StageEditingService stageEditing, TouchpointEditingService touchpointEditing, MapFigures figures) {
        this.maps = maps;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.store = store;
        this.ideas = ideas;
        this.mapEditing = mapEditing;
        this.stageEditing = stageEditing;
        this.touchpointEditing = touchpointEditing;
        this.figures = figures;
    }

    /** One page of maps: members see the published ones, staff all of them. */
    @PreAuthorize(Access.MEMBER)
    public List<JourneySummary> maps(int offset, int limit) {
        return store.maps(CurrentUser.require().isStaff(), Math.max(offset, 0), Math.min(Math.max(limit, 1), 100));
    }

    @PreAuthorize(Access.MEMBER)
    public long countMaps() {
        return store.countMaps(CurrentUser.require().isStaff());
    }

    /**
     * The whole map with its scores, pins and linked ideas, in a fixed number of queries whatever its
     * size. Refused to members unless the map is published.
     */
    @PreAuthorize(Access.MEMBER)
    public JourneyMap map(long mapId) {
        var me = CurrentUser.require();
        var journey = visible(maps, mapId, me);
        var allTouchpoints = touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId);
        var byStage = allTouchpoints.stream().collect(Collectors.groupingBy(Touchpoint::getStageId,
                LinkedHashMap::new, Collectors.mapping(JourneyService::touchpoint, Collectors.toList())));
        var stageList = stages.findByMapIdOrderByPositionAscIdAsc(mapId).stream()
                .map(s -> new MapStage(s.getId(), s.getName(), s.getGoal(), byStage.getOrDefault(s.getId(), List.of())))
                .toList();
        var stageOf = new LinkedHashMap<Long, Long>();
        stageList.forEach(s -> s.touchpoints().forEach(t -> stageOf.put(t.id(), s.id())));
        // summed once for every viewer of the map on this node, until its annotations change
        var sums = figures.of(mapId);
        var scores = JourneyScores.compute(stageOf, sums.tallies(), sums.reach(), sums.segmentReach());
        Map<Long, List<IdeaSummary>> linked = ideas.byTouchpoints(stageOf.keySet()).stream()
                .collect(Collectors.groupingBy(i -> i.touchpointId() == null ? 0L : i.touchpointId()));
        return new JourneyMap(mapId, journey.getTitle(), journey.getDescription(), journey.getPersona(),
                journey.getStatus(), stageList, scores, sums.pins(), linked, me.isStaff(),
                annotatable(journey, me));
    }

    /** The stages of a map with their touchpoints in order, without its figures: for staff choosing a place. */
    @PreAuthorize(Access.STAFF)
    public List<MapStage> stagesOf(long mapId) {
        var me = CurrentUser.require();
        visible(maps, mapId, me);
        var byStage = touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId).stream()
                .collect(Collectors.groupingBy(Touchpoint::getStageId, LinkedHashMap::new,
                        Collectors.mapping(JourneyService::touchpoint, Collectors.toList())));
        return stages.findByMapIdOrderByPositionAscIdAsc(mapId).stream()
                .map(s -> new MapStage(s.getId(), s.getName(), s.getGoal(), byStage.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    /** Where a touchpoint sits, if the caller may see its map. */
    @PreAuthorize(Access.MEMBER)
    public Optional<TouchpointLocation> location(long touchpointId) {
        var me = CurrentUser.require();
        return touchpoints.findById(touchpointId).flatMap(t -> maps.findById(t.getMapId())
                .filter(m -> me.isStaff() || m.getStatus() == MapStatus.PUBLISHED)
                .flatMap(m -> stages.findById(t.getStageId())
                        .map(s -> new TouchpointLocation(m.getId(), m.getTitle(), s.getName(), t.getName()))));
    }

    /**
     * The organisations whose people annotated the touchpoint or agreed with an annotation there: the
     * natural audience of a design session about it.
     */
    @PreAuthorize(Access.STAFF)
    public List<Long> organisationsAt(long touchpointId) {
        return store.organisationsAt(touchpointId);
    }

    static boolean annotatable(Journey journey, RadaUser me) {
        return journey.getStatus() == MapStatus.PUBLISHED || (me.isStaff() && journey.getStatus() == MapStatus.DRAFT);
    }

    /** The map if the person may see it: staff any, members only published ones. */
    static Journey visible(JourneyRepository maps, long mapId, RadaUser me) {
        var journey = maps.findById(mapId).orElseThrow(() -> new NoSuchElementException("journey map " + mapId));
        if (!me.isStaff() && journey.getStatus() != MapStatus.PUBLISHED) {
            throw new AccessDeniedException("Journey map not published");
        }
        return journey;
    }

    private static MapTouchpoint touchpoint(Touchpoint t) {
        return new MapTouchpoint(t.getId(), t.getStageId(), t.getName(), t.getDescription(), t.getChannel(),
                t.getFrontOffice(), t.getBackOffice());
    }

    // --- kept for other modules' callers

    /** Same as {@link MapEditingService#create}; other modules' test fixtures build maps through here. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(MapDraft draft) {
        return mapEditing.create(draft);
    }

    /** Same as {@link StageEditingService#addStage}, for other modules' callers. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addStage(long mapId, StageDraft draft) {
        return stageEditing.addStage(mapId, draft);
    }

    /** Same as {@link TouchpointEditingService#addTouchpoint}, for other modules' callers. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addTouchpoint(long stageId, TouchpointDraft draft) {
        return touchpointEditing.addTouchpoint(stageId, draft);
    }

    /** Same as {@link MapEditingService#publish}, for other modules' callers. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void publish(long mapId) {
        mapEditing.publish(mapId);
    }
}
