package app.rada.shared.security;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as every module sees them. Roles hold the included ones too
 * (a board member is also a customer, an admin is also staff). {@code rightsVersion} and
 * {@code sessionEpoch} are the person's stamps when this principal was built: a session whose stamps
 * no longer match the database gets new rights or ends at its next request.
 */
public record RadaUser(long personId, String email, String name, @Nullable String passwordHash, Set<Role> roles,
                       @Nullable Long organisationId, Language language, Appearance appearance, boolean active,
                       long rightsVersion, long sessionEpoch)
        implements UserDetails, Serializable {

    public RadaUser {
        roles = Set.copyOf(Role.effective(roles));
    }

    /** A principal with the stamps of a person nothing has happened to yet, for work not tied to a session. */
    public RadaUser(long personId, String email, String name, @Nullable String passwordHash, Set<Role> roles,
                    @Nullable Long organisationId, Language language, Appearance appearance, boolean active) {
        this(personId, email, name, passwordHash, roles, organisationId, language, appearance, active, 0, 0);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The same person without the password hash, safe to keep in a session. */
    public RadaUser withoutPassword() {
        return new RadaUser(personId, email, name, null, roles, organisationId, language, appearance, active,
                rightsVersion, sessionEpoch);
    }

    public RadaUser withLanguage(Language newLanguage) {
        return new RadaUser(personId, email, name, passwordHash, roles, organisationId, newLanguage, appearance, active,
                rightsVersion, sessionEpoch);
    }

    public RadaUser withAppearance(Appearance newAppearance) {
        return new RadaUser(personId, email, name, passwordHash, roles, organisationId, language, newAppearance, active,
                rightsVersion, sessionEpoch);
    }

    /** The same login after its own session was kept through a change that ended the person's other sessions. */
    public RadaUser withSessionEpoch(long newSessionEpoch) {
        return new RadaUser(personId, email, name, passwordHash, roles, organisationId, language, appearance, active,
                rightsVersion, newSessionEpoch);
    }

    @Override
    public String toString() {
        return "RadaUser[" + personId + "]";
    }
}
