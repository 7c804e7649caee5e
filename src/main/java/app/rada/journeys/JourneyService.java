package app.rada.journeys;

import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSummary;
import app.rada.journeys.internal.Journey;
import app.rada.journeys.internal.JourneyRepository;
import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.Positioned;
import app.rada.journeys.internal.Stage;
import app.rada.journeys.internal.StageRepository;
import app.rada.journeys.internal.Touchpoint;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journey maps: staff draw and publish them; members list and open the published ones. A member
 * never sees a draft or an archived map: the refusal is here, not only in the views.
 */
@Service
@Transactional(readOnly = true)
public class JourneyService {

    private final JourneyRepository maps;
    private final StageRepository stages;
    private final TouchpointRepository touchpoints;
    private final JourneyStore store;
    private final IdeaService ideas;
    private final Clock clock;

    JourneyService(JourneyRepository maps, StageRepository stages, TouchpointRepository touchpoints,
                   JourneyStore store, IdeaService ideas, Clock clock) {
        this.maps = maps;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.store = store;
        this.ideas = ideas;
        this.clock = clock;
    }

    // --- reading

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
        var scores = JourneyScores.compute(stageOf, store.tallies(mapId), store.reach(mapId), store.segmentReach(mapId));
        Map<Long, List<IdeaSummary>> linked = ideas.byTouchpoints(stageOf.keySet()).stream()
                .collect(Collectors.groupingBy(i -> i.touchpointId() == null ? 0L : i.touchpointId()));
        return new JourneyMap(mapId, journey.getTitle(), journey.getDescription(), journey.getPersona(),
                journey.getStatus(), stageList, scores, store.pins(mapId), linked, me.isStaff(),
                annotatable(journey, me));
    }

    /** Where a touchpoint sits, if the caller may see its map. */
    @PreAuthorize(Access.MEMBER)
    public java.util.Optional<TouchpointLocation> location(long touchpointId) {
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

    // --- the map itself

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(MapDraft draft) {
        var clean = clean(draft);
        return maps.save(new Journey(clean, CurrentUser.require().personId(), Instant.now(clock))).getId();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void edit(long mapId, MapDraft draft) {
        editable(mapId).edit(clean(draft), Instant.now(clock));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void publish(long mapId) {
        var journey = map(mapId, true);
        if (touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId).isEmpty()) {
            throw new Problem("journeys.publish.empty");
        }
        journey.publish(Instant.now(clock));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void archive(long mapId) {
        map(mapId, true).archive(Instant.now(clock));
    }

    /** A draft copy of the map's stages and touchpoints, without annotations, to start a new version from. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long duplicate(long mapId, String title) {
        var original = map(mapId, true);
        var copy = maps.save(new Journey(clean(new MapDraft(title, original.getDescription(), original.getPersona())),
                CurrentUser.require().personId(), Instant.now(clock)));
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

    // --- stages

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addStage(long mapId, StageDraft draft) {
        var journey = editable(mapId);
        int position = stages.findByMapIdOrderByPositionAscIdAsc(mapId).size();
        journey.touch(Instant.now(clock));
        return stages.save(new Stage(mapId, clean(draft), position)).getId();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void editStage(long stageId, StageDraft draft) {
        var stage = stage(stageId);
        editable(stage.getMapId()).touch(Instant.now(clock));
        stage.edit(clean(draft));
    }

    /** Removes a stage; refused while any of its touchpoints carries annotations, so no member's words are lost. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void deleteStage(long stageId) {
        var stage = stage(stageId);
        editable(stage.getMapId()).touch(Instant.now(clock));
        var annotated = store.pins(stage.getMapId()).keySet();
        if (touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId).stream().anyMatch(t -> annotated.contains(t.getId()))) {
            throw new Problem("journeys.delete.annotated");
        }
        touchpoints.deleteAll(touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId));
        stages.delete(stage);
        renumber(stages.findByMapIdOrderByPositionAscIdAsc(stage.getMapId()));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void moveStage(long stageId, MoveDirection direction) {
        var stage = stage(stageId);
        editable(stage.getMapId()).touch(Instant.now(clock));
        move(new ArrayList<>(stages.findByMapIdOrderByPositionAscIdAsc(stage.getMapId())), stage, direction);
    }

    /** Puts a stage at a position (0 is first), as dragging it there does. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void placeStage(long stageId, int position) {
        var stage = stage(stageId);
        editable(stage.getMapId()).touch(Instant.now(clock));
        var siblings = new ArrayList<>(stages.findByMapIdOrderByPositionAscIdAsc(stage.getMapId()));
        siblings.remove(stage);
        siblings.add(Math.clamp(position, 0, siblings.size()), stage);
        renumber(siblings);
    }

    // --- touchpoints

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addTouchpoint(long stageId, TouchpointDraft draft) {
        var stage = stage(stageId);
        editable(stage.getMapId()).touch(Instant.now(clock));
        int position = touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId).size();
        return touchpoints.save(new Touchpoint(stage.getMapId(), stageId, clean(draft), position)).getId();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void editTouchpoint(long touchpointId, TouchpointDraft draft) {
        var touchpoint = touchpoint(touchpointId);
        editable(touchpoint.getMapId()).touch(Instant.now(clock));
        touchpoint.edit(clean(draft));
    }

    /** Removes a touchpoint; refused while it carries annotations. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void deleteTouchpoint(long touchpointId) {
        var touchpoint = touchpoint(touchpointId);
        editable(touchpoint.getMapId()).touch(Instant.now(clock));
        if (store.pins(touchpoint.getMapId()).containsKey(touchpointId)) {
            throw new Problem("journeys.delete.annotated");
        }
        touchpoints.delete(touchpoint);
        renumber(touchpoints.findByStageIdOrderByPositionAscIdAsc(touchpoint.getStageId()));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void moveTouchpoint(long touchpointId, MoveDirection direction) {
        var touchpoint = touchpoint(touchpointId);
        editable(touchpoint.getMapId()).touch(Instant.now(clock));
        move(new ArrayList<>(touchpoints.findByStageIdOrderByPositionAscIdAsc(touchpoint.getStageId())), touchpoint,
                direction);
    }

    /**
     * Puts a touchpoint at a position within a stage of the same map (0 is first), also moving it to
     * that stage, as dragging it there does. Its annotations and linked ideas go with it.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void placeTouchpoint(long touchpointId, long stageId, int position) {
        var touchpoint = touchpoint(touchpointId);
        var target = stage(stageId);
        if (target.getMapId() != touchpoint.getMapId()) {
            throw new Problem("journeys.edit.other-map");
        }
        editable(touchpoint.getMapId()).touch(Instant.now(clock));
        long from = touchpoint.getStageId();
        if (from != stageId) {
            var left = new ArrayList<>(touchpoints.findByStageIdOrderByPositionAscIdAsc(from));
            left.remove(touchpoint);
            renumber(left);
            touchpoint.moveToStage(stageId);
        }
        var siblings = new ArrayList<>(touchpoints.findByStageIdOrderByPositionAscIdAsc(stageId));
        siblings.remove(touchpoint);
        siblings.add(Math.clamp(position, 0, siblings.size()), touchpoint);
        renumber(siblings);
    }

    // --- versions

    /** Saves every touchpoint's figures as they are now, under a name, as the map's next version. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public MapVersion snapshot(long mapId, String label) {
        var clean = label.strip();
        if (clean.isEmpty()) {
            throw new Problem("journeys.version.label.missing");
        }
        if (clean.length() > MapVersion.LABEL_MAX) {
            throw new Problem("journeys.field.too-long", MapVersion.LABEL_MAX);
        }
        map(mapId, true);
        var now = Instant.now(clock);
        long versionId = store.addVersion(mapId, clean, CurrentUser.require().personId(), now);
        store.addVersionRows(versionId, current(mapId));
        return store.versions(mapId).stream().filter(v -> v.id() == versionId).findFirst().orElseThrow();
    }

    @PreAuthorize(Access.STAFF)
    public List<MapVersion> versions(long mapId) {
        map(mapId, true);
        return store.versions(mapId);
    }

    /**
     * A saved version side by side with a later one, or with now when {@code toVersionId} is null; the
     * ideas done in between are those linked to the map's touchpoints whose status became done then.
     */
    @PreAuthorize(Access.STAFF)
    public VersionComparison compare(long mapId, long fromVersionId, @org.jspecify.annotations.Nullable Long toVersionId) {
        map(mapId, true);
        var versions = store.versions(mapId);
        var from = versions.stream().filter(v -> v.id() == fromVersionId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("version " + fromVersionId + " of map " + mapId));
        MapVersion to = toVersionId == null ? null : versions.stream().filter(v -> v.id() == toVersionId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("version " + toVersionId + " of map " + mapId));
        var then = store.versionRows(from.id());
        var later = to == null ? current(mapId) : store.versionRows(to.id());
        var thenBy = new LinkedHashMap<Long, JourneyStore.VersionRow>();
        then.forEach(r -> thenBy.put(r.touchpointId(), r));
        var ids = new java.util.LinkedHashSet<Long>();
        later.forEach(r -> ids.add(r.touchpointId()));
        ids.addAll(thenBy.keySet());
        var until = to == null ? Instant.now(clock) : to.createdAt();
        Map<Long, List<IdeaSummary>> done = ideas.doneBetween(ids, from.createdAt(), until).stream()
                .collect(Collectors.groupingBy(i -> i.touchpointId() == null ? 0L : i.touchpointId()));
        var rows = new ArrayList<VersionComparison.Row>();
        var laterIds = new java.util.HashSet<Long>();
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
        var tallies = new java.util.HashMap<Long, JourneyScores.Tally>();
        store.tallies(mapId).forEach(t -> tallies.put(t.touchpointId(), t));
        var reach = new java.util.HashMap<Long, Integer>();
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

    // --- helpers

    private static <T extends Positioned> void move(List<T> siblings, T item, MoveDirection direction) {
        int index = siblings.indexOf(item);
        int target = direction == MoveDirection.EARLIER ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return;
        }
        siblings.set(index, siblings.get(target));
        siblings.set(target, item);
        renumber(siblings);
    }

    private static void renumber(List<? extends Positioned> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }

    private Journey map(long mapId, boolean staffOnly) {
        return maps.findById(mapId).orElseThrow(() -> new NoSuchElementException("journey map " + mapId));
    }

    /** A map staff may still change: archived maps are kept as they were. */
    private Journey editable(long mapId) {
        var journey = map(mapId, true);
        if (journey.getStatus() == MapStatus.ARCHIVED) {
            throw new Problem("journeys.edit.archived");
        }
        return journey;
    }

    private Stage stage(long stageId) {
        return stages.findById(stageId).orElseThrow(() -> new NoSuchElementException("stage " + stageId));
    }

    private Touchpoint touchpoint(long touchpointId) {
        return touchpoints.findById(touchpointId)
                .orElseThrow(() -> new NoSuchElementException("touchpoint " + touchpointId));
    }

    private static MapDraft clean(MapDraft draft) {
        var title = required(draft.title(), MapDraft.TITLE_MAX, "journeys.map.title");
        return new MapDraft(title, optional(draft.description(), MapDraft.DESCRIPTION_MAX, "journeys.map.description"),
                optional(draft.persona(), MapDraft.PERSONA_MAX, "journeys.map.persona"));
    }

    private static StageDraft clean(StageDraft draft) {
        return new StageDraft(required(draft.name(), StageDraft.NAME_MAX, "journeys.stage.name"),
                optional(draft.goal(), StageDraft.GOAL_MAX, "journeys.stage.goal"));
    }

    private static TouchpointDraft clean(TouchpointDraft draft) {
        return new TouchpointDraft(required(draft.name(), TouchpointDraft.NAME_MAX, "journeys.touchpoint.name"),
                optional(draft.description(), TouchpointDraft.DESCRIPTION_MAX, "journeys.touchpoint.description"),
                draft.channel(),
                optional(draft.frontOffice(), TouchpointDraft.DEPARTMENT_MAX, "journeys.touchpoint.front-office"),
                optional(draft.backOffice(), TouchpointDraft.DEPARTMENT_MAX, "journeys.touchpoint.back-office"));
    }

    private static String required(String value, int max, String fieldKey) {
        var text = value.strip();
        if (text.isEmpty()) {
            throw new Problem(fieldKey + ".missing");
        }
        return optional(text, max, fieldKey);
    }

    private static String optional(String value, int max, String fieldKey) {
        var text = value.strip();
        if (text.length() > max) {
            throw new Problem("journeys.field.too-long", max);
        }
        return text;
    }
}
