package app.rada.security;

/**
 * An OpenID Connect provider people may sign in with, as configured under
 * {@code spring.security.oauth2.client.registration.<id>}.
 *
 * @param id the registration id; the sign-in starts at {@code /oauth2/authorization/<id>}
 * @param name the registration's client name, shown on the login button
 * @param issuer the provider's issuer, or its authorization address when no issuer is known
 */
public record SsoProvider(String id, String name, String issuer) {

    /** Where the browser goes to sign in with this provider, relative to the portal's root. */
    public String loginPath() {
        return "oauth2/authorization/" + id;
    }
}
