package app.rada.ballots;

import app.rada.ballots.internal.Ballot;
import app.rada.ballots.internal.BallotLookup;
import app.rada.ballots.internal.BallotRepository;
import app.rada.ballots.internal.BallotStore;
import app.rada.ideas.IdeaService;
import app.rada.people.PeopleService;
import app.rada.shared.Markdown;
import app.rada.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board members and staff read ballots: the lists by status, one ballot with the caller's own vote and
 * the counts when they may be seen, and who chose what in a named ballot once it closed.
 */
@Service
@Transactional(readOnly = true)
public class BallotReadingService {

    private final BallotRepository ballots;
    private final BallotStore store;
    private final BallotLookup lookup;
    private final PeopleService people;
    private final IdeaService ideas;

    BallotReadingService(BallotRepository ballots, BallotStore store, BallotLookup lookup, PeopleService people,
                         IdeaService ideas) {
        this.ballots = ballots;
        this.store = store;
        this.lookup = lookup;
        this.people = people;
        this.ideas = ideas;
    }

    /** A page of ballots in one status; drafts are for staff only. Open ones close soonest first. */
    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public List<BallotRow> list(BallotStatus status, int offset, int limit) {
        var me = CurrentUser.require();
        if (status == BallotStatus.DRAFT && !me.isStaff()) {
            throw new AccessDeniedException("Drafts are for staff");
        }
        int size = Math.min(Math.max(limit, 1), BallotAccess.PAGE_MAX);
        var sort = switch (status) {
            case DRAFT -> Sort.by("opensAt", "id");
            case OPEN -> Sort.by("closesAt", "id");
            case CLOSED -> Sort.by(Sort.Order.desc("closedAt"), Sort.Order.desc("id"));
        };
        var page = ballots.findByStatus(status, PageRequest.of(Math.max(offset, 0) / size, size, sort));
        var mine = store.votedIn(me.personId(), page.stream().map(Ballot::getId).toList());
        return page.stream().map(b -> new BallotRow(b.getId(), b.getTitle(), b.getType(), b.getStatus(),
                b.isSecret(), b.getOpensAt(), b.getClosesAt(), b.getClosedAt(), b.getOutcome(),
                b.getStatus() == BallotStatus.DRAFT ? 0 : store.votedCount(b.getId()),
                b.getStatus() == BallotStatus.DRAFT ? 0 : store.eligibleCount(b.getId()),
                mine.containsKey(b.getId()), Boolean.TRUE.equals(mine.get(b.getId())))).toList();
    }

    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public long count(BallotStatus status) {
        if (status == BallotStatus.DRAFT && !CurrentUser.require().isStaff()) {
            throw new AccessDeniedException("Drafts are for staff");
        }
        return ballots.countByStatus(status);
    }

    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public BallotDetails details(long ballotId) {
        var me = CurrentUser.require();
        var b = lookup.visible(ballotId, me);
        long id = b.getId();
        var state = store.voterState(id, me.personId());
        var linked = new ArrayList<LinkedIdea>();
        b.getIdeaIds().forEach(ideaId -> ideas.summary(ideaId)
                .ifPresent(s -> linked.add(new LinkedIdea(s.id(), s.title(), s.status()))));
        Optional<Choice> myChoice = state.orElse(false) && !b.isSecret()
                ? store.openChoice(id, me.personId()).map(Choice::new) : Optional.empty();
        return new BallotDetails(id, b.getTitle(), b.getQuestion(), Markdown.toHtml(b.getExplanation()), b.getType(),
                b.getOptions(), b.getPointsBudget(), linked, b.getOpensAt(), b.getClosesAt(), b.getQuorumPercent(),
                b.getPassPercent(), b.isSecret(), b.getResultsVisibility(), b.getStatus(), b.getPassStatus(),
                b.getOutcomeStatement(), b.getClosedAt(), b.getCloseReason(), b.getOutcome(),
                b.getStatus() == BallotStatus.DRAFT ? 0 : store.eligibleCount(id),
                b.getStatus() == BallotStatus.DRAFT ? 0 : store.votedCount(id), state.isPresent(),
                state.orElse(false), myChoice, lookup.result(b));
    }

    /** Who chose what, for a named ballot once it has closed; empty for secret ballots and before closing. */
    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public List<NamedVote> namedVotes(long ballotId) {
        var b = lookup.visible(ballotId, CurrentUser.require());
        if (b.isSecret() || b.getStatus() != BallotStatus.CLOSED) {
            return List.of();
        }
        var votes = store.namedVotes(ballotId);
        var names = people.displayNames(votes.stream().map(Map.Entry::getKey).toList());
        return votes.stream().map(v -> new NamedVote(v.getKey(), names.getOrDefault(v.getKey(), Optional.empty()),
                new Choice(v.getValue()))).toList();
    }
}
