package app.rada.people.api;

import app.rada.people.internal.Organisation;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.PersonRepository;
import app.rada.shared.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names and organisation facts for notices and figures written after the fact. */
@Component
@Transactional(readOnly = true)
public class PeopleFacts {

    private final PersonRepository people;
    private final OrganisationRepository organisations;

    PeopleFacts(PersonRepository people, OrganisationRepository organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    /** The names to show for these people; empty for an erased person or one without a name. */
    public Map<Long, Optional<String>> displayNames(Collection<Long> personIds) {
        var result = new HashMap<Long, Optional<String>>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (Object[] row : people.namesOf(Set.copyOf(personIds))) {
            var erased = row[2] != null || ((String) row[1]).isBlank();
            result.put((Long) row[0], erased ? Optional.empty() : Optional.of((String) row[1]));
        }
        return result;
    }

    /** The name to show for one person, or empty (erased, unnamed or unknown). */
    public Optional<String> displayName(long personId) {
        return displayNames(Set.of(personId)).getOrDefault(personId, Optional.empty());
    }

    /** The active staff and administrators, for mentions in ideas only staff may read. */
    public Set<Long> staffIds() {
        var ids = new HashSet<Long>();
        for (Object[] row : people.activeWithAnyRole(Set.of(Role.STAFF, Role.ADMIN))) {
            ids.add((Long) row[0]);
        }
        return ids;
    }

    /** The segment an organisation belongs to, if any. */
    public Optional<Long> segmentOf(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getSegmentId);
    }
}
