package app.rada.api.internal;

import app.rada.api.ApiScope;
import app.rada.shared.security.RadaUser;
import java.util.Set;

/** Who calls with a token: the owner's principal narrowed by the token's scopes. */
public record TokenCaller(long tokenId, Set<ApiScope> scopes, RadaUser user) {

    public TokenCaller {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }

    @Override
    public String toString() {
        return "TokenCaller[" + tokenId + ", " + user.personId() + "]";
    }
}
