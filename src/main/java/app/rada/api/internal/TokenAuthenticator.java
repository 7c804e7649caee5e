package app.rada.api.internal;

import app.rada.api.ApiScope;
import app.rada.people.LoginAccount;
import app.rada.people.PeopleService;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer token into its caller, on every call: the token must exist and not be revoked, its owner must
 * still be active (not deactivated, not erased), and the rights are the owner's current roles narrowed by the
 * token's scopes. Runs before anyone is authenticated, so it is not a service with access rules.
 */
@Component
public class TokenAuthenticator {

    /** "Last used" is written at most this often per token, so busy tokens do not write on every call. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final PeopleService people;
    private final Clock clock;

    TokenAuthenticator(ApiTokenRepository tokens, PeopleService people, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public Optional<TokenCaller> authenticate(String rawToken) {
        if (!rawToken.startsWith(TokenHashes.PREFIX) || rawToken.length() > 200) {
            return Optional.empty();
        }
        var found = tokens.findByTokenHash(TokenHashes.sha256(rawToken));
        if (found.isEmpty() || found.get().isRevoked()) {
            return Optional.empty();
        }
        var token = found.get();
        var owner = people.loginAccountOf(token.getOwnerId()).filter(LoginAccount::active);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        tokens.touch(token.getId(), now, now.minus(TOUCH_EVERY));
        var scopes = token.getScopes();
        return Optional.of(new TokenCaller(token.getId(), scopes, narrowed(owner.get().asUser(), scopes)));
    }

    /**
     * The owner's principal with only the roles the scopes keep: member roles always, staff with the
     * {@code staff} scope, admin with the {@code admin} scope, each only when the owner still holds it.
     */
    static RadaUser narrowed(RadaUser owner, java.util.Set<ApiScope> scopes) {
        var roles = EnumSet.noneOf(Role.class);
        for (var role : owner.roles()) {
            boolean keep = switch (role) {
                case CUSTOMER, BOARD_MEMBER -> true;
                case STAFF -> scopes.contains(ApiScope.STAFF) || scopes.contains(ApiScope.ADMIN);
                case ADMIN -> scopes.contains(ApiScope.ADMIN);
            };
            if (keep) {
                roles.add(role);
            }
        }
        return new RadaUser(owner.personId(), owner.email(), owner.name(), null, roles, owner.organisationId(),
                owner.language(), owner.appearance(), owner.active(), owner.rightsVersion(), owner.sessionEpoch());
    }
}
