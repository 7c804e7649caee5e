package app.rada.people;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person as their own profile page shows them. */
public record PersonProfile(long id, String name, String email, Set<Role> roles, @Nullable String organisationName,
                            @Nullable String segmentName, @Nullable Integer voteWeight, Language language,
                            Appearance appearance, Instant memberSince) {
}
