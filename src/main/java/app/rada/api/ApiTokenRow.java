package app.rada.api;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A token as the admin list shows it; the token itself is never shown again after its creation. */
public record ApiTokenRow(long id, String name, String prefix, Set<ApiScope> scopes, long ownerId,
                          Optional<String> ownerName, Instant createdAt, @Nullable Instant lastUsedAt,
                          @Nullable Instant revokedAt) {

    public ApiTokenRow {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
