package app.rada.security;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.audit.LoginFailureReason;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password; the principal kept in the session carries no password hash.
 * A throttled account or address is refused before its password is checked; every failure,
 * a deactivated person's attempt included, counts towards the throttle.
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    private final LoginSettings settings;

    AccountAuthenticationProvider(PeopleService people, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                  AuditLog audit, LoginSettings settings) {
        super(new AccountDetailsService(people));
        setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var email = authentication.getName() == null ? "" : authentication.getName().strip();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (!settings.passwordFormEnabled()) {
            // the installation signs people in through its provider only: a posted password is not even checked
            audit.record(AuditRecord.of(AuditAction.LOGIN_FAILED).by(null, email)
                    .detail(LoginFailureReason.OTHER.code()).from(address));
            throw new PasswordLoginDisabledException();
        }
        var wait = throttle.loginWait(email, address);
        if (!wait.isZero()) {
            audit.record(AuditRecord.of(AuditAction.LOGIN_THROTTLED).by(null, email).from(address));
            throw new LoginThrottledException(wait);
        }
        Authentication result;
        try {
            result = super.authenticate(authentication);
        } catch (AuthenticationException failure) {
            throttle.loginFailed(email, address);
            audit.record(AuditRecord.of(AuditAction.LOGIN_FAILED).by(null, email)
                    .detail(LoginFailureReason.of(failure).code()).from(address));
            throw failure;
        }
        throttle.loginSucceeded(email);
        if (result.getPrincipal() instanceof RadaUser user) {
            audit.record(AuditRecord.of(AuditAction.LOGIN_SUCCEEDED).by(user.personId(), user.email())
                    .on("person", user.personId(), user.email()).from(address));
        }
        return result;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails user) {
        var safe = user instanceof RadaUser rada ? rada.withoutPassword() : user;
        return super.createSuccessAuthentication(safe, authentication, user);
    }
}
