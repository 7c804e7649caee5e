package app.rada.journeys;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.journeys.internal.Annotation;
import app.rada.journeys.internal.AnnotationRepository;
import app.rada.journeys.internal.AnnotationSearchStore;
import app.rada.journeys.internal.JourneyRepository;
import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.people.PeopleService;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members annotate the touchpoints of published maps, edit and delete their own annotations, and say
 * "me too" to others'. Every open view of the map hears of each change once it is committed.
 */
@Service
@Transactional(readOnly = true)
public class AnnotationService {

    private final AnnotationRepository annotations;
    private final AnnotationSearchStore search;
    private final TouchpointRepository touchpoints;
    private final JourneyRepository maps;
    private final JourneyStore store;
    private final PeopleService people;
    private final IdeaService ideas;
    private final ApplicationEventPublisher events;
    private final DraftRules rules;
    private final Clock clock;

    AnnotationService(AnnotationRepository annotations, AnnotationSearchStore search, TouchpointRepository touchpoints,
                      JourneyRepository maps, JourneyStore store, PeopleService people, IdeaService ideas, ApplicationEventPublisher events,
                      DraftRules rules, Clock clock) {
        this.annotations = annotations;
        this.search = search;
        this.touchpoints = touchpoints;
        this.maps = maps;
        this.store = store;
        this.people = people;
        this.ideas = ideas;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Adds the caller's annotation to a touchpoint of a published map (staff may also try out a draft),
     * recording their organisation and its segment as they are now.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public long add(long touchpointId, AnnotationDraft draft) {
        var me = CurrentUser.require();
        var touchpoint = touchpoints.findById(touchpointId)
                .orElseThrow(() -> new NoSuchElementException("touchpoint " + touchpointId));
        var journey = JourneyService.visible(maps, touchpoint.getMapId(), me);
        if (!JourneyService.annotatable(journey, me)) {
            throw new Problem("journeys.annotate.closed");
        }
        var clean = clean(draft);
        var organisation = me.organisationId();
        var segment = organisation == null ? null : people.segmentOf(organisation).orElse(null);
        var saved = annotations.save(new Annotation(touchpoint.getMapId(), touchpointId, me.personId(), organisation,
                segment, clean, Instant.now(clock)));
        search.replaceTerms(saved.getId(), saved.getText());
        events.publishEvent(new AnnotationAdded(saved.getId(), saved.getMapId(), touchpointId, me.personId(),
                clean.kind(), clean.emotion()));
        changed(saved);
        return saved.getId();
    }

    /** The author changes their annotation; nobody else may. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void edit(long annotationId, AnnotationDraft draft) {
        var me = CurrentUser.require();
        var annotation = own(annotationId, me);
        annotation.edit(clean(draft), Instant.now(clock));
        search.replaceTerms(annotationId, annotation.getText());
        changed(annotation);
    }

    /** The author removes their annotation; staff may remove any, to moderate. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void delete(long annotationId) {
        var me = CurrentUser.require();
        var annotation = found(annotationId, me);
        if (annotation.getAuthorId() != me.personId() && !me.isStaff()) {
            throw new AccessDeniedException("Not the author of this annotation");
        }
        annotations.delete(annotation);
        changed(annotation);
    }

    /** Says "me too" to someone else's annotation, or takes it back; counts once per person. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public ReactionState toggleMeToo(long annotationId) {
        var me = CurrentUser.require();
        var annotation = found(annotationId, me);
        if (annotation.getAuthorId() == me.personId()) {
            throw new Problem("journeys.me-too.own");
        }
        boolean reacted = !store.reacted(annotationId, me.personId());
        if (reacted) {
            var organisation = me.organisationId();
            store.react(annotationId, me.personId(), organisation,
                    organisation == null ? null : people.segmentOf(organisation).orElse(null), Instant.now(clock));
        } else {
            store.unreact(annotationId, me.personId());
        }
        int count = store.reactions(annotationId);
        events.publishEvent(new AnnotationReacted(annotationId, annotation.getMapId(), me.personId(),
                annotation.getAuthorId(), reacted, count));
        changed(annotation);
        return new ReactionState(reacted, count);
    }

    /**
     * Turns an annotation into an idea linked to its touchpoint, submitted by the caller (its author or
     * staff); the annotator hears of it through {@link AnnotationTurnedIntoIdea}.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public long turnIntoIdea(long annotationId, String title, String description) {
        var me = CurrentUser.require();
        var annotation = found(annotationId, me);
        if (annotation.getAuthorId() != me.personId() && !me.isStaff()) {
            throw new AccessDeniedException("Only the author or staff turn an annotation into an idea");
        }
        if (annotation.getIdeaId() != null) {
            throw new Problem("journeys.idea.already");
        }
        long ideaId = ideas.submit(new IdeaDraft(title, description, null, List.of(), Visibility.MEMBERS,
                annotation.getTouchpointId()), List.of());
        annotation.turnedInto(ideaId);
        events.publishEvent(new AnnotationTurnedIntoIdea(annotationId, ideaId, annotation.getTouchpointId(),
                annotation.getAuthorId(), me.personId()));
        changed(annotation);
        return ideaId;
    }

    /** One page of a map's annotations, newest first; organisation and segment filters are for staff. */
    @PreAuthorize(Access.MEMBER)
    public List<AnnotationItem> list(long mapId, AnnotationFilter filter, int offset, int limit) {
        var me = checkedList(mapId, filter);
        var rows = store.annotations(mapId, filter, me.personId(), Math.max(offset, 0), Math.min(Math.max(limit, 1), 100));
        var names = people.displayNames(rows.stream().map(JourneyStore.Row::authorId).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            boolean mine = r.authorId() == me.personId();
            Optional<String> name = (r.showName() || mine || me.isStaff())
                    ? names.getOrDefault(r.authorId(), Optional.empty()) : Optional.empty();
            return new AnnotationItem(r.id(), r.touchpointId(), r.kind(), r.emotion(), r.intensity(), r.importance(),
                    r.text(), r.happenedOn(), r.showName(), name, mine, r.reactions(), r.reactedByMe(), r.ideaId(),
                    r.createdAt(), r.edited());
        }).toList();
    }

    @PreAuthorize(Access.MEMBER)
    public long count(long mapId, AnnotationFilter filter) {
        checkedList(mapId, filter);
        return store.countAnnotations(mapId, filter);
    }

    private RadaUser checkedList(long mapId, AnnotationFilter filter) {
        var me = CurrentUser.require();
        JourneyService.visible(maps, mapId, me);
        if (filter.staffOnly() && !me.isStaff()) {
            throw new AccessDeniedException("Filters by organisation and segment are for staff");
        }
        return me;
    }

    private Annotation found(long annotationId, RadaUser me) {
        var annotation = annotations.findById(annotationId)
                .orElseThrow(() -> new NoSuchElementException("annotation " + annotationId));
        JourneyService.visible(maps, annotation.getMapId(), me);
        return annotation;
    }

    private Annotation own(long annotationId, RadaUser me) {
        var annotation = found(annotationId, me);
        if (annotation.getAuthorId() != me.personId()) {
            throw new AccessDeniedException("Not the author of this annotation");
        }
        return annotation;
    }

    private void changed(Annotation annotation) {
        events.publishEvent(new AnnotationsTouched(annotation.getMapId(), annotation.getTouchpointId(), annotation.getId()));
    }

    private AnnotationDraft clean(AnnotationDraft draft) {
        var clean = rules.clean(draft);
        @Nullable LocalDate happened = clean.happenedOn();
        // a day ahead allows for time zones east of the server
        if (happened != null && happened.isAfter(LocalDate.now(clock.withZone(ZoneId.of("UTC"))).plusDays(1))) {
            throw new Problem("journeys.annotation.future");
        }
        return clean;
    }
}
