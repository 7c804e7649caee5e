package app.rada.people;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the login needs to know of a person, with the stamps the login is built from. */
public record LoginAccount(long personId, String email, String name, @Nullable String passwordHash, Set<Role> roles,
                           @Nullable Long organisationId, Language language, Appearance appearance, boolean active,
                           long rightsVersion, long sessionEpoch) {

    /** The person as a logged-in user, without the password hash: for work done on their behalf. */
    public RadaUser asUser() {
        return new RadaUser(personId, email, name, null, roles, organisationId, language, appearance, active,
                rightsVersion, sessionEpoch);
    }
}
