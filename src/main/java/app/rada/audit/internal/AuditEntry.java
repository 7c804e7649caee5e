package app.rada.audit.internal;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. Immutable once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_label")
    private @Nullable String actorLabel;

    @Column(name = "target_type")
    private @Nullable String targetType;

    @Column(name = "target_id")
    private @Nullable String targetId;

    @Column(name = "target_label")
    private @Nullable String targetLabel;

    private @Nullable String detail;

    @Column(name = "client_address")
    private @Nullable String clientAddress;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.action = AuditAction.LOGIN_SUCCEEDED;
    }

    public static AuditEntry of(AuditRecord record, Instant now) {
        var entry = new AuditEntry();
        entry.occurredAt = now;
        entry.action = record.action();
        entry.actorId = record.actorId();
        entry.actorLabel = cut(record.actorLabel(), 254);
        entry.targetType = cut(record.targetType(), 40);
        entry.targetId = cut(record.targetId(), 64);
        entry.targetLabel = cut(record.targetLabel(), 254);
        entry.detail = cut(record.detail(), 1000);
        entry.clientAddress = cut(record.clientAddress(), 64);
        return entry;
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public @Nullable String getActorLabel() {
        return actorLabel;
    }

    public @Nullable String getTargetType() {
        return targetType;
    }

    public @Nullable String getTargetId() {
        return targetId;
    }

    public @Nullable String getTargetLabel() {
        return targetLabel;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getClientAddress() {
        return clientAddress;
    }
}
