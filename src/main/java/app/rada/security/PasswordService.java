package app.rada.security;

import app.rada.shared.security.PasswordPolicy;
import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.audit.LoginFailureReason;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.people.LoginAccount;
import app.rada.people.PeopleService;
import app.rada.shared.security.CurrentUser;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password. It needs the current one; afterwards every other login of the
 * person ends (on every node, at its next request) and they get an e-mail telling them, in case it was
 * not them. A wrong current password counts as a failed login of the account, so someone at an unlocked
 * screen cannot guess it faster than at the login page.
 */
@Service
public class PasswordService {

    private final PeopleService people;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final MailService mail;
    private final I18NProvider texts;
    private final LoginThrottle throttle;

    PasswordService(PeopleService people, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit,
                    MailService mail, I18NProvider texts, LoginThrottle throttle) {
        this.people = people;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.mail = mail;
        this.texts = texts;
        this.throttle = throttle;
    }

    /**
     * Changes the password of the person logged in. {@code keepSessionId} is the session the change was
     * made in, which stays logged in (the current login is that session's); without it, that session ends too.
     */
    @Transactional
    @PreAuthorize("#personId == authentication.principal.personId")
    public PasswordChangeResult changePassword(long personId, String currentPassword, String newPassword,
                                               Locale locale, @Nullable String keepSessionId) {
        var account = people.findLoginAccount(CurrentUser.require().email())
                .filter(a -> a.personId() == personId)
                .orElseThrow(() -> new IllegalStateException("No login account for person " + personId));
        var key = LoginThrottle.accountKey(account.email());
        var wait = throttle.waitFor(List.of(key));
        if (!wait.isZero()) {
            return PasswordChangeResult.throttled(Math.max(1, (wait.getSeconds() + 59) / 60));
        }
        if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throttle.fail(key, LoginThrottle.ACCOUNT_LIMIT);
            audit.record(AuditRecord.of(AuditAction.LOGIN_FAILED).by(personId, account.email())
                    .on("person", personId, account.email())
                    .detail(LoginFailureReason.CURRENT_PASSWORD_WRONG.code()));
            return new PasswordChangeResult(false, true, List.of());
        }
        throttle.loginSucceeded(account.email());
        var problems = policy.problems(newPassword, account.email(), locale);
        if (!problems.isEmpty()) {
            return new PasswordChangeResult(false, false, problems);
        }
        people.setPassword(personId, newPassword);
        audit.record(AuditRecord.of(AuditAction.PASSWORD_CHANGED).by(personId, account.email())
                .on("person", personId, account.email()));
        mail.enqueue(notice(account));
        if (keepSessionId != null) {
            // the new password ended every session of the person (on every node, at its next request);
            // the one making the change carries the new stamp and goes on
            people.accountStamps(personId).ifPresent(stamps ->
                    CurrentUser.update(user -> user.withSessionEpoch(stamps.sessionEpoch())));
        }
        return new PasswordChangeResult(true, false, List.of());
    }

    private OutgoingMail notice(LoginAccount account) {
        var locale = account.language().locale();
        return new OutgoingMail(account.email(), account.language(), "account",
                texts.getTranslation("mail.password-changed.subject", locale),
                texts.getTranslation("mail.password-changed.heading", locale),
                List.of(texts.getTranslation("mail.password-changed.body", locale, account.name()),
                        texts.getTranslation("mail.password-changed.not-you", locale)),
                null, null, null);
    }
}
