package app.rada.ideas;

import app.rada.ideas.internal.BoardStore;
import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaCategoryRepository;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import app.rada.ideas.internal.IdeaSearch;
import app.rada.ideas.internal.Trending;
import app.rada.people.PeopleService;
import app.rada.shared.Markdown;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas module's API for members: the board, submitting, the idea page, votes and follows.
 * Every method checks who is asking; what a member may see is decided here, not in the views.
 */
@Service
@Transactional(readOnly = true)
public class IdeaService {

    static final int EXCERPT_LENGTH = 220;

    private final IdeaRepository ideas;
    private final IdeaCategoryRepository categories;
    private final IdeaStore store;
    private final BoardStore board;
    private final IdeaSearch search;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;
    private final int perHour;
    private final boolean premoderateNewMembers;
    private final ObjectProvider<IdeaLinkSource> linkSources;
    private final ObjectProvider<IdeaTouchpoints> touchpoints;

    IdeaService(IdeaRepository ideas, IdeaCategoryRepository categories, IdeaStore store, BoardStore board,
                IdeaSearch search, PeopleService people,
                ApplicationEventPublisher events, Clock clock, Validator validator,
                @Value("${rada.ideas.per-hour:5}") int perHour,
                @Value("${rada.ideas.premoderate-new-members:false}") boolean premoderateNewMembers,
                ObjectProvider<IdeaLinkSource> linkSources, ObjectProvider<IdeaTouchpoints> touchpoints) {
        this.linkSources = linkSources;
        this.touchpoints = touchpoints;
        this.ideas = ideas;
        this.categories = categories;
        this.store = store;
        this.board = board;
        this.search = search;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
        this.perHour = perHour;
        this.premoderateNewMembers = premoderateNewMembers;
    }

    // --- the board

    /** One page of the board for the caller. */
    @PreAuthorize(Access.MEMBER)
    public List<IdeaCard> board(BoardFilter filter, BoardSort sort, int offset, int limit) {
        var me = CurrentUser.require();
        return cards(board.board(filter, sort, me.personId(), me.isStaff(), offset, Math.min(Math.max(limit, 1), 100)));
    }

    @PreAuthorize(Access.MEMBER)
    public long count(BoardFilter filter) {
        var me = CurrentUser.require();
        return board.count(filter, me.personId(), me.isStaff());
    }

    /** Ideas like the title being typed, so a member can vote for one instead of submitting a duplicate. */
    @PreAuthorize(Access.MEMBER)
    public List<IdeaCard> similar(String title, int limit) {
        var me = CurrentUser.require();
        return cards(board.similar(search.titleWords(title), me.personId(), me.isStaff(), limit));
    }

    private List<IdeaCard> cards(List<BoardStore.Row> rows) {
        var names = people.displayNames(rows.stream().map(BoardStore.Row::authorId).collect(Collectors.toSet()));
        return rows.stream().map(r -> new IdeaCard(r.id(), r.title(), excerpt(r.descriptionStart()), r.categoryId(),
                r.status(), r.visibility(), r.voteCount(), r.weightedVotes(), r.commentCount(), r.touchpointId(),
                r.createdAt(), r.lastAnswerAt(), r.authorId(), names.getOrDefault(r.authorId(), Optional.empty()),
                r.votedByMe())).toList();
    }

    static String excerpt(String markdown) {
        var text = Markdown.toPlainText(markdown);
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }

    // --- submitting

    /**
     * Submits an idea with its images. Refused with a {@link Problem} when a field is out of bounds, an
     * image is not a PNG, JPEG or WebP of at most 5 MB, the touchpoint is not one the member may see, or
     * the member has submitted too many ideas in the last hour; nothing is saved then.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public long submit(IdeaDraft draft, List<ImageUpload> images) {
        var me = CurrentUser.require();
        var title = draft.title();
        var description = draft.description();
        validate(draft);
        if (draft.touchpointId() != null && !touchpointVisible(draft.touchpointId())) {
            throw new Problem("ideas.submit.touchpoint-unknown");
        }
        var prepared = IdeaImageService.prepare(images);
        var now = Instant.now(clock);
        if (!me.isStaff() && ideas.countSubmittedSince(me.personId(), now.minus(Duration.ofHours(1))) >= perHour) {
            throw new Problem("ideas.submit.flood", perHour);
        }
        boolean awaitingApproval = premoderateNewMembers && !me.isStaff() && ideas.countByAuthorId(me.personId()) == 0;
        var idea = ideas.save(new Idea(title, description, draft.categoryId(), me.personId(), draft.visibility(),
                awaitingApproval, draft.touchpointId(), now, Trending.unit(now)));
        long id = idea.getId();
        store.replaceTags(id, draft.tags());
        store.replaceTerms(id, search.terms(title, description));
        for (int i = 0; i < prepared.size(); i++) {
            var image = prepared.get(i);
            store.addImage(id, i, image.contentType(), image.fileName(), image.content());
        }
        store.follow(id, me.personId());
        store.statusPeriod(id, IdeaStatus.NEW, now);
        events.publishEvent(new IdeaSubmitted(id, me.personId(), draft.visibility(), awaitingApproval));
        return id;
    }

    /** The author (while the idea is new) or staff change its text, category, tags and visibility. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void edit(long ideaId, IdeaDraft draft) {
        var me = CurrentUser.require();
        var idea = visibleIdea(ideaId, me);
        if (!editable(idea, me)) {
            throw new AccessDeniedException("Not editable by this person");
        }
        var title = draft.title();
        var description = draft.description();
        validate(draft, idea.getCategoryId());
        idea.edit(title, description, draft.categoryId(), draft.visibility());
        store.replaceTags(ideaId, draft.tags());
        store.replaceTerms(ideaId, search.terms(title, description));
    }

    /** Whether the caller may link an idea to this journey touchpoint: one of a map they may see. */
    @PreAuthorize(Access.MEMBER)
    public boolean touchpointVisible(long touchpointId) {
        var source = touchpoints.getIfAvailable();
        return source != null && source.visibleToCaller(touchpointId);
    }

    /** The draft's own rules first, then what only the database can tell. */
    private void validate(IdeaDraft draft) {
        validate(draft, null);
    }

    /** A retired category is refused unless the idea is already filed under it. */
    private void validate(IdeaDraft draft, @Nullable Long currentCategory) {
        DraftProblems.first(validator, draft).ifPresent(problem -> {
            throw problem;
        });
        if (draft.categoryId() != null) {
            var category = categories.findById(draft.categoryId())
                    .orElseThrow(() -> new Problem("ideas.submit.category-unknown"));
            if (category.isRetired() && !draft.categoryId().equals(currentCategory)) {
                throw new Problem("catalogue.problem.category-retired");
            }
        }
    }

    // --- the idea page

    /**
     * What other modules tie to the idea (ballots, design sessions), as far as the caller may open
     * them; refused like {@link #page(long)} when the idea itself is hidden from the caller.
     */
    @PreAuthorize(Access.MEMBER)
    public List<IdeaLink> links(long ideaId) {
        visibleIdea(ideaId, CurrentUser.require());
        return linkSources.orderedStream().flatMap(source -> source.linksTo(ideaId).stream()).toList();
    }

    /** The idea as the caller may see it; refused when it is staff-only or awaiting approval and not theirs. */
    @PreAuthorize(Access.MEMBER)
    public IdeaPage page(long ideaId) {
        var me = CurrentUser.require();
        var idea = visibleIdea(ideaId, me);
        var answers = store.answers(ideaId);
        var ids = new HashSet<Long>();
        ids.add(idea.getAuthorId());
        answers.forEach(a -> ids.add(a.staffId()));
        if (idea.getOwnerId() != null) {
            ids.add(idea.getOwnerId());
        }
        Map<Long, Optional<String>> names = people.displayNames(ids);
        var timeline = answers.stream().map(a -> IdeaStore.entry(a, names.getOrDefault(a.staffId(), Optional.empty()),
                a.text() == null ? null : Markdown.toHtml(a.text()))).toList();
        String mergedTitle = null;
        if (idea.getMergedIntoId() != null) {
            mergedTitle = ideas.findById(idea.getMergedIntoId()).filter(o -> o.visibleTo(me.personId(), me.isStaff()))
                    .map(Idea::getTitle).orElse(null);
        }
        var counts = store.counts(ideaId);
        boolean staff = me.isStaff();
        return new IdeaPage(ideaId, idea.getTitle(), Markdown.toHtml(idea.getDescription()), idea.getDescription(),
                idea.getCategoryId(), store.tags(ideaId), idea.getStatus(), idea.getVisibility(), idea.getModeration(),
                idea.getAuthorId(), names.getOrDefault(idea.getAuthorId(), Optional.empty()), idea.getCreatedAt(),
                counts.votes(), counts.weightedVotes(), counts.comments(), store.vote(ideaId, me.personId()).isPresent(),
                store.follows(ideaId, me.personId()), idea.getAuthorId() == me.personId(), editable(idea, me),
                store.imageIds(ideaId), timeline, idea.getMergedIntoId(), mergedTitle, idea.getTouchpointId(),
                staff ? idea.getOwnerId() : null,
                staff && idea.getOwnerId() != null ? names.getOrDefault(idea.getOwnerId(), Optional.empty()) : Optional.empty(),
                staff ? idea.getDepartment() : null);
    }

    private static boolean editable(Idea idea, RadaUser me) {
        return me.isStaff() || (idea.getAuthorId() == me.personId() && idea.getStatus() == IdeaStatus.NEW);
    }

    /** The idea if the person may see it; otherwise refused as if it did not exist. */
    Idea visibleIdea(long ideaId, RadaUser me) {
        var idea = ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
        if (!idea.visibleTo(me.personId(), me.isStaff())) {
            throw new AccessDeniedException("Idea not visible to this person");
        }
        return idea;
    }

    // --- votes and follows

    /**
     * Gives the caller's vote, or takes it back. Votes count once per member; the weighted count uses
     * the weight of the voter's segment at the time of voting. Counters change by atomic updates, so
     * many members voting at once leave an exact count.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public VoteState toggleVote(long ideaId) {
        var me = CurrentUser.require();
        var idea = visibleIdea(ideaId, me);
        if (idea.getStatus() == IdeaStatus.MERGED) {
            throw new Problem("ideas.vote.merged");
        }
        var existing = store.vote(ideaId, me.personId());
        boolean voted;
        if (existing.isPresent()) {
            store.removeVote(ideaId, me.personId(), existing.get());
            voted = false;
        } else {
            store.addVote(ideaId, me.personId(), people.voteWeightOf(me.personId()), Instant.now(clock));
            voted = true;
        }
        var counts = store.counts(ideaId);
        events.publishEvent(new IdeaVoted(ideaId, me.personId(), voted, counts.votes()));
        events.publishEvent(new LiveVotes.Change(ideaId, counts.votes(), counts.weightedVotes()));
        return new VoteState(voted, counts.votes(), counts.weightedVotes());
    }

    @PreAuthorize(Access.MEMBER)
    public VoteState votes(long ideaId) {
        var me = CurrentUser.require();
        visibleIdea(ideaId, me);
        var counts = store.counts(ideaId);
        return new VoteState(store.vote(ideaId, me.personId()).isPresent(), counts.votes(), counts.weightedVotes());
    }

    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void follow(long ideaId, boolean follow) {
        var me = CurrentUser.require();
        visibleIdea(ideaId, me);
        if (follow) {
            store.follow(ideaId, me.personId());
        } else {
            store.unfollow(ideaId, me.personId());
        }
    }

    /** Title and visibility of an idea, for notifications and other modules' links. */
    @PreAuthorize(Access.MEMBER)
    public Optional<IdeaSummary> summary(long ideaId) {
        var me = CurrentUser.require();
        return ideas.findById(ideaId).filter(i -> i.visibleTo(me.personId(), me.isStaff()))
                .map(i -> new IdeaSummary(i.getId(), i.getTitle(), i.getStatus(), i.getAuthorId(), i.getVisibility(),
                        i.getTouchpointId()));
    }

    /** The ideas linked to any of these journey touchpoints that the caller may see, newest first, in one query. */
    @PreAuthorize(Access.MEMBER)
    public List<IdeaSummary> byTouchpoints(Collection<Long> touchpointIds) {
        if (touchpointIds.isEmpty()) {
            return List.of();
        }
        var me = CurrentUser.require();
        return ideas.findByTouchpointIdInOrderByCreatedAtDesc(touchpointIds).stream()
                .filter(i -> i.visibleTo(me.personId(), me.isStaff()) && i.getStatus() != IdeaStatus.MERGED)
                .map(i -> new IdeaSummary(i.getId(), i.getTitle(), i.getStatus(), i.getAuthorId(), i.getVisibility(),
                        i.getTouchpointId()))
                .toList();
    }

    /** The ideas linked to these touchpoints that were done between two moments and are done still, in one query. */
    @PreAuthorize(Access.MEMBER)
    public List<IdeaSummary> doneBetween(Collection<Long> touchpointIds, Instant from, Instant to) {
        if (touchpointIds.isEmpty()) {
            return List.of();
        }
        var me = CurrentUser.require();
        return ideas.findByTouchpointIdInAndDoneAtBetweenOrderByDoneAtAsc(touchpointIds, from, to).stream()
                .filter(i -> i.getStatus() == IdeaStatus.DONE && i.visibleTo(me.personId(), me.isStaff()))
                .map(i -> new IdeaSummary(i.getId(), i.getTitle(), i.getStatus(), i.getAuthorId(), i.getVisibility(),
                        i.getTouchpointId()))
                .toList();
    }
}
