package app.rada.security;

import app.rada.shared.security.RadaUser;
import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's user together with the Rada person admitted for them; lives only until the login succeeds,
 * when the session gets the {@link RadaUser} alone.
 */
final class AdmittedOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final RadaUser person;

    AdmittedOidcUser(OidcUser user, RadaUser person) {
        super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.person = person;
    }

    RadaUser person() {
        return person;
    }
}
