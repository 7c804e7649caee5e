package app.rada.journeys.internal;

import app.rada.journeys.MapDraft;
import app.rada.journeys.MapStatus;
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
import org.jspecify.annotations.Nullable;

/** A journey map's head: what it describes and whether members see it. */
@Entity
@Table(name = "journey_map")
public class Journey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MapDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = MapDraft.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = MapDraft.PERSONA_MAX)
    private String persona;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MapStatus status;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Journey() {
        this.title = "";
        this.description = "";
        this.persona = "";
        this.status = MapStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Journey(MapDraft draft, long createdBy, Instant at) {
        this.title = draft.title();
        this.description = draft.description();
        this.persona = draft.persona();
        this.status = MapStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void edit(MapDraft draft, Instant at) {
        this.title = draft.title();
        this.description = draft.description();
        this.persona = draft.persona();
        this.updatedAt = at;
    }

    public void publish(Instant at) {
        this.status = MapStatus.PUBLISHED;
        this.updatedAt = at;
    }

    public void archive(Instant at) {
        this.status = MapStatus.ARCHIVED;
        this.updatedAt = at;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getPersona() {
        return persona;
    }

    public MapStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
