package app.rada.journeys;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.journeys.internal.AnnotationRepository;
import app.rada.journeys.internal.CorpusQueries;
import app.rada.journeys.internal.JourneyRepository;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotations of a map, a stage or a touchpoint as texts staff group by what they say, and one
 * step that turns such a group into a single idea tied to every annotation of it.
 */
@Service
@Transactional(readOnly = true)
public class AnnotationCorpusService {

    /** The most annotations read for one scope: the newest ones speak for the rest. */
    public static final int LIMIT = 400;

    private final CorpusQueries queries;
    private final AnnotationRepository annotations;
    private final JourneyRepository maps;
    private final IdeaService ideas;
    private final ApplicationEventPublisher events;

    AnnotationCorpusService(CorpusQueries queries, AnnotationRepository annotations, JourneyRepository maps,
                            IdeaService ideas, ApplicationEventPublisher events) {
        this.queries = queries;
        this.annotations = annotations;
        this.maps = maps;
        this.ideas = ideas;
        this.events = events;
    }

    /** The newest annotations of a map, narrowed to a stage or a touchpoint when given. */
    @PreAuthorize(Access.STAFF)
    public List<AnnotationText> texts(long mapId, @Nullable Long stageId, @Nullable Long touchpointId) {
        if (!maps.existsById(mapId)) {
            throw new NoSuchElementException("journey map " + mapId);
        }
        return queries.texts(mapId, stageId, touchpointId, LIMIT);
    }

    /**
     * Submits one idea, by the caller, linked to the touchpoint, and ties to it every annotation of the
     * group not yet turned into an idea; each annotator hears of it through {@link AnnotationTurnedIntoIdea}.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long turnGroupIntoIdea(long mapId, Collection<Long> annotationIds, long touchpointId, String title,
                                  String description) {
        var me = CurrentUser.require();
        var group = annotations.findAllById(annotationIds).stream()
                .filter(a -> a.getMapId() == mapId && a.getIdeaId() == null).toList();
        if (group.isEmpty()) {
            throw new Problem("journeys.idea.already");
        }
        long ideaId = ideas.submit(new IdeaDraft(title, description, null, List.of(), Visibility.MEMBERS,
                touchpointId), List.of());
        for (var annotation : group) {
            annotation.turnedInto(ideaId);
            events.publishEvent(new AnnotationTurnedIntoIdea(annotation.getId(), ideaId, annotation.getTouchpointId(),
                    annotation.getAuthorId(), me.personId()));
            events.publishEvent(new AnnotationsTouched(mapId, annotation.getTouchpointId(), annotation.getId()));
        }
        return ideaId;
    }
}
