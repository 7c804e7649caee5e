package app.rada.security;

import app.rada.people.SsoAdmissions;
import app.rada.people.SsoIdentity;
import app.rada.people.SsoRefusal;
import app.rada.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a provider's signed-in user into a Rada person, or refuses them: the provider's answer is loaded as
 * usual, then {@link SsoAdmissions} decides. A throttled account or address is refused before that.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SsoAdmissions admissions;
    private final LoginThrottle throttle;
    private final LoginSettings settings;

    SsoUserService(SsoAdmissions admissions, LoginThrottle throttle, LoginSettings settings) {
        this.admissions = admissions;
        this.throttle = throttle;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        var user = provider.loadUser(request);
        var registration = request.getClientRegistration().getRegistrationId();
        var email = SsoAdmissions.normalise(user.getEmail());
        var wait = throttle.loginWait(email, remoteAddress());
        if (!wait.isZero()) {
            throw new SsoRefusedException(SsoRefusal.THROTTLED, registration, email,
                    Math.max(1, (wait.toSeconds() + 59) / 60));
        }
        var identity = new SsoIdentity(registration, user.getIssuer() == null ? registration
                : user.getIssuer().toString(), user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName(), groupRoles(user));
        var admission = admissions.admit(identity);
        if (admission.account() == null) {
            throw new SsoRefusedException(admission.refusal() == null ? SsoRefusal.NO_MATCH : admission.refusal(),
                    registration, email, 0);
        }
        return new AdmittedOidcUser(user, admission.account().asUser());
    }

    private Set<Role> groupRoles(OidcUser user) {
        var claim = settings.groupClaim();
        if (claim == null) {
            return Set.of();
        }
        Object value = user.getClaims().get(claim);
        if (value instanceof Collection<?> groups) {
            return settings.rolesOf(groups.stream().map(String::valueOf).toList());
        }
        if (value instanceof String single) {
            return settings.rolesOf(List.of(single.split("[,\\s]+")));
        }
        return Set.of();
    }

    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRemoteAddr() != null) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "unknown";
    }
}
