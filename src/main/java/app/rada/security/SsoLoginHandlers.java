package app.rada.security;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.SsoRefusal;
import app.rada.shared.security.RadaUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The end of a single sign-on. On success the session keeps the admitted {@link RadaUser} alone, exactly as a
 * password login does, so rights stamps, session rules and {@code CurrentUser} work unchanged; the provider's
 * ID token stays in the login's details for the provider's logout. Refusals go back to the login page, which
 * says why, and count in the login throttle like wrong passwords. Both are audited with the provider's id.
 */
final class SsoLoginHandlers {

    /** The login page's parameter that carries the refusal's code. */
    static final String REFUSED = "sso";

    private static final Logger log = LoggerFactory.getLogger(SsoLoginHandlers.class);

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
    private final SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();

    SsoLoginHandlers(LoginThrottle throttle, AuditLog audit, SecurityContextHolderStrategy contexts) {
        this.throttle = throttle;
        this.audit = audit;
        this.contexts = contexts;
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof AdmittedOidcUser admitted)) {
            // nothing else reaches here; refuse rather than keep a login Rada did not decide on
            failed(request, response, new OAuth2AuthenticationException("unexpected_login"));
            return;
        }
        var user = admitted.person().withoutPassword();
        var address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        var login = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        login.setDetails(new SsoLoginDetails(token.getAuthorizedClientRegistrationId(),
                admitted.getIdToken().getTokenValue(), address));
        var context = contexts.createEmptyContext();
        context.setAuthentication(login);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        throttle.loginSucceeded(user.email());
        audit.record(AuditRecord.of(AuditAction.SSO_LOGIN_SUCCEEDED).by(user.personId(), user.email())
                .on("person", user.personId(), user.email()).detail(token.getAuthorizedClientRegistrationId())
                .from(address));
        target.onAuthenticationSuccess(request, response, login);
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        String destination;
        if (failure instanceof SsoRefusedException refused) {
            if (refused.refusal() == SsoRefusal.THROTTLED) {
                audit.record(AuditRecord.of(AuditAction.LOGIN_THROTTLED).by(null, refused.email())
                        .detail(refused.provider()).from(address));
                destination = "/login?throttled=" + refused.waitMinutes();
            } else {
                if (refused.email().isEmpty()) {
                    throttle.fail(LoginThrottle.addressKey(address), LoginThrottle.ADDRESS_LIMIT);
                } else {
                    throttle.loginFailed(refused.email(), address);
                }
                audit.record(AuditRecord.of(AuditAction.SSO_LOGIN_REFUSED).by(null, refused.email())
                        .detail(refused.provider() + " " + refused.refusal().code()).from(address));
                destination = "/login?" + REFUSED + "=" + refused.refusal().code();
            }
        } else {
            // the provider answered with an error (the person cancelled, a wrong client secret, ...)
            var code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                    : failure.getClass().getSimpleName();
            log.info("Single sign-on failed at the provider: {}", code);
            audit.record(AuditRecord.of(AuditAction.SSO_LOGIN_REFUSED).by(null, null)
                    .detail(SsoRefusal.PROVIDER_ERROR.code() + " " + clip(code)).from(address));
            destination = "/login?" + REFUSED + "=" + SsoRefusal.PROVIDER_ERROR.code();
        }
        redirects.sendRedirect(request, response, destination);
    }

    private static String clip(String code) {
        var clean = code.replaceAll("[^A-Za-z0-9_.-]", "");
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }

    AuthenticationFailureHandler failureHandler() {
        return this::failed;
    }
}
