package app.rada.ideas;

import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import app.rada.ideas.internal.PulseStore;
import app.rada.people.PeopleService;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the loop: once an idea is done, the people who asked for it (its author and voters) say
 * whether it solved their problem, and staff read the answers. Also the public roadmap.
 */
@Service
@Transactional(readOnly = true)
public class PulseService {

    public static final int REMARK_MAX = 1000;
    public static final Duration RECENTLY_DONE = Duration.ofDays(90);

    private final IdeaRepository ideas;
    private final IdeaStore store;
    private final PulseStore pulses;
    private final PeopleService people;
    private final Clock clock;
    private final Validator validator;

    PulseService(IdeaRepository ideas, IdeaStore store, PulseStore pulses, PeopleService people, Clock clock,
                 Validator validator) {
        this.validator = validator;
        this.ideas = ideas;
        this.store = store;
        this.pulses = pulses;
        this.people = people;
        this.clock = clock;
    }

    /** Whether the caller is asked "Did this solve it?": the idea is done and they wrote or voted for it. */
    @PreAuthorize(Access.MEMBER)
    public boolean canAnswerPulse(long ideaId) {
        var me = CurrentUser.require();
        return ideas.findById(ideaId).filter(i -> i.visibleTo(me.personId(), me.isStaff()))
                .map(i -> eligible(i, me)).orElse(false);
    }

    private boolean eligible(Idea idea, RadaUser me) {
        return idea.getStatus() == IdeaStatus.DONE
                && (idea.getAuthorId() == me.personId() || pulses.voted(idea.getId(), me.personId()));
    }

    /** The caller's own answer, if they gave one. */
    @PreAuthorize(Access.MEMBER)
    public Optional<PulseAnswer> myPulse(long ideaId) {
        var me = CurrentUser.require();
        return pulses.of(ideaId, me.personId()).map(PulseStore.StoredPulse::answer);
    }

    /** Saves the caller's answer, replacing an earlier one. Only the author and voters of a done idea. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void answerPulse(long ideaId, PulseAnswer answer, @Nullable String remark) {
        var me = CurrentUser.require();
        var idea = ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
        if (!idea.visibleTo(me.personId(), me.isStaff())) {
            throw new AccessDeniedException("Idea not visible to this person");
        }
        if (idea.getStatus() != IdeaStatus.DONE) {
            throw new Problem("pulse.not-done");
        }
        if (!eligible(idea, me)) {
            throw new AccessDeniedException("Only the author and voters answer the pulse");
        }
        var clean = remark == null || remark.isBlank() ? null : remark.strip();
        var problem = DraftProblems.first(validator, new PulseRemark(clean));
        if (problem.isPresent()) {
            throw problem.get();
        }
        pulses.answer(ideaId, me.personId(), answer, clean, Instant.now(clock));
    }

    /** Counts per answer and the remarks, newest first; for staff. */
    @PreAuthorize(Access.STAFF)
    public PulseResults pulseResults(long ideaId) {
        var all = pulses.all(ideaId);
        var counts = new EnumMap<PulseAnswer, Integer>(PulseAnswer.class);
        for (var answer : PulseAnswer.values()) {
            counts.put(answer, 0);
        }
        all.forEach(p -> counts.merge(p.answer(), 1, Integer::sum));
        var withRemarks = all.stream().filter(p -> p.remark() != null).toList();
        var names = people.displayNames(withRemarks.stream().map(PulseStore.StoredPulse::personId)
                .collect(Collectors.toSet()));
        return new PulseResults(counts, withRemarks.stream().map(p -> new PulseResults.Remark(p.personId(),
                names.getOrDefault(p.personId(), Optional.empty()), p.answer(), p.remark(), p.at())).toList());
    }

    // --- roadmap

    /**
     * One page of a roadmap column: ideas every member sees, planned or in progress (most voted first)
     * or done within {@link #RECENTLY_DONE} (latest first).
     */
    @PreAuthorize(Access.MEMBER)
    public List<RoadmapCard> roadmap(IdeaStatus status, int offset, int limit) {
        checkRoadmap(status);
        return pulses.roadmap(status, doneSince(), Math.max(offset, 0), Math.min(Math.max(limit, 1), 100)).stream()
                .map(r -> new RoadmapCard(r.id(), r.title(), r.status(), r.categoryId(), r.voteCount(),
                        r.commentCount(), r.statusChangedAt(), r.doneAt())).toList();
    }

    @PreAuthorize(Access.MEMBER)
    public long roadmapCount(IdeaStatus status) {
        checkRoadmap(status);
        return pulses.countRoadmap(status, doneSince());
    }

    private Instant doneSince() {
        return Instant.now(clock).minus(RECENTLY_DONE);
    }

    private static void checkRoadmap(IdeaStatus status) {
        if (!IdeaStatus.ROADMAP.contains(status)) {
            throw new IllegalArgumentException("not on the roadmap: " + status);
        }
    }
}
