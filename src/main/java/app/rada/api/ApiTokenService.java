package app.rada.api;

import app.rada.api.internal.ApiToken;
import app.rada.api.internal.ApiTokenRepository;
import app.rada.api.internal.TokenHashes;
import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.PeopleService;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, list and revoke API tokens. A token acts as the administrator who created it, with
 * rights narrowed by its scopes (see {@link ApiScope}); only its SHA-256 hash is stored.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, PeopleService people, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a token for the calling administrator. Every token can read; the name must be given and at most
     * {@value TokenDraft#NAME_MAX} characters long.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CreatedToken create(TokenDraft draft) {
        var me = CurrentUser.require();
        var trimmed = draft.name();
        if (trimmed.isEmpty()) {
            throw new Problem("api.token.name-empty");
        }
        if (trimmed.length() > TokenDraft.NAME_MAX) {
            throw new Problem("api.token.name-long", TokenDraft.NAME_MAX);
        }
        var granted = EnumSet.of(ApiScope.READ);
        granted.addAll(draft.scopes());
        var raw = TokenHashes.newToken();
        var token = tokens.save(new ApiToken(trimmed, TokenHashes.sha256(raw), TokenHashes.prefixOf(raw), granted,
                me.personId(), Instant.now(clock)));
        audit.record(AuditRecord.of(AuditAction.API_TOKEN_CREATED).by(me.personId(), me.email())
                .on("api-token", token.getId(), trimmed).detail(ApiScope.encode(granted)));
        return new CreatedToken(token.getId(), raw);
    }

    /** Revokes a token at once: its next call is refused. Revoking twice changes nothing. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void revoke(long tokenId) {
        var me = CurrentUser.require();
        var token = tokens.findById(tokenId).orElseThrow(() -> new NoSuchElementException("api token " + tokenId));
        if (token.isRevoked()) {
            return;
        }
        token.revoke(me.personId(), Instant.now(clock));
        audit.record(AuditRecord.of(AuditAction.API_TOKEN_REVOKED).by(me.personId(), me.email())
                .on("api-token", token.getId(), token.getName()));
    }

    /** One page of tokens, newest first, revoked ones included. */
    @PreAuthorize(Access.ADMIN)
    public List<ApiTokenRow> list(int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), 100);
        var page = tokens.newestFirst(PageRequest.of(offset / size, size));
        var names = people.displayNames(page.stream().map(ApiToken::getOwnerId).collect(Collectors.toSet()));
        return page.stream().map(t -> new ApiTokenRow(t.getId(), t.getName(), t.getTokenPrefix(), t.getScopes(),
                t.getOwnerId(), names.getOrDefault(t.getOwnerId(), Optional.empty()), t.getCreatedAt(),
                t.getLastUsedAt(), t.getRevokedAt())).toList();
    }

    @PreAuthorize(Access.ADMIN)
    public long count() {
        return tokens.count();
    }
}
