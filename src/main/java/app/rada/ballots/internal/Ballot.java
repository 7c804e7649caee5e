package app.rada.ballots.internal;

import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.Outcome;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.IdeaStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ballot. Its content can change only while it is a draft; opening freezes it and closing stores the
 * counted result.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BallotType type;

    @Column(name = "points_budget", nullable = false)
    private int pointsBudget;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_option", joinColumns = @JoinColumn(name = "ballot_id"))
    @OrderColumn(name = "position")
    @Column(name = "label", nullable = false)
    private List<String> options = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_idea", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "idea_id", nullable = false)
    private Set<Long> ideaIds = new LinkedHashSet<>();

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Column(nullable = false)
    private boolean secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_visibility", nullable = false)
    private ResultsVisibility resultsVisibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BallotStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "pass_status")
    private @Nullable IdeaStatus passStatus;

    @Column(name = "outcome_statement")
    private @Nullable String outcomeStatement;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by")
    private @Nullable Long closedBy;

    @Column(name = "close_reason")
    private @Nullable String closeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private @Nullable Outcome outcome;

    @Column(name = "result_json")
    private @Nullable String resultJson;

    @Column(name = "reminded_48h", nullable = false)
    private boolean reminded48h;

    @Column(name = "reminded_24h", nullable = false)
    private boolean reminded24h;

    @Version
    private long version;

    protected Ballot() {
        this.title = "";
        this.question = "";
        this.explanation = "";
        this.type = BallotType.APPROVE_REJECT;
        this.opensAt = Instant.EPOCH;
        this.closesAt = Instant.EPOCH;
        this.resultsVisibility = ResultsVisibility.AFTER_CLOSE;
        this.status = BallotStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    public Ballot(long createdBy, Instant createdAt) {
        this();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets the whole content of a draft; the caller has checked it. */
    public void edit(String title, String question, String explanation, BallotType type, List<String> options,
                     int pointsBudget, Set<Long> ideaIds, Instant opensAt, Instant closesAt, int quorumPercent,
                     int passPercent, boolean secret, ResultsVisibility visibility, @Nullable IdeaStatus passStatus,
                     @Nullable String outcomeStatement) {
        if (status != BallotStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can change");
        }
        this.title = title;
        this.question = question;
        this.explanation = explanation;
        this.type = type;
        this.options.clear();
        this.options.addAll(options);
        this.pointsBudget = pointsBudget;
        this.ideaIds.clear();
        this.ideaIds.addAll(ideaIds);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.quorumPercent = quorumPercent;
        this.passPercent = passPercent;
        this.secret = secret;
        this.resultsVisibility = visibility;
        this.passStatus = passStatus;
        this.outcomeStatement = outcomeStatement;
    }

    public void open(Instant now) {
        if (status != BallotStatus.DRAFT) {
            throw new IllegalStateException("Not a draft");
        }
        if (opensAt.isAfter(now)) {
            opensAt = now;
        }
        status = BallotStatus.OPEN;
        openedAt = now;
    }

    public void close(Instant now, @Nullable Long by, @Nullable String reason, Outcome outcome, String resultJson) {
        if (status != BallotStatus.OPEN) {
            throw new IllegalStateException("Not open");
        }
        status = BallotStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        closeReason = reason;
        this.outcome = outcome;
        this.resultJson = resultJson;
    }

    public void reminded48h() {
        reminded48h = true;
    }

    public void reminded24h() {
        reminded24h = true;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public String getExplanation() {
        return explanation;
    }

    public BallotType getType() {
        return type;
    }

    public int getPointsBudget() {
        return pointsBudget;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }

    public Set<Long> getIdeaIds() {
        return Set.copyOf(ideaIds);
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public boolean isSecret() {
        return secret;
    }

    public ResultsVisibility getResultsVisibility() {
        return resultsVisibility;
    }

    public BallotStatus getStatus() {
        return status;
    }

    public @Nullable IdeaStatus getPassStatus() {
        return passStatus;
    }

    public @Nullable String getOutcomeStatement() {
        return outcomeStatement;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getOpenedAt() {
        return openedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable Long getClosedBy() {
        return closedBy;
    }

    public @Nullable String getCloseReason() {
        return closeReason;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getResultJson() {
        return resultJson;
    }

    public boolean isReminded48h() {
        return reminded48h;
    }

    public boolean isReminded24h() {
        return reminded24h;
    }
}
