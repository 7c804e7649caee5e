package app.rada.people;

import app.rada.shared.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who an OpenID Connect provider says signed in, as far as Rada's admission needs it.
 *
 * @param provider the registration id the person used (e.g. {@code keycloak})
 * @param issuer the provider's issuer; with {@code subject} it names the person for good
 * @param email the address the provider reports, if any
 * @param emailVerified whether the provider vouches for the address ({@code email_verified})
 * @param groupRoles the roles the provider's groups map to, or empty when no group of theirs is mapped
 */
public record SsoIdentity(String provider, String issuer, String subject, @Nullable String email,
                          boolean emailVerified, @Nullable String name, Set<Role> groupRoles) {

    public SsoIdentity {
        groupRoles = Set.copyOf(groupRoles);
    }
}
