package app.rada.mail.internal;

import app.rada.mail.MailStatus;
import app.rada.mail.OutgoingMail;
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

/**
 * One mail in the outbox, with its content as written and its delivery state. Delivery changes the
 * state with conditional updates in {@link OutboxStore}, never through this entity.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "unsubscribe_url")
    private @Nullable String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "secret_link")
    private @Nullable String secretLink;

    @Column(name = "link_expires_at")
    private @Nullable Instant linkExpiresAt;

    protected OutboxMail() {
        this.recipient = "";
        this.language = "en";
        this.kind = "";
        this.subject = "";
        this.bodyHtml = "";
        this.bodyText = "";
        this.createdAt = Instant.EPOCH;
        this.nextAttemptAt = Instant.EPOCH;
    }

    public static OutboxMail of(OutgoingMail mail, Instant now) {
        var entity = new OutboxMail();
        entity.recipient = mail.to();
        entity.language = mail.language().code();
        entity.kind = mail.kind();
        entity.subject = mail.subject();
        entity.bodyHtml = MailRendering.html(mail);
        entity.bodyText = MailRendering.text(mail);
        entity.unsubscribeUrl = mail.unsubscribeUrl();
        if (mail.secretLink()) {
            entity.secretLink = mail.actionUrl();
            entity.linkExpiresAt = mail.linkExpiresAt();
        }
        entity.createdAt = now;
        entity.nextAttemptAt = now;
        return entity;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public @Nullable String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
