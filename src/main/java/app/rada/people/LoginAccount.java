package app.rada.people;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the login needs to know of a person. */
public record LoginAccount(long personId, String email, String name, @Nullable String passwordHash, Set<Role> roles,
                           @Nullable Long organisationId, Language language, Appearance appearance, boolean active) {
}
