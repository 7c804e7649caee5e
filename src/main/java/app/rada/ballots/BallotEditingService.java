package app.rada.ballots;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ballots.internal.Ballot;
import app.rada.ballots.internal.BallotLookup;
import app.rada.ballots.internal.BallotRepository;
import app.rada.ballots.internal.BallotSearchStore;
import app.rada.ballots.internal.BallotStore;
import app.rada.ideas.IdeaService;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff write ballot drafts: create one, change it while it has not opened, read it back for the editor. */
@Service
@Transactional(readOnly = true)
public class BallotEditingService {

    private final BallotRepository ballots;
    private final BallotStore store;
    private final BallotLookup lookup;
    private final IdeaService ideas;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;
    private final BallotSearchStore search;

    BallotEditingService(BallotRepository ballots, BallotStore store, BallotLookup lookup, IdeaService ideas,
                         AuditLog audit, Validator validator, Clock clock, BallotSearchStore search) {
        this.search = search;
        this.ballots = ballots;
        this.store = store;
        this.lookup = lookup;
        this.ideas = ideas;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(BallotDraft draft) {
        var me = CurrentUser.require();
        var now = Instant.now(clock);
        checkDraft(draft);
        var ballot = new Ballot(me.personId(), now);
        apply(ballot, draft);
        ballots.saveAndFlush(ballot);
        store.linkOptions(ballot.getId(), optionIdeas(draft));
        search.replaceTerms(ballot);
        audit.record(AuditRecord.of(AuditAction.BALLOT_SAVED).by(me.personId(), me.email())
                .on("ballot", ballot.getId(), ballot.getTitle()).detail("created"));
        return ballot.getId();
    }

    /** Changes a draft; once a ballot has opened its question and options are fixed. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void update(long ballotId, BallotDraft draft) {
        var me = CurrentUser.require();
        var ballot = lookup.forUpdate(ballotId);
        if (ballot.getStatus() != BallotStatus.DRAFT) {
            throw new Problem("ballots.problem.fixed");
        }
        checkDraft(draft);
        apply(ballot, draft);
        ballots.flush();
        store.linkOptions(ballotId, optionIdeas(draft));
        search.replaceTerms(ballot);
        audit.record(AuditRecord.of(AuditAction.BALLOT_SAVED).by(me.personId(), me.email())
                .on("ballot", ballotId, ballot.getTitle()).detail("edited"));
    }

    /** A draft as the editor shows it. */
    @PreAuthorize(Access.STAFF)
    public BallotDraft draft(long ballotId) {
        var b = lookup.ballot(ballotId);
        return new BallotDraft(b.getTitle(), b.getQuestion(), b.getExplanation(), b.getType(), b.getOptions(),
                b.getPointsBudget(), List.copyOf(b.getIdeaIds()), b.getOpensAt(), b.getClosesAt(),
                b.getQuorumPercent(), b.getPassPercent(), b.isSecret(), b.getResultsVisibility(), b.getPassStatus(),
                b.getOutcomeStatement());
    }

    /**
     * Refuses a draft that breaks its own rules (with the key its editor shows on the field) or that links
     * ideas which do not exist; a choice ballot that moves ideas needs an option standing for one.
     */
    private void checkDraft(BallotDraft d) {
        var broken = BallotDraftErrors.first(validator.validate(d));
        if (broken.isPresent()) {
            var key = BallotDraftErrors.key(broken.get());
            throw new Problem(key, BallotDraftErrors.arguments(key));
        }
        for (long ideaId : d.ideaIds()) {
            if (ideas.summary(ideaId).isEmpty()) {
                throw new Problem("ballots.problem.idea-unknown", ideaId);
            }
        }
        if (d.passStatus() != null && d.type().hasOptions() && optionIdeas(d).isEmpty()) {
            throw new Problem("ballots.problem.choice-ideas");
        }
    }

    /**
     * In a choice ballot, a linked idea whose title is one of the options (case and spaces aside)
     * stands for that option: when the ballot passes, only the winning option's idea moves.
     */
    private Map<Long, Integer> optionIdeas(BallotDraft d) {
        var mapping = new LinkedHashMap<Long, Integer>();
        if (!d.type().hasOptions()) {
            return mapping;
        }
        var options = cleanOptions(d.options()).stream().map(BallotEditingService::comparable).toList();
        for (long ideaId : d.ideaIds()) {
            ideas.summary(ideaId).ifPresent(idea -> {
                int position = options.indexOf(comparable(idea.title()));
                if (position >= 0) {
                    mapping.put(ideaId, position);
                }
            });
        }
        return mapping;
    }

    private static String comparable(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> cleanOptions(List<String> options) {
        return options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    private static void apply(Ballot ballot, BallotDraft d) {
        var statement = d.outcomeStatement() == null || d.outcomeStatement().isBlank() ? null
                : d.outcomeStatement().strip();
        ballot.edit(d.title().strip(), d.question().strip(), d.explanation().strip(), d.type(),
                d.type().hasOptions() ? cleanOptions(d.options()) : List.of(),
                d.type() == BallotType.POINTS ? d.pointsBudget() : 0, new LinkedHashSet<>(d.ideaIds()),
                d.opensAt().truncatedTo(ChronoUnit.SECONDS), d.closesAt().truncatedTo(ChronoUnit.SECONDS),
                d.quorumPercent(), d.passPercent(), d.secret(), d.resultsVisibility(), d.passStatus(), statement);
    }
}
