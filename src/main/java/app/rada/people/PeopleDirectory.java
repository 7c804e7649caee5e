package app.rada.people;

import app.rada.people.api.PeopleFacts;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.PersonRepository;
import app.rada.people.internal.SegmentRepository;
import app.rada.shared.Role;
import app.rada.shared.security.Access;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for the other parts of the programme: names, weights, the board, the staff and the totals. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final SegmentRepository segments;
    private final Clock clock;
    private final PeopleFacts facts;

    PeopleDirectory(PersonRepository people, OrganisationRepository organisations, SegmentRepository segments,
                    Clock clock, PeopleFacts facts) {
        this.people = people;
        this.organisations = organisations;
        this.segments = segments;
        this.clock = clock;
        this.facts = facts;
    }

    @PreAuthorize(Access.STAFF)
    public ProgrammeSummary summary() {
        return new ProgrammeSummary(people.countByActiveTrue(), people.countActiveWithRole(Role.BOARD_MEMBER),
                organisations.countByActiveTrue(), segments.count());
    }

    /**
     * Names to show beside contributions, for one page of rows at once. An erased person has no name
     * (the caller shows "Former member"); an unknown id is absent from the map.
     */
    @PreAuthorize(Access.MEMBER)
    public Map<Long, Optional<String>> displayNames(Collection<Long> personIds) {
        return facts.displayNames(personIds);
    }

    /** The vote weight of the segment of the person's organisation; 1 for people outside any organisation. */
    @PreAuthorize(Access.MEMBER)
    public int voteWeightOf(long personId) {
        return people.voteWeightOf(personId).orElse(1);
    }

    /** The organisation each of these people belongs to now; people outside any organisation are absent. */
    @PreAuthorize(Access.STAFF)
    public Map<Long, Long> organisationsOf(Collection<Long> personIds) {
        var result = new HashMap<Long, Long>();
        people.findAllById(personIds).forEach(person -> {
            var organisation = person.getOrganisationId();
            if (organisation != null) {
                result.put(Objects.requireNonNull(person.getId()), organisation);
            }
        });
        return result;
    }

    /** Active members whose name starts with the text, for @mentions. */
    @PreAuthorize(Access.MEMBER)
    public List<PersonName> mentionable(String prefix, int limit) {
        var clean = prefix.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        if (clean.isEmpty()) {
            return List.of();
        }
        return people.activeByNamePrefix(clean + "%", PageRequest.of(0, limit)).stream()
                .map(row -> new PersonName((Long) row[0], (String) row[1])).toList();
    }

    /**
     * Ids of the board as it stands today: active board members whose term (when set) includes today.
     * Ballots freeze this list when they open.
     */
    @PreAuthorize(Access.STAFF)
    public List<Long> currentBoardMembers() {
        return people.currentBoardMembers(LocalDate.now(clock));
    }

    /** Active staff, for assigning owners. */
    @PreAuthorize(Access.STAFF)
    public List<PersonName> staff() {
        return people.activeWithAnyRole(Set.of(Role.STAFF, Role.ADMIN)).stream()
                .map(row -> new PersonName((Long) row[0], (String) row[1])).toList();
    }

    /** Board terms whose last day falls between two days (both included), for what is awarded at a term's end. */
    @PreAuthorize(Access.ADMIN)
    public List<BoardTerm> boardTermsEndedBetween(LocalDate from, LocalDate to) {
        return people.boardTermsEndingBetween(from, to).stream()
                .map(row -> new BoardTerm((Long) row[0], (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
    }
}
