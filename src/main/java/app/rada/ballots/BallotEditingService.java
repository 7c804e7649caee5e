package app.rada.ballots;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ballots.internal.Ballot;
import app.rada.ballots.internal.BallotLookup;
import app.rada.ballots.internal.BallotRepository;
import app.rada.ballots.internal.BallotStore;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
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
    private final Clock clock;

    BallotEditingService(BallotRepository ballots, BallotStore store, BallotLookup lookup, IdeaService ideas,
                         AuditLog audit, Clock clock) {
        this.ballots = ballots;
        this.store = store;
        this.lookup = lookup;
        this.ideas = ideas;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(BallotDraft draft) {
        var me = CurrentUser.require();
        var now = Instant.now(clock);
        checkDraft(draft, now);
        var ballot = new Ballot(me.personId(), now);
        apply(ballot, draft);
        ballots.saveAndFlush(ballot);
        store.linkOptions(ballot.getId(), optionIdeas(draft));
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
        checkDraft(draft, Instant.now(clock));
        apply(ballot, draft);
        ballots.flush();
        store.linkOptions(ballotId, optionIdeas(draft));
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

    private void checkDraft(BallotDraft d, Instant now) {
        if (d.title().isBlank() || d.title().strip().length() > BallotDraft.TITLE_MAX) {
            throw new Problem("ballots.problem.title", BallotDraft.TITLE_MAX);
        }
        if (d.question().isBlank() || d.question().strip().length() > BallotDraft.QUESTION_MAX) {
            throw new Problem("ballots.problem.question", BallotDraft.QUESTION_MAX);
        }
        if (d.explanation().length() > BallotDraft.EXPLANATION_MAX) {
            throw new Problem("ballots.problem.explanation", BallotDraft.EXPLANATION_MAX);
        }
        var options = cleanOptions(d.options());
        if (d.type().hasOptions()) {
            if (options.size() < 2 || options.size() > BallotDraft.OPTIONS_MAX) {
                throw new Problem("ballots.problem.options", BallotDraft.OPTIONS_MAX);
            }
            if (options.stream().anyMatch(o -> o.length() > BallotDraft.OPTION_MAX)) {
                throw new Problem("ballots.problem.option-long", BallotDraft.OPTION_MAX);
            }
            if (new HashSet<>(options.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList()).size()
                    != options.size()) {
                throw new Problem("ballots.problem.options-same");
            }
        }
        if (d.type() == BallotType.POINTS && (d.pointsBudget() < 1 || d.pointsBudget() > BallotDraft.BUDGET_MAX)) {
            throw new Problem("ballots.problem.budget", BallotDraft.BUDGET_MAX);
        }
        if (!d.closesAt().isAfter(d.opensAt())) {
            throw new Problem("ballots.problem.times");
        }
        if (!d.closesAt().isAfter(now)) {
            throw new Problem("ballots.problem.closes-past");
        }
        if (d.quorumPercent() < 0 || d.quorumPercent() > 100) {
            throw new Problem("ballots.problem.quorum");
        }
        if (d.passPercent() < 0 || d.passPercent() > 99) {
            throw new Problem("ballots.problem.pass");
        }
        if (d.ideaIds().size() > BallotDraft.IDEAS_MAX) {
            throw new Problem("ballots.problem.ideas", BallotDraft.IDEAS_MAX);
        }
        for (long ideaId : d.ideaIds()) {
            if (ideas.summary(ideaId).isEmpty()) {
                throw new Problem("ballots.problem.idea-unknown", ideaId);
            }
        }
        if (d.passStatus() == IdeaStatus.MERGED) {
            throw new Problem("ballots.problem.pass-status");
        }
        if (d.passStatus() != null && d.ideaIds().isEmpty()) {
            throw new Problem("ballots.problem.pass-without-ideas");
        }
        var statement = d.outcomeStatement() == null ? "" : d.outcomeStatement().strip();
        if (statement.length() > BallotDraft.STATEMENT_MAX) {
            throw new Problem("ballots.problem.statement", BallotDraft.STATEMENT_MAX);
        }
        if (d.passStatus() != null && d.passStatus().needsReason() && statement.isEmpty()) {
            throw new Problem("ballots.problem.statement-needed");
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
