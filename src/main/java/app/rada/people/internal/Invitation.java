package app.rada.people.internal;

import app.rada.shared.Language;
import app.rada.shared.Role;
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

/** An invitation into the programme. Only a hash of its link's token is stored. */
@Entity
@Table(name = "invitation")
public class Invitation {

    public enum State { PENDING, ACCEPTED, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String language;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "invited_by")
    private @Nullable Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "sent_count", nullable = false)
    private int sentCount = 1;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "person_id")
    private @Nullable Long personId;

    @Version
    private long version;

    protected Invitation() {
        this.email = "";
        this.name = "";
        this.role = Role.CUSTOMER;
        this.language = "en";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public Invitation(String email, String name, @Nullable Long organisationId, Role role, Language language,
                      String tokenHash, @Nullable Long invitedBy, Instant now, Instant expiresAt) {
        this.email = email;
        this.name = name;
        this.organisationId = organisationId;
        this.role = role;
        this.language = language.code();
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isAfter(expiresAt) ? State.EXPIRED : State.PENDING;
    }

    public void renew(String newTokenHash, Instant newExpiry) {
        this.tokenHash = newTokenHash;
        this.expiresAt = newExpiry;
        this.revokedAt = null;
        this.sentCount++;
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public void accept(long newPersonId, Instant now) {
        this.personId = newPersonId;
        this.acceptedAt = now;
    }

    /** Removes the invitee's name and address after their account was erased. */
    public void forget(long erasedPersonId) {
        this.email = "erased-" + erasedPersonId + "@erased.invalid";
        this.name = "";
        this.revokedAt = this.revokedAt == null && this.acceptedAt == null ? Instant.EPOCH : this.revokedAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public Role getRole() {
        return role;
    }

    public Language getLanguage() {
        return Language.of(language).orElse(Language.EN);
    }

    public @Nullable Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getSentCount() {
        return sentCount;
    }

    public @Nullable Instant getAcceptedAt() {
        return acceptedAt;
    }
}
