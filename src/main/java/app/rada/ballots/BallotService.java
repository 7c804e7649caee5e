package app.rada.ballots;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ballots.internal.Ballot;
import app.rada.ballots.internal.BallotRepository;
import app.rada.ballots.internal.BallotStore;
import app.rada.ballots.internal.Receipts;
import app.rada.ballots.internal.SecretBallotBox;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.people.PeopleService;
import app.rada.shared.Markdown;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ballots module's API. Staff prepare, open and close ballots; board members vote in the ballots
 * they were eligible for when those opened; both read ballots and discuss them. Customers are refused
 * everything. Scheduled work (opening, closing, reminders) runs as the system.
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

    static final String BOARD_OR_STAFF = "hasRole('BOARD_MEMBER') or hasRole('STAFF')";
    static final int PAGE_MAX = 100;
    static final Duration FIRST_REMINDER = Duration.ofHours(48);
    static final Duration SECOND_REMINDER = Duration.ofHours(24);
    public static final int REASON_MAX = 1000;

    private static final Logger log = LoggerFactory.getLogger(BallotService.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final BallotRepository ballots;
    private final BallotStore store;
    private final SecretBallotBox secretBox;
    private final PeopleService people;
    private final IdeaService ideas;
    private final TriageService triage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotService(BallotRepository ballots, BallotStore store, SecretBallotBox secretBox, PeopleService people,
                  IdeaService ideas, TriageService triage, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.ballots = ballots;
        this.store = store;
        this.secretBox = secretBox;
        this.people = people;
        this.ideas = ideas;
        this.triage = triage;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- staff: drafts

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
        var ballot = ballots.findForUpdate(ballotId).orElseThrow(() -> missing(ballotId));
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
        var b = ballot(ballotId);
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
            if (new HashSet<>(options.stream().map(o -> o.toLowerCase(java.util.Locale.ROOT)).toList()).size()
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
        var mapping = new java.util.LinkedHashMap<Long, Integer>();
        if (!d.type().hasOptions()) {
            return mapping;
        }
        var options = cleanOptions(d.options()).stream().map(BallotService::comparable).toList();
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
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
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

    // --- staff: opening and closing

    /** Opens a draft now, freezing the board members of today as its voters. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void open(long ballotId) {
        var ballot = ballots.findForUpdate(ballotId).orElseThrow(() -> missing(ballotId));
        if (ballot.getStatus() != BallotStatus.DRAFT) {
            throw new Problem("ballots.problem.not-draft");
        }
        var now = Instant.now(clock);
        if (!ballot.getClosesAt().isAfter(now)) {
            throw new Problem("ballots.problem.closes-past");
        }
        openNow(ballot, now, CurrentUser.require());
    }

    private void openNow(Ballot ballot, Instant now, RadaUser actor) {
        var voters = people.currentBoardMembers();
        ballot.open(now);
        store.freezeVoters(ballot.getId(), voters);
        if (ballot.isSecret()) {
            secretBox.open(ballot.getId(), voters.size());
        }
        audit.record(AuditRecord.of(AuditAction.BALLOT_OPENED).by(actorId(actor), actor.email())
                .on("ballot", ballot.getId(), ballot.getTitle()).detail(voters.size() + " eligible"));
        events.publishEvent(new BallotOpened(ballot.getId(), ballot.getTitle(), ballot.getClosesAt()));
    }

    /** Closes an open ballot before its time, with a reason everyone sees; the result is counted as usual. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void closeEarly(long ballotId, String reason) {
        var clean = reason.strip();
        if (clean.isEmpty() || clean.length() > REASON_MAX) {
            throw new Problem("ballots.problem.reason", REASON_MAX);
        }
        var ballot = ballots.findForUpdate(ballotId).orElseThrow(() -> missing(ballotId));
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new Problem("ballots.problem.not-open");
        }
        closeNow(ballot, Instant.now(clock), CurrentUser.require(), clean);
    }

    private void closeNow(Ballot ballot, Instant now, RadaUser actor, @Nullable String reason) {
        long id = ballot.getId();
        var choices = choices(id, ballot.isSecret()).stream().map(Choice::new).toList();
        var result = Tally.count(ballot.getType(), ballot.getOptions().size(), store.eligibleCount(id),
                ballot.getQuorumPercent(), ballot.getPassPercent(), choices);
        ballot.close(now, actorId(actor), reason,
                result.outcome(), JSON.writeValueAsString(result));
        audit.record(AuditRecord.of(AuditAction.BALLOT_CLOSED).by(actorId(actor), actor.email())
                .on("ballot", id, ballot.getTitle())
                .detail(result.outcome().name() + ", " + result.votes() + "/" + result.eligible()
                        + (reason == null ? "" : ", early: " + reason)));
        if (result.outcome() == Outcome.PASSED && ballot.getPassStatus() != null) {
            // a choice ballot decides between its options: only the idea the winner stands for moves
            var decided = !ballot.getType().hasOptions() ? List.copyOf(ballot.getIdeaIds())
                    : result.winner() == null ? List.<Long>of() : store.ideasOfOption(id, result.winner());
            moveIdeas(ballot, decided, ballot.getPassStatus());
        }
        events.publishEvent(new BallotClosed(id, ballot.getTitle(), result.outcome()));
    }

    /**
     * Moves the linked ideas the normal way, so their voters and followers hear of it. Ideas that
     * cannot move (merged away meanwhile, or already there with nothing to say) are left as they are.
     */
    private void moveIdeas(Ballot ballot, List<Long> ideaIds, IdeaStatus to) {
        var statement = ballot.getOutcomeStatement();
        // whoever closes the ballot (staff early, or the clock at its time) may move ideas themselves
        for (long ideaId : ideaIds) {
            var idea = ideas.summary(ideaId);
            if (idea.isEmpty() || idea.get().status() == IdeaStatus.MERGED
                    || idea.get().status() == to && statement == null) {
                log.info("Ballot {} leaves idea {} as it is", ballot.getId(), ideaId);
                continue;
            }
            triage.changeStatus(ideaId, to, statement);
        }
    }

    // --- scheduled work (runs as the system)

    /** Opens drafts whose opening time has come. Returns how many opened. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int openDue() {
        var now = Instant.now(clock);
        int opened = 0;
        for (long id : ballots.dueToOpen(now)) {
            var ballot = ballots.findForUpdate(id).orElseThrow();
            if (ballot.getStatus() == BallotStatus.DRAFT) {
                openNow(ballot, now, CurrentUser.require());
                opened++;
            }
        }
        return opened;
    }

    /** Closes open ballots whose closing time has come. Returns how many closed. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int closeDue() {
        var now = Instant.now(clock);
        int closed = 0;
        for (long id : ballots.dueToClose(now)) {
            var ballot = ballots.findForUpdate(id).orElseThrow();
            if (ballot.getStatus() == BallotStatus.OPEN) {
                closeNow(ballot, now, CurrentUser.require(), null);
                closed++;
            }
        }
        return closed;
    }

    /**
     * Reminds eligible members who have not voted, 48 and 24 hours before closing, each once per
     * ballot. A reminder whose moment passed before the ballot opened is skipped. Returns how many
     * reminders (ballots × moments) went out.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int sendReminders() {
        var now = Instant.now(clock);
        int sent = 0;
        for (long id : ballots.dueForReminder(now.plus(FIRST_REMINDER), now.plus(SECOND_REMINDER))) {
            var ballot = ballots.findForUpdate(id).orElseThrow();
            if (ballot.getStatus() != BallotStatus.OPEN) {
                continue;
            }
            var opened = ballot.getOpenedAt() == null ? ballot.getOpensAt() : ballot.getOpenedAt();
            var first = ballot.getClosesAt().minus(FIRST_REMINDER);
            var second = ballot.getClosesAt().minus(SECOND_REMINDER);
            if (!ballot.isReminded48h() && !now.isBefore(first)) {
                if (now.isBefore(second) && !opened.isAfter(first)) {
                    sent += remind(ballot, 48);
                }
                ballot.reminded48h();
            }
            if (!ballot.isReminded24h() && !now.isBefore(second)) {
                if (!opened.isAfter(second)) {
                    sent += remind(ballot, 24);
                }
                ballot.reminded24h();
            }
        }
        return sent;
    }

    private int remind(Ballot ballot, int hours) {
        if (store.votedCount(ballot.getId()) == store.eligibleCount(ballot.getId())) {
            return 0;
        }
        events.publishEvent(new BallotReminderDue(ballot.getId(), ballot.getTitle(), hours));
        return 1;
    }

    /** The members who may vote in the ballot, frozen when it opened; for the notifications. */
    @PreAuthorize(Access.ADMIN)
    public List<Long> voters(long ballotId) {
        return store.voters(ballotId);
    }

    /** The eligible members who have not voted yet; for the reminders. */
    @PreAuthorize(Access.ADMIN)
    public List<Long> nonVoters(long ballotId) {
        return store.nonVoters(ballotId);
    }

    // --- reading

    /** A page of ballots in one status; drafts are for staff only. Open ones close soonest first. */
    @PreAuthorize(BOARD_OR_STAFF)
    public List<BallotRow> list(BallotStatus status, int offset, int limit) {
        var me = CurrentUser.require();
        if (status == BallotStatus.DRAFT && !me.isStaff()) {
            throw new AccessDeniedException("Drafts are for staff");
        }
        int size = Math.min(Math.max(limit, 1), PAGE_MAX);
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

    @PreAuthorize(BOARD_OR_STAFF)
    public long count(BallotStatus status) {
        if (status == BallotStatus.DRAFT && !CurrentUser.require().isStaff()) {
            throw new AccessDeniedException("Drafts are for staff");
        }
        return ballots.countByStatus(status);
    }

    @PreAuthorize(BOARD_OR_STAFF)
    public BallotDetails details(long ballotId) {
        var me = CurrentUser.require();
        var b = visible(ballotId, me);
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
                state.orElse(false), myChoice, result(b));
    }

    /** The counts when they may be seen: after closing, or while open when the ballot shows them live. */
    private Optional<BallotResult> result(Ballot b) {
        if (b.getStatus() == BallotStatus.CLOSED && b.getResultJson() != null) {
            return Optional.of(JSON.readValue(b.getResultJson(), BallotResult.class));
        }
        if (b.getStatus() == BallotStatus.OPEN && b.getResultsVisibility() == ResultsVisibility.LIVE) {
            var choices = choices(b.getId(), b.isSecret()).stream().map(Choice::new).toList();
            return Optional.of(Tally.count(b.getType(), b.getOptions().size(), store.eligibleCount(b.getId()),
                    b.getQuorumPercent(), b.getPassPercent(), choices));
        }
        return Optional.empty();
    }

    /** Who chose what, for a named ballot once it has closed; empty for secret ballots and before closing. */
    @PreAuthorize(BOARD_OR_STAFF)
    public List<NamedVote> namedVotes(long ballotId) {
        var b = visible(ballotId, CurrentUser.require());
        if (b.isSecret() || b.getStatus() != BallotStatus.CLOSED) {
            return List.of();
        }
        var votes = store.namedVotes(ballotId);
        var names = people.displayNames(votes.stream().map(java.util.Map.Entry::getKey).toList());
        return votes.stream().map(v -> new NamedVote(v.getKey(), names.getOrDefault(v.getKey(), Optional.empty()),
                new Choice(v.getValue()))).toList();
    }

    // --- voting

    /**
     * Casts or changes the caller's vote. A first vote in a secret ballot returns the receipt code, shown
     * once; changing a secret vote needs that code. Each eligible member has exactly one vote, also when
     * two requests arrive at once: the ballot and the member's voter row are locked while voting.
     */
    @Transactional
    @PreAuthorize(Access.BOARD)
    public Optional<String> vote(long ballotId, Choice choice, @Nullable String receiptCode) {
        var me = CurrentUser.require();
        var ballot = ballots.findForUpdate(ballotId).orElseThrow(() -> missing(ballotId));
        var now = Instant.now(clock);
        if (ballot.getStatus() == BallotStatus.DRAFT || now.isBefore(ballot.getOpensAt())) {
            throw new Problem("ballots.problem.not-open");
        }
        if (ballot.getStatus() == BallotStatus.CLOSED || !now.isBefore(ballot.getClosesAt())) {
            throw new Problem("ballots.problem.closed");
        }
        choice.check(ballot.getType(), ballot.getOptions().size(), ballot.getPointsBudget());
        boolean voted = store.lockVoter(ballotId, me.personId())
                .orElseThrow(() -> new Problem("ballots.problem.not-eligible"));
        var entry = AuditRecord.of(voted ? AuditAction.BALLOT_VOTE_CHANGED : AuditAction.BALLOT_VOTED)
                .by(me.personId(), me.email()).on("ballot", ballotId, ballot.getTitle());
        if (!ballot.isSecret()) {
            store.saveOpenVote(ballotId, me.personId(), choice.code(), now);
            store.markVoted(ballotId, me.personId(), now);
            audit.record(entry.detail(choice.code()));
            if (!voted) {
                events.publishEvent(new BallotVoteCast(ballotId, me.personId()));
            }
            return Optional.empty();
        }
        if (!voted) {
            var code = Receipts.newCode();
            secretBox.cast(ballotId, Receipts.hash(ballotId, code), choice.code());
            // kept to the hour: the voter's row says that they voted, not the minute
            store.markVoted(ballotId, me.personId(), now.truncatedTo(ChronoUnit.HOURS));
            audit.record(entry);
            events.publishEvent(new BallotVoteCast(ballotId, me.personId()));
            return Optional.of(code);
        }
        if (receiptCode == null || receiptCode.isBlank()) {
            throw new Problem("ballots.problem.receipt-needed");
        }
        if (!secretBox.change(ballotId, Receipts.hash(ballotId, receiptCode), choice.code())) {
            throw new Problem("ballots.problem.receipt-unknown");
        }
        audit.record(entry);
        return Optional.empty();
    }

    /** What was chosen under a receipt code of a secret ballot; empty when the code is unknown. */
    @PreAuthorize(Access.BOARD)
    public Optional<Choice> checkReceipt(long ballotId, String receiptCode) {
        var b = visible(ballotId, CurrentUser.require());
        if (!b.isSecret() || receiptCode.isBlank()) {
            return Optional.empty();
        }
        return secretBox.choice(ballotId, Receipts.hash(ballotId, receiptCode)).map(Choice::new);
    }

    /** Every choice made in the ballot, without who made it. */
    private List<String> choices(long ballotId, boolean secret) {
        return secret ? secretBox.choices(ballotId) : store.namedChoices(ballotId);
    }

    // --- discussion

    @PreAuthorize(BOARD_OR_STAFF)
    public List<BallotComment> comments(long ballotId, int offset, int limit) {
        visible(ballotId, CurrentUser.require());
        var rows = store.comments(ballotId, Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX));
        var names = people.displayNames(rows.stream().map(BallotStore.CommentRow::authorId).toList());
        return rows.stream().map(r -> new BallotComment(r.id(), r.authorId(),
                names.getOrDefault(r.authorId(), Optional.empty()), r.text(), r.createdAt())).toList();
    }

    @PreAuthorize(BOARD_OR_STAFF)
    public int commentCount(long ballotId) {
        visible(ballotId, CurrentUser.require());
        return store.commentCount(ballotId);
    }

    @Transactional
    @PreAuthorize(BOARD_OR_STAFF)
    public void comment(long ballotId, String text) {
        var me = CurrentUser.require();
        visible(ballotId, me);
        var clean = text.strip();
        if (clean.isEmpty() || clean.length() > BallotComment.TEXT_MAX) {
            throw new Problem("ballots.problem.comment", BallotComment.TEXT_MAX);
        }
        store.addComment(ballotId, me.personId(), clean, Instant.now(clock));
    }

    // --- export

    /**
     * Writes the counts as CSV: one line per figure (section, round, option, value). Only when the
     * results may be seen at all.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(long ballotId, Writer out) {
        var b = ballot(ballotId);
        var result = result(b).orElseThrow(() -> new Problem("ballots.problem.results-hidden"));
        var labels = b.getType().hasOptions() ? b.getOptions() : List.of("yes", "no", "abstain");
        try {
            var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader("section", "round", "option", "value").get());
            csv.printRecord("ballot", "", "title", safe(b.getTitle()));
            csv.printRecord("ballot", "", "type", b.getType().name());
            csv.printRecord("ballot", "", "status", b.getStatus().name());
            csv.printRecord("ballot", "", "outcome", result.outcome().name());
            csv.printRecord("turnout", "", "eligible", result.eligible());
            csv.printRecord("turnout", "", "votes", result.votes());
            csv.printRecord("turnout", "", "percent", result.turnoutPercent());
            csv.printRecord("turnout", "", "quorum_percent", result.quorumPercent());
            for (int i = 0; i < result.totals().size() && i < labels.size(); i++) {
                csv.printRecord("total", "", safe(labels.get(i)), result.totals().get(i));
            }
            for (int r = 0; r < result.rounds().size(); r++) {
                var round = result.rounds().get(r);
                for (int i = 0; i < round.counts().size(); i++) {
                    if (round.counts().get(i) >= 0) {
                        csv.printRecord("round", r + 1, safe(labels.get(i)), round.counts().get(i));
                    }
                }
                if (round.eliminated() != null) {
                    csv.printRecord("eliminated", r + 1, safe(labels.get(round.eliminated())), "");
                }
            }
            if (result.winner() != null) {
                csv.printRecord("winner", "", safe(labels.get(result.winner())), "");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a spreadsheet from reading a title as a formula. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    // --- helpers

    private Ballot ballot(long ballotId) {
        return ballots.findById(ballotId).orElseThrow(() -> missing(ballotId));
    }

    /** The ballot if the caller may see it: drafts only for staff. */
    private Ballot visible(long ballotId, RadaUser me) {
        var b = ballot(ballotId);
        if (b.getStatus() == BallotStatus.DRAFT && !me.isStaff()) {
            throw missing(ballotId);
        }
        return b;
    }

    private static @Nullable Long actorId(RadaUser actor) {
        return actor.personId() == SystemActor.SYSTEM_ID ? null : actor.personId();
    }

    private static NoSuchElementException missing(long ballotId) {
        return new NoSuchElementException("ballot " + ballotId);
    }
}
