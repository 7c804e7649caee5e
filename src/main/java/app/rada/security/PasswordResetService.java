package app.rada.security;

import app.rada.shared.PortalLinks;
import app.rada.shared.security.PasswordPolicy;
import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.people.LoginAccount;
import app.rada.people.PeopleService;
import app.rada.security.internal.PasswordResetToken;
import app.rada.security.internal.PasswordResetTokenRepository;
import app.rada.shared.security.SystemActor;
import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail, for people who are not logged in. A request always ends the same way for
 * the visitor, whether or not the e-mail belongs to anyone. A link works once, for an hour; only the
 * hash of its token is stored. A reset ends every login of the person and every other link.
 */
@Service
public class PasswordResetService {

    static final Duration VALIDITY = Duration.ofHours(1);
    static final int REQUESTS_PER_EMAIL = 3;
    static final int REQUESTS_PER_ADDRESS = 10;

    private final PeopleService people;
    private final PasswordResetTokenRepository tokens;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MailService mail;
    private final I18NProvider texts;
    private final Clock clock;
    private final PortalLinks links;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(PeopleService people, PasswordResetTokenRepository tokens, PasswordPolicy policy,
                         LoginThrottle throttle, AuditLog audit, MailService mail,
                         I18NProvider texts, Clock clock, PortalLinks links) {
        this.people = people;
        this.tokens = tokens;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
        this.mail = mail;
        this.texts = texts;
        this.clock = clock;
        this.links = links;
    }

    /**
     * Sends a reset link if the e-mail belongs to an active person and neither the e-mail nor the
     * address has asked too often lately. The caller learns nothing either way.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void requestReset(String email, String clientAddress) {
        var emailKey = "reset-email:" + email.strip().toLowerCase(Locale.ROOT);
        var addressKey = "reset-address:" + clientAddress;
        var limited = !throttle.waitFor(List.of(emailKey, addressKey)).isZero();
        throttle.fail(emailKey, REQUESTS_PER_EMAIL);
        throttle.fail(addressKey, REQUESTS_PER_ADDRESS);
        var account = people.findLoginAccount(email).filter(LoginAccount::active);
        var record = AuditRecord.of(AuditAction.PASSWORD_RESET_REQUESTED).by(null, email.strip()).from(clientAddress);
        if (limited) {
            audit.record(record.detail("rate-limited"));
            return;
        }
        if (account.isEmpty()) {
            audit.record(record.detail("no-account"));
            return;
        }
        var person = account.get();
        var token = newToken();
        var now = clock.instant();
        tokens.save(new PasswordResetToken(person.personId(), hash(token), now, now.plus(VALIDITY)));
        mail.enqueue(resetMail(person, links.absolute("password-reset/" + token)).withSecretLink(now.plus(VALIDITY)));
        audit.record(record.on("person", person.personId(), person.email()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public ResetLinkState check(String token) {
        return find(token).map(this::state).orElse(ResetLinkState.UNKNOWN);
    }

    /** Sets the new password if the link is still valid and the password meets the rules. */
    @Transactional
    @PreAuthorize("permitAll()")
    public PasswordResetResult reset(String token, String newPassword, Locale locale, String clientAddress) {
        var found = find(token);
        var state = found.map(this::state).orElse(ResetLinkState.UNKNOWN);
        if (state != ResetLinkState.VALID) {
            return new PasswordResetResult(state, List.of());
        }
        var personId = found.get().getPersonId();
        var email = SystemActor.call(() -> people.profile(personId)).email();
        var problems = policy.problems(newPassword, email, locale);
        if (!problems.isEmpty()) {
            return new PasswordResetResult(state, problems);
        }
        SystemActor.run(() -> people.setPassword(personId, newPassword));
        tokens.useAllOf(personId, clock.instant());
        audit.record(AuditRecord.of(AuditAction.PASSWORD_RESET).by(personId, email).on("person", personId, email)
                .from(clientAddress));
        return new PasswordResetResult(state, List.of());
    }

    private ResetLinkState state(PasswordResetToken token) {
        if (token.isUsed()) {
            return ResetLinkState.USED;
        }
        return token.isExpiredAt(clock.instant()) ? ResetLinkState.EXPIRED : ResetLinkState.VALID;
    }

    private Optional<PasswordResetToken> find(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token));
    }

    private String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OutgoingMail resetMail(LoginAccount account, String link) {
        var locale = account.language().locale();
        return new OutgoingMail(account.email(), account.language(), "password-reset",
                texts.getTranslation("mail.password-reset.subject", locale),
                texts.getTranslation("mail.password-reset.heading", locale),
                List.of(texts.getTranslation("mail.password-reset.body", locale, account.name()),
                        texts.getTranslation("mail.password-reset.not-you", locale)),
                texts.getTranslation("mail.password-reset.action", locale), link, null);
    }
}
