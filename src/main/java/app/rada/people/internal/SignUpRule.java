package app.rada.people.internal;

import app.rada.shared.Role;
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

/** A verified address of this e-mail domain joins the organisation with the role at its first single sign-on. */
@Entity
@Table(name = "sso_signup_rule")
public class SignUpRule {

    public static final int DOMAIN_MAX = 253;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String domain;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignUpRule() {
        this.domain = "";
        this.role = Role.CUSTOMER;
        this.createdAt = Instant.EPOCH;
    }

    public SignUpRule(String domain, long organisationId, Role role, @Nullable Long createdBy, Instant now) {
        this.domain = domain;
        this.organisationId = organisationId;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getDomain() {
        return domain;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
