package app.rada.api.people;

import app.rada.people.PersonProfile;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One person as staff see their profile: roles, organisation and segment, the weight of their votes. */
public record PersonDetail(long id, String name, String email, Set<Role> roles, @Nullable String organisationName,
                           @Nullable String segmentName, @Nullable Integer voteWeight, Language language,
                           Instant memberSince) {

    public PersonDetail {
        roles = Set.copyOf(roles);
    }

    static PersonDetail of(PersonProfile p) {
        return new PersonDetail(p.id(), p.name(), p.email(), p.roles(), p.organisationName(), p.segmentName(),
                p.voteWeight(), p.language(), p.memberSince());
    }
}
