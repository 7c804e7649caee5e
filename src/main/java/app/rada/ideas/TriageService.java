package app.rada.ideas;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import app.rada.ideas.internal.TriageStore;
import app.rada.people.PeopleService;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas module's API for staff: the triage queue, status changes with public answers (one idea or
 * many at once), merging duplicates and pre-moderation. Notes, owners, reports, timings and the export
 * have services of their own. Every method is for staff only; customers and board members are refused
 * whatever they ask for.
 */
@Service
@Transactional(readOnly = true)
public class TriageService {

    static final int PAGE_MAX = 200;
    static final int BULK_MAX = 200;
    public static final int ANSWER_MAX = 5000;
    public static final int REASON_MAX = 1000;

    private final IdeaRepository ideas;
    private final IdeaStore store;
    private final TriageStore triage;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    TriageService(IdeaRepository ideas, IdeaStore store, TriageStore triage, PeopleService people, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.ideas = ideas;
        this.store = store;
        this.triage = triage;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    // --- the queue

    /** One page of the queue, oldest first. */
    @PreAuthorize(Access.STAFF)
    public List<TriageRow> queue(TriageFilter filter, int offset, int limit) {
        var rows = triage.queue(filter, Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX));
        var ids = new HashSet<Long>();
        rows.forEach(r -> {
            ids.add(r.authorId());
            if (r.ownerId() != null) {
                ids.add(r.ownerId());
            }
        });
        var names = people.displayNames(ids);
        var now = Instant.now(clock);
        return rows.stream().map(r -> new TriageRow(r.id(), r.title(), r.status(), r.moderation(), r.categoryId(),
                r.authorId(), names.getOrDefault(r.authorId(), Optional.empty()), r.voteCount(), r.weightedVotes(),
                r.commentCount(), r.createdAt(), r.firstAnswerAt(),
                Duration.between(r.status() == IdeaStatus.NEW ? r.createdAt() : r.statusChangedAt(), now),
                r.ownerId(), r.ownerId() == null ? Optional.empty() : names.getOrDefault(r.ownerId(), Optional.empty()),
                r.department(), r.openReports())).toList();
    }

    /** How many ideas the filter finds, or {@code most} when it finds that many or more. */
    @PreAuthorize(Access.STAFF)
    public long countUpTo(TriageFilter filter, int most) {
        if (most < 1) {
            throw new IllegalArgumentException("Count up to at least one idea");
        }
        return triage.countUpTo(filter, most);
    }

    /** Departments ideas are assigned to, for the filter and for suggestions. */
    @PreAuthorize(Access.STAFF)
    public List<String> departments() {
        return triage.departments();
    }

    // --- status and answers

    /**
     * Moves the idea to another status with an optional public answer (Markdown), or answers without
     * moving it when the status stays the same. Declining needs a reason; merging has its own action.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void changeStatus(long ideaId, IdeaStatus to, @Nullable String publicAnswerMarkdown) {
        var me = CurrentUser.require();
        var answer = checkAnswer(to, publicAnswerMarkdown);
        var idea = idea(ideaId);
        checkChange(idea, to, answer);
        apply(me, idea, to, answer, Instant.now(clock));
    }

    /** The same change for several ideas at once; when one of them cannot change, none does. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void bulkChangeStatus(List<Long> ideaIds, IdeaStatus to, @Nullable String publicAnswerMarkdown) {
        var me = CurrentUser.require();
        if (ideaIds.isEmpty()) {
            throw new Problem("ideas.triage.bulk.none");
        }
        if (ideaIds.size() > BULK_MAX) {
            throw new Problem("ideas.triage.bulk.too-many", BULK_MAX);
        }
        var answer = checkAnswer(to, publicAnswerMarkdown);
        var selected = new ArrayList<Idea>();
        for (long id : new LinkedHashSet<>(ideaIds)) {
            var idea = idea(id);
            checkChange(idea, to, answer);
            selected.add(idea);
        }
        var now = Instant.now(clock);
        selected.forEach(idea -> apply(me, idea, to, answer, now));
    }

    private @Nullable String checkAnswer(IdeaStatus to, @Nullable String markdown) {
        if (to == IdeaStatus.MERGED) {
            throw new Problem("ideas.triage.merge-elsewhere");
        }
        var checked = new StatusAnswer(to, markdown);
        DraftProblems.first(validator, checked).ifPresent(problem -> {
            throw problem;
        });
        return checked.answer();
    }

    private static void checkChange(Idea idea, IdeaStatus to, @Nullable String answer) {
        if (idea.getStatus() == IdeaStatus.MERGED) {
            throw new Problem("ideas.triage.already-merged", idea.getTitle());
        }
        if (idea.getStatus() == to && answer == null) {
            throw new Problem("ideas.triage.nothing-to-change", idea.getTitle());
        }
    }

    private void apply(RadaUser me, Idea idea, IdeaStatus to, @Nullable String answer, Instant now) {
        long id = idea.getId();
        var from = idea.getStatus();
        if (from != to) {
            idea.moveTo(to, now);
            store.statusPeriod(id, to, now);
            audit.record(AuditRecord.of(AuditAction.IDEA_STATUS_CHANGED).by(me.personId(), me.email())
                    .on("idea", id, idea.getTitle()).detail(from.name() + " → " + to.name()));
        }
        if (answer != null) {
            idea.answered(now);
        }
        long answerId = store.addAnswer(id, me.personId(), from, to, answer, now);
        events.publishEvent(new IdeaStatusChanged(id, from, to, answer != null, me.personId(), answerId));
    }

    // --- merging

    /**
     * Merges a duplicate into another idea. The duplicate's voters count on the target once each,
     * with the weight and time of their original vote; its followers follow the target; the
     * duplicate becomes {@link IdeaStatus#MERGED} and points to the target.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void merge(long duplicateId, long intoId) {
        var me = CurrentUser.require();
        if (duplicateId == intoId) {
            throw new Problem("ideas.merge.self");
        }
        var duplicate = idea(duplicateId);
        var target = idea(intoId);
        if (duplicate.getStatus() == IdeaStatus.MERGED) {
            throw new Problem("ideas.merge.already", duplicate.getTitle());
        }
        // a merged idea is never a target, so a chain of merges always ends at a live idea and never loops
        if (target.getStatus() == IdeaStatus.MERGED) {
            throw new Problem("ideas.merge.into-merged", target.getTitle());
        }
        var peopleToTell = new LinkedHashSet<Long>();
        peopleToTell.add(duplicate.getAuthorId());
        var votes = triage.votes(duplicateId);
        votes.forEach(v -> peopleToTell.add(v.personId()));
        var followers = store.followers(duplicateId);
        peopleToTell.addAll(followers);

        // one insert per vote: a person who already voted for the target is skipped by the primary key,
        // and the counters move by the same atomic update a member's own vote uses
        votes.forEach(v -> store.addVote(intoId, v.personId(), v.weight(), v.at()));
        followers.forEach(person -> store.follow(intoId, person));

        var now = Instant.now(clock);
        var from = duplicate.getStatus();
        duplicate.mergeInto(intoId, now);
        store.statusPeriod(duplicateId, IdeaStatus.MERGED, now);
        store.addAnswer(duplicateId, me.personId(), from, IdeaStatus.MERGED, null, now);
        audit.record(AuditRecord.of(AuditAction.IDEA_MERGED).by(me.personId(), me.email())
                .on("idea", duplicateId, duplicate.getTitle()).detail("→ #" + intoId + " " + target.getTitle()));
        events.publishEvent(new IdeaMerged(duplicateId, intoId, List.copyOf(peopleToTell)));
    }

    // --- pre-moderation

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void approve(long ideaId) {
        var me = CurrentUser.require();
        var idea = pending(ideaId);
        idea.approve();
        audit.record(AuditRecord.of(AuditAction.IDEA_MODERATED).by(me.personId(), me.email())
                .on("idea", ideaId, idea.getTitle()).detail("APPROVED"));
        events.publishEvent(new IdeaModerated(ideaId, idea.getAuthorId(), me.personId(), true));
    }

    /** Keeps the idea from other members; the reason goes on its timeline, which only its author can see. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void reject(long ideaId, String reason) {
        var me = CurrentUser.require();
        var clean = reason.strip();
        if (clean.isEmpty()) {
            throw new Problem("ideas.triage.reason-required");
        }
        if (clean.length() > REASON_MAX) {
            throw new Problem("ideas.triage.answer-long", REASON_MAX);
        }
        var idea = pending(ideaId);
        idea.reject();
        var now = Instant.now(clock);
        idea.answered(now);
        store.addAnswer(ideaId, me.personId(), idea.getStatus(), idea.getStatus(), clean, now);
        audit.record(AuditRecord.of(AuditAction.IDEA_MODERATED).by(me.personId(), me.email())
                .on("idea", ideaId, idea.getTitle()).detail("REJECTED: " + clean));
        events.publishEvent(new IdeaModerated(ideaId, idea.getAuthorId(), me.personId(), false));
    }

    private Idea pending(long ideaId) {
        var idea = idea(ideaId);
        if (idea.getModeration() != Moderation.PENDING) {
            throw new Problem("ideas.moderation.not-pending", idea.getTitle());
        }
        return idea;
    }

    private Idea idea(long ideaId) {
        return ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
    }

    /** Ideas staff could merge a duplicate into: every idea not merged itself, matching the words typed. */
    @PreAuthorize(Access.STAFF)
    public List<TriageRow> mergeTargets(long duplicateId, @Nullable String text, int offset, int limit) {
        var live = Set.of(IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS,
                IdeaStatus.DONE, IdeaStatus.DECLINED);
        return queue(TriageFilter.everything().withStatuses(live).withText(text), offset, limit).stream()
                .filter(r -> r.id() != duplicateId).toList();
    }
}
