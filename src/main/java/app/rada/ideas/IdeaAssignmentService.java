package app.rada.ideas;

import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who at the company looks after an idea, in which department, and the tags staff give it. */
@Service
@Transactional(readOnly = true)
public class IdeaAssignmentService {

    public static final int DEPARTMENT_MAX = 80;

    private final IdeaRepository ideas;
    private final IdeaStore store;
    private final PeopleService people;

    private final ObjectProvider<IdeaTouchpoints> touchpoints;

    IdeaAssignmentService(IdeaRepository ideas, IdeaStore store, PeopleService people,
                          ObjectProvider<IdeaTouchpoints> touchpoints) {
        this.ideas = ideas;
        this.store = store;
        this.people = people;
        this.touchpoints = touchpoints;
    }

    /**
     * Places an existing idea on a journey touchpoint, so the map shows it there; none takes it off the map.
     * Only a touchpoint of a map staff may see is accepted.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void placeOnTouchpoint(long ideaId, @Nullable Long touchpointId) {
        var idea = idea(ideaId);
        if (touchpointId != null) {
            var source = touchpoints.getIfAvailable();
            if (source == null || !source.visibleToCaller(touchpointId)) {
                throw new Problem("ideas.submit.touchpoint-unknown");
            }
        }
        idea.linkTouchpoint(touchpointId);
    }

    /** Makes a member of staff responsible and names the department; null clears either. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void assign(long ideaId, @Nullable Long ownerId, @Nullable String department) {
        if (ownerId != null && people.staff().stream().map(PersonName::id).noneMatch(ownerId::equals)) {
            throw new Problem("ideas.triage.owner-not-staff");
        }
        if (department != null && department.strip().length() > DEPARTMENT_MAX) {
            throw new Problem("ideas.triage.department-long", DEPARTMENT_MAX);
        }
        idea(ideaId).assign(ownerId, department);
    }

    /** Active staff who can own ideas. */
    @PreAuthorize(Access.STAFF)
    public List<PersonName> owners() {
        return people.staff();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void setTags(long ideaId, List<String> tags) {
        var clean = Tags.normalise(tags);
        if (clean.size() > Tags.MAX_PER_IDEA) {
            throw new Problem("ideas.submit.too-many-tags", Tags.MAX_PER_IDEA);
        }
        idea(ideaId);
        store.replaceTags(ideaId, clean);
    }

    private Idea idea(long ideaId) {
        return ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
    }
}
