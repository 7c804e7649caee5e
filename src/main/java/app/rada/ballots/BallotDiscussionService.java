package app.rada.ballots;

import app.rada.ballots.internal.BallotLookup;
import app.rada.ballots.internal.BallotStore;
import app.rada.people.PeopleService;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Board members and staff discuss a ballot they may see. */
@Service
@Transactional(readOnly = true)
public class BallotDiscussionService {

    private final BallotStore store;
    private final BallotLookup lookup;
    private final PeopleService people;
    private final Clock clock;
    private final Validator validator;

    BallotDiscussionService(BallotStore store, BallotLookup lookup, PeopleService people, Clock clock,
                            Validator validator) {
        this.validator = validator;
        this.store = store;
        this.lookup = lookup;
        this.people = people;
        this.clock = clock;
    }

    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public List<BallotComment> comments(long ballotId, int offset, int limit) {
        lookup.visible(ballotId, CurrentUser.require());
        int size = Math.min(Math.max(limit, 1), BallotAccess.PAGE_MAX);
        var rows = store.comments(ballotId, Math.max(offset, 0), size);
        var names = people.displayNames(rows.stream().map(BallotStore.CommentRow::authorId).toList());
        return rows.stream().map(r -> new BallotComment(r.id(), r.authorId(),
                names.getOrDefault(r.authorId(), Optional.empty()), r.text(), r.createdAt())).toList();
    }

    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public int commentCount(long ballotId) {
        lookup.visible(ballotId, CurrentUser.require());
        return store.commentCount(ballotId);
    }

    @Transactional
    @PreAuthorize(BallotAccess.BOARD_OR_STAFF)
    public void comment(long ballotId, String text) {
        var me = CurrentUser.require();
        lookup.visible(ballotId, me);
        var clean = text.strip();
        DraftRules.firstProblem(validator, new BallotCommentDraft(clean), List.of("text")).ifPresent(key -> {
            throw new Problem(key, BallotComment.TEXT_MAX);
        });
        store.addComment(ballotId, me.personId(), clean, Instant.now(clock));
    }
}
