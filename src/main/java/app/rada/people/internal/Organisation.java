package app.rada.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client company whose people take part in the programme.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 160;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "segment_id", nullable = false)
    private Long segmentId;

    private @Nullable String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
        this.name = "";
        this.segmentId = 0L;
        this.createdAt = Instant.EPOCH;
    }

    public Organisation(String name, Long segmentId, @Nullable String notes, Instant createdAt) {
        this.name = name;
        this.segmentId = segmentId;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    public void change(String newName, Long newSegmentId, @Nullable String newNotes, boolean isActive) {
        this.name = newName;
        this.segmentId = newSegmentId;
        this.notes = newNotes;
        this.active = isActive;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
