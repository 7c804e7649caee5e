package app.rada.journeys.internal;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.Emotion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member's mark on a touchpoint. The organisation and segment are the author's when they wrote it;
 * the valence is copied from the emotion so sums run in SQL.
 */
@Entity
@Table(name = "journey_annotation")
public class Annotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "map_id", nullable = false)
    private long mapId;

    @Column(name = "touchpoint_id", nullable = false)
    private long touchpointId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "segment_id")
    private @Nullable Long segmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnotationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Emotion emotion;

    @Column(nullable = false)
    private int valence;

    @Column(nullable = false)
    private int intensity;

    @Column(nullable = false)
    private int importance;

    @Column(nullable = false, length = AnnotationDraft.TEXT_MAX)
    private String text;

    @Column(name = "happened_on")
    private @Nullable LocalDate happenedOn;

    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @Column(name = "idea_id")
    private @Nullable Long ideaId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Version
    private long version;

    protected Annotation() {
        this.kind = AnnotationKind.QUESTION;
        this.emotion = Emotion.CALM;
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    public Annotation(long mapId, long touchpointId, long authorId, @Nullable Long organisationId,
                      @Nullable Long segmentId, AnnotationDraft draft, Instant at) {
        this.mapId = mapId;
        this.touchpointId = touchpointId;
        this.authorId = authorId;
        this.organisationId = organisationId;
        this.segmentId = segmentId;
        this.createdAt = at;
        this.kind = draft.kind();
        this.emotion = draft.emotion();
        apply(draft);
    }

    public void edit(AnnotationDraft draft, Instant at) {
        apply(draft);
        this.editedAt = at;
    }

    private void apply(AnnotationDraft draft) {
        this.kind = draft.kind();
        this.emotion = draft.emotion();
        this.valence = draft.emotion().valence();
        this.intensity = draft.intensity();
        this.importance = draft.importance();
        this.text = draft.text();
        this.happenedOn = draft.happenedOn();
        this.showName = draft.showName();
    }

    public void turnedInto(long idea) {
        this.ideaId = idea;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getMapId() {
        return mapId;
    }

    public long getTouchpointId() {
        return touchpointId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public AnnotationKind getKind() {
        return kind;
    }

    public Emotion getEmotion() {
        return emotion;
    }

    public String getText() {
        return text;
    }

    public @Nullable Long getIdeaId() {
        return ideaId;
    }
}
