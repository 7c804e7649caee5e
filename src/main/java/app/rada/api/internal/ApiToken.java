package app.rada.api.internal;

import app.rada.api.ApiScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An API token as stored: its hash, never the token itself. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false)
    private String tokenPrefix;

    @Column(nullable = false)
    private String scopes;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    protected ApiToken() {
        this.name = "";
        this.tokenHash = "";
        this.tokenPrefix = "";
        this.scopes = "";
        this.createdAt = Instant.EPOCH;
    }

    public ApiToken(String name, String tokenHash, String tokenPrefix, Set<ApiScope> scopes, long ownerId,
                    Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scopes = ApiScope.encode(scopes);
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Set<ApiScope> getScopes() {
        return ApiScope.decode(scopes);
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(long by, Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
            this.revokedBy = by;
        }
    }
}
