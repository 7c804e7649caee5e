package app.rada.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's account at an OpenID Connect provider: the provider's (issuer, subject) pair names them for good. */
@Entity
@Table(name = "person_identity")
public class PersonIdentity {

    public static final int PROVIDER_MAX = 100;
    public static final int ISSUER_MAX = 500;
    public static final int SUBJECT_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    protected PersonIdentity() {
        this.provider = "";
        this.issuer = "";
        this.subject = "";
        this.linkedAt = Instant.EPOCH;
        this.lastLoginAt = Instant.EPOCH;
    }

    public PersonIdentity(long personId, String provider, String issuer, String subject, Instant now) {
        this.personId = personId;
        this.provider = provider;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = now;
        this.lastLoginAt = now;
    }

    public void loggedIn(Instant now) {
        this.lastLoginAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    public String getProvider() {
        return provider;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
