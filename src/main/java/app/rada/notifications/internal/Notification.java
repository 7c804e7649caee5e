package app.rada.notifications.internal;

import app.rada.notifications.NotificationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "title_key", nullable = false)
    private String titleKey;

    @Column(name = "body_key")
    private @Nullable String bodyKey;

    private @Nullable String args;

    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
        this.kind = NotificationKind.ACCOUNT;
        this.titleKey = "";
        this.createdAt = Instant.EPOCH;
    }

    public Notification(long personId, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                        @Nullable String args, @Nullable String link, Instant createdAt) {
        this.personId = personId;
        this.kind = kind;
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
        this.args = args;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public @Nullable String getBodyKey() {
        return bodyKey;
    }

    public @Nullable String getArgs() {
        return args;
    }

    public @Nullable String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
