package app.rada.ideas.internal;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Moderation;
import app.rada.ideas.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An improvement a member suggested. Counters (votes, weighted votes, comments, trending score) are
 * kept on the row so the board sorts by an index; they change only through atomic updates in
 * {@code internal}, never through this entity, so concurrent votes never overwrite each other.
 */
@Entity
@Table(name = "idea")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = IdeaDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = IdeaDraft.DESCRIPTION_MAX)
    private String description;

    @Column(name = "category_id")
    private @Nullable Long categoryId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Moderation moderation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status;

    @Column(nullable = false)
    private boolean listed;

    @Column(name = "touchpoint_id")
    private @Nullable Long touchpointId;

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    private @Nullable String department;

    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    @Column(name = "vote_count", nullable = false, insertable = false, updatable = false)
    private int voteCount;

    @Column(name = "weighted_votes", nullable = false, insertable = false, updatable = false)
    private int weightedVotes;

    @Column(name = "comment_count", nullable = false, insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "trending_score", nullable = false, updatable = false)
    private double trendingScore;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "first_answer_at")
    private @Nullable Instant firstAnswerAt;

    @Column(name = "last_answer_at")
    private @Nullable Instant lastAnswerAt;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    /** Seconds from submission to the first public answer and to done, for the staff dashboard's medians. */
    @Column(name = "answer_seconds")
    private @Nullable Long answerSeconds;

    @Column(name = "done_seconds")
    private @Nullable Long doneSeconds;

    @Version
    private long version;

    protected Idea() {
        this.title = "";
        this.description = "";
        this.visibility = Visibility.MEMBERS;
        this.moderation = Moderation.APPROVED;
        this.status = IdeaStatus.NEW;
        this.createdAt = Instant.EPOCH;
        this.statusChangedAt = Instant.EPOCH;
    }

    public Idea(String title, String description, @Nullable Long categoryId, long authorId, Visibility visibility,
                boolean awaitingApproval, @Nullable Long touchpointId, Instant at, double trendingScore) {
        this.title = title;
        this.description = description;
        this.categoryId = categoryId;
        this.authorId = authorId;
        this.visibility = visibility;
        this.moderation = awaitingApproval ? Moderation.PENDING : Moderation.APPROVED;
        this.status = IdeaStatus.NEW;
        this.touchpointId = touchpointId;
        this.createdAt = at;
        this.statusChangedAt = at;
        this.trendingScore = trendingScore;
        relist();
    }

    private void relist() {
        this.listed = visibility == Visibility.MEMBERS && moderation == Moderation.APPROVED && status != IdeaStatus.MERGED;
    }

    public void edit(String newTitle, String newDescription, @Nullable Long newCategoryId, Visibility newVisibility) {
        this.title = newTitle;
        this.description = newDescription;
        this.categoryId = newCategoryId;
        this.visibility = newVisibility;
        relist();
    }

    /** Moves the idea to another status; returns the one it left. */
    public IdeaStatus moveTo(IdeaStatus next, Instant at) {
        var previous = status;
        this.status = next;
        this.statusChangedAt = at;
        if (next == IdeaStatus.DONE) {
            this.doneAt = at;
            this.doneSeconds = Duration.between(createdAt, at).toSeconds();
        }
        relist();
        return previous;
    }

    public void answered(Instant at) {
        if (firstAnswerAt == null) {
            firstAnswerAt = at;
            answerSeconds = Duration.between(createdAt, at).toSeconds();
        }
        lastAnswerAt = at;
    }

    public void assign(@Nullable Long newOwnerId, @Nullable String newDepartment) {
        this.ownerId = newOwnerId;
        this.department = newDepartment == null || newDepartment.isBlank() ? null : newDepartment.strip();
    }

    public void approve() {
        this.moderation = Moderation.APPROVED;
        relist();
    }

    public void reject() {
        this.moderation = Moderation.REJECTED;
        relist();
    }

    public void mergeInto(long otherId, Instant at) {
        this.mergedIntoId = otherId;
        moveTo(IdeaStatus.MERGED, at);
    }

    public void linkTouchpoint(@Nullable Long newTouchpointId) {
        this.touchpointId = newTouchpointId;
    }

    /** Whether the person may see the idea at all (staff see every idea). */
    public boolean visibleTo(long personId, boolean staff) {
        if (staff || authorId == personId) {
            return true;
        }
        return visibility == Visibility.MEMBERS && moderation == Moderation.APPROVED;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable Long getCategoryId() {
        return categoryId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public boolean isListed() {
        return listed;
    }

    public @Nullable Long getTouchpointId() {
        return touchpointId;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public @Nullable String getDepartment() {
        return department;
    }

    public @Nullable Long getMergedIntoId() {
        return mergedIntoId;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public int getWeightedVotes() {
        return weightedVotes;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public @Nullable Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }

    public @Nullable Instant getLastAnswerAt() {
        return lastAnswerAt;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }
}
