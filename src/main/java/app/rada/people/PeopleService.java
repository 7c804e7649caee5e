package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.PeopleQueries;
import app.rada.people.internal.PersonRepository;
import app.rada.people.internal.SegmentRepository;
import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.Problem;
import app.rada.shared.UserPreferences;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.Access;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API: who takes part, in which organisation and segment, and their own choices.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService implements UserPreferences {

    static final String SELF_OR_STAFF = "#personId == authentication.principal.personId or hasRole('STAFF')";
    static final String SELF = "#personId == authentication.principal.personId";

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final SegmentRepository segments;
    private final PeopleQueries queries;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PeopleService(PersonRepository people, OrganisationRepository organisations, SegmentRepository segments,
                  PeopleQueries queries, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit,
                  ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
        this.people = people;
        this.queries = queries;
        this.organisations = organisations;
        this.segments = segments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Looked up by the login itself, before anyone is authenticated. */
    public Optional<LoginAccount> findLoginAccount(String email) {
        return people.findByEmail(Person.normaliseEmail(email)).map(p -> new LoginAccount(
                p.getId(), p.getEmail(), p.getName(), p.getPasswordHash(), p.getRoles(), p.getOrganisationId(),
                p.getLanguage(), p.getAppearance(), p.isActive(), p.getRightsVersion(), p.getSessionEpoch()));
    }

    /** The login data of a person who has just been authenticated by other means (an accepted invitation). */
    public LoginAccount findLoginAccountOf(long personId) {
        return loginAccountOf(personId).orElseThrow(() -> new NoSuchElementException("person " + personId));
    }

    /** The login data of a person, or empty when no such person exists (any more). */
    public Optional<LoginAccount> loginAccountOf(long personId) {
        return people.findById(personId).map(p -> new LoginAccount(p.getId(), p.getEmail(), p.getName(), null,
                p.getRoles(), p.getOrganisationId(), p.getLanguage(), p.getAppearance(), p.isActive(),
                p.getRightsVersion(), p.getSessionEpoch()));
    }

    /**
     * The person's stamps as they stand now, read on every request of their open sessions (one lookup by
     * primary key); empty when the person no longer exists.
     */
    @PreAuthorize(SELF)
    public Optional<AccountStamps> accountStamps(long personId) {
        return people.stampsOf(personId).stream().findFirst().map(row -> new AccountStamps((Boolean) row[0],
                row[1] != null, (Long) row[2], (Long) row[3]));
    }

    @PreAuthorize(SELF_OR_STAFF)
    public PersonProfile profile(long personId) {
        var person = people.findById(personId).orElseThrow(() -> new NoSuchElementException("person " + personId));
        var organisation = Optional.ofNullable(person.getOrganisationId()).flatMap(organisations::findById);
        var segment = organisation.flatMap(o -> segments.findById(o.getSegmentId()));
        return new PersonProfile(personId, person.getName(), person.getEmail(), person.getRoles(),
                organisation.map(Organisation::getName).orElse(null),
                segment.map(s -> s.name(person.getLanguage())).orElse(null),
                segment.map(Segment::getVoteWeight).orElse(null),
                person.getLanguage(), person.getAppearance(), person.getCreatedAt());
    }

    @PreAuthorize(Access.MEMBER)
    public ProgrammeSummary summary() {
        return new ProgrammeSummary(people.countByActiveTrue(), people.countActiveWithRole(Role.BOARD_MEMBER),
                organisations.countByActiveTrue(), segments.count());
    }

    /** A page of people matching the filter, for the admin's people list. */
    @PreAuthorize(Access.ADMIN)
    public List<PersonRow> findPeople(PeopleFilter filter, int offset, int limit, Sort sort) {
        return queries.page(filter, offset, limit, sort);
    }

    @PreAuthorize(Access.ADMIN)
    public long countPeople(PeopleFilter filter) {
        return queries.count(filter);
    }

    @PreAuthorize(Access.STAFF)
    public List<OrganisationOption> organisations() {
        return organisations.findAll(Sort.by("name")).stream()
                .map(o -> new OrganisationOption(o.getId(), o.getName(), o.getSegmentId())).toList();
    }

    @PreAuthorize(Access.MEMBER)
    public List<SegmentOption> segments() {
        return segments.findAll(Sort.by("voteWeight").descending().and(Sort.by("code"))).stream()
                .map(s -> new SegmentOption(s.getId(), s.getCode(), s.getNameEn(), s.getNamePl(), s.getVoteWeight()))
                .toList();
    }

    /**
     * Names to show beside contributions, for one page of rows at once. An erased person has no name
     * (the caller shows "Former member"); an unknown id is absent from the map.
     */
    @PreAuthorize(Access.MEMBER)
    public java.util.Map<Long, Optional<String>> displayNames(java.util.Collection<Long> personIds) {
        var result = new java.util.HashMap<Long, Optional<String>>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (Object[] row : people.namesOf(Set.copyOf(personIds))) {
            var erased = row[2] != null || ((String) row[1]).isBlank();
            result.put((Long) row[0], erased ? Optional.empty() : Optional.of((String) row[1]));
        }
        return result;
    }

    /** The vote weight of the segment of the person's organisation; 1 for people outside any organisation. */
    @PreAuthorize(Access.MEMBER)
    public int voteWeightOf(long personId) {
        return people.voteWeightOf(personId).orElse(1);
    }

    /** Active members whose name starts with the text, for @mentions. */
    @PreAuthorize(Access.MEMBER)
    public List<PersonName> mentionable(String prefix, int limit) {
        var clean = prefix.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
        if (clean.isEmpty()) {
            return List.of();
        }
        return people.activeByNamePrefix(clean + "%", org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(row -> new PersonName((Long) row[0], (String) row[1])).toList();
    }

    /**
     * Ids of the board as it stands today: active board members whose term (when set) includes today.
     * Ballots freeze this list when they open.
     */
    @PreAuthorize(Access.STAFF)
    public List<Long> currentBoardMembers() {
        return people.currentBoardMembers(java.time.LocalDate.now(clock));
    }

    /** Active staff, for assigning owners. */
    @PreAuthorize(Access.STAFF)
    public List<PersonName> staff() {
        return people.activeWithAnyRole(Set.of(Role.STAFF, Role.ADMIN)).stream()
                .map(row -> new PersonName((Long) row[0], (String) row[1])).toList();
    }

    /** Active members per segment, every segment listed, for the staff's overview. */
    @PreAuthorize(Access.STAFF)
    public List<SegmentCount> membersBySegment() {
        var counts = new java.util.HashMap<Long, Long>();
        for (Object[] row : people.countActiveBySegment()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return segments().stream().map(s -> new SegmentCount(s, counts.getOrDefault(s.id(), 0L))).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(SELF)
    public void saveLanguage(long personId, Language language) {
        person(personId).chooseLanguage(language);
    }

    @Override
    @Transactional
    @PreAuthorize(SELF)
    public void saveAppearance(long personId, Appearance appearance) {
        person(personId).chooseAppearance(appearance);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Segment createSegment(String code, String nameEn, String namePl, @Nullable String description, int weight) {
        return segments.save(new Segment(code, nameEn, namePl, description, weight));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Organisation createOrganisation(String name, long segmentId, @Nullable String notes) {
        if (segments.findById(segmentId).isEmpty()) {
            throw new IllegalArgumentException("Unknown segment " + segmentId);
        }
        return organisations.save(new Organisation(name.strip(), segmentId, notes, Instant.now(clock)));
    }

    /**
     * Adds a person with a password chosen for them. Invitations are the normal way in; this is for
     * admins setting up accounts and for the demo programme.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long createPerson(String email, String name, Set<Role> roles, @Nullable Long organisationId,
                             Language language, String rawPassword) {
        var normalised = Person.normaliseEmail(email);
        if (people.existsByEmail(normalised)) {
            throw new IllegalArgumentException("E-mail already in use");
        }
        var person = new Person(normalised, name, roles, organisationId, language, Instant.now(clock));
        person.setPasswordHash(passwordEncoder.encode(rawPassword));
        return people.save(person).getId();
    }

    /** A person as the admin's edit form needs them. */
    @PreAuthorize(Access.ADMIN)
    public PersonDetails details(long personId) {
        var p = person(personId);
        return new PersonDetails(personId, p.getName(), p.getEmail(), p.getRoles(), p.getOrganisationId(),
                p.getBoardTermStart(), p.getBoardTermEnd(), p.isActive());
    }

    /** Sets roles, organisation and board term. A board member needs a term whose end is not before its start. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void changeMembership(long personId, MembershipChange change) {
        if (change.roles().isEmpty()) {
            throw new Problem("people.problem.no-role");
        }
        if (change.roles().contains(Role.BOARD_MEMBER)) {
            if (change.boardTermStart() == null || change.boardTermEnd() == null) {
                throw new Problem("people.problem.term-missing");
            }
            if (change.boardTermEnd().isBefore(change.boardTermStart())) {
                throw new Problem("people.problem.term-order");
            }
        }
        if (change.organisationId() != null && organisations.findById(change.organisationId()).isEmpty()) {
            throw new Problem("people.problem.no-organisation");
        }
        var actor = CurrentUser.require();
        var p = person(personId);
        if (p.getId() == actor.personId() && p.getRoles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN)) {
            throw new Problem("people.problem.own-admin");
        }
        var before = p.getRoles();
        var organisationBefore = p.getOrganisationId();
        p.changeMembership(change.roles(), change.organisationId(), change.boardTermStart(), change.boardTermEnd());
        if (!before.equals(p.getRoles())) {
            events.publishEvent(new PersonRolesChanged(personId));
            audit.record(AuditRecord.of(AuditAction.ROLES_CHANGED).by(actor.personId(), actor.email())
                    .on("person", personId, p.getEmail()).detail(before + " -> " + p.getRoles()));
        }
        if (!java.util.Objects.equals(organisationBefore, p.getOrganisationId())) {
            audit.record(AuditRecord.of(AuditAction.ORGANISATION_CHANGED).by(actor.personId(), actor.email())
                    .on("person", personId, p.getEmail()).detail(organisationBefore + " -> " + p.getOrganisationId()));
        }
        if (p.getRoles().contains(Role.BOARD_MEMBER)) {
            audit.record(AuditRecord.of(AuditAction.BOARD_TERM_CHANGED).by(actor.personId(), actor.email())
                    .on("person", personId, p.getEmail())
                    .detail(p.getBoardTermStart() + " - " + p.getBoardTermEnd()));
        }
    }

    /** The person can no longer log in and their open sessions end. An admin cannot deactivate themselves. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void deactivate(long personId) {
        var actor = CurrentUser.require();
        if (actor.personId() == personId) {
            throw new Problem("people.problem.own-deactivation");
        }
        var p = person(personId);
        if (!p.isActive()) {
            return;
        }
        p.deactivate();
        audit.record(AuditRecord.of(AuditAction.PERSON_DEACTIVATED).by(actor.personId(), actor.email())
                .on("person", personId, p.getEmail()));
        events.publishEvent(new PersonDeactivated(personId));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void reactivate(long personId) {
        var actor = CurrentUser.require();
        var p = person(personId);
        if (p.isActive()) {
            return;
        }
        p.reactivate();
        audit.record(AuditRecord.of(AuditAction.PERSON_REACTIVATED).by(actor.personId(), actor.email())
                .on("person", personId, p.getEmail()));
    }

    /** Creates or changes a segment; the code is fixed once created. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public SegmentOption saveSegment(@Nullable Long id, String code, String nameEn, String namePl,
                                     @Nullable String description, int weight) {
        if (nameEn.isBlank() || namePl.isBlank()) {
            throw new Problem("segments.problem.names");
        }
        if (weight < Segment.WEIGHT_MIN || weight > Segment.WEIGHT_MAX) {
            throw new Problem("segments.problem.weight", Segment.WEIGHT_MIN, Segment.WEIGHT_MAX);
        }
        Segment segment;
        if (id == null) {
            var cleanCode = code.strip().toLowerCase(java.util.Locale.ROOT);
            if (!cleanCode.matches("[a-z0-9-]{2,40}")) {
                throw new Problem("segments.problem.code");
            }
            if (segments.findByCode(cleanCode).isPresent()) {
                throw new Problem("segments.problem.code-taken", cleanCode);
            }
            segment = segments.save(new Segment(cleanCode, nameEn.strip(), namePl.strip(), description, weight));
        } else {
            segment = segments.findById(id).orElseThrow(() -> new NoSuchElementException("segment " + id));
            segment.change(nameEn.strip(), namePl.strip(), description, weight);
        }
        var actor = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.SEGMENT_SAVED).by(actor.personId(), actor.email())
                .on("segment", segment.getId(), segment.getCode()).detail("weight " + weight));
        return new SegmentOption(segment.getId(), segment.getCode(), segment.getNameEn(), segment.getNamePl(),
                segment.getVoteWeight());
    }

    /** Creates or changes an organisation; names are unique. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OrganisationRow saveOrganisation(@Nullable Long id, String name, long segmentId, @Nullable String notes,
                                            boolean active) {
        var cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > Organisation.NAME_MAX) {
            throw new Problem("organisations.problem.name", Organisation.NAME_MAX);
        }
        if (notes != null && notes.length() > Organisation.NOTES_MAX) {
            throw new Problem("organisations.problem.notes", Organisation.NOTES_MAX);
        }
        if (segments.findById(segmentId).isEmpty()) {
            throw new Problem("organisations.problem.segment");
        }
        var sameName = organisations.findFirstByNameIgnoreCase(cleanName);
        if (sameName.isPresent() && !sameName.get().getId().equals(id)) {
            throw new Problem("organisations.problem.name-taken", cleanName);
        }
        Organisation organisation;
        if (id == null) {
            organisation = organisations.save(new Organisation(cleanName, segmentId, notes, Instant.now(clock)));
            if (!active) {
                organisation.change(cleanName, segmentId, notes, false);
            }
        } else {
            organisation = organisations.findById(id).orElseThrow(() -> new NoSuchElementException("organisation " + id));
            organisation.change(cleanName, segmentId, notes, active);
        }
        var actor = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.ORGANISATION_SAVED).by(actor.personId(), actor.email())
                .on("organisation", organisation.getId(), cleanName));
        return organisationRow(organisation);
    }

    /** A page of organisations with their member counts, by name. */
    @PreAuthorize(Access.STAFF)
    public List<OrganisationRow> findOrganisations(@Nullable String text, int offset, int limit) {
        return queries.organisations(text, offset, limit);
    }

    @PreAuthorize(Access.STAFF)
    public long countOrganisations(@Nullable String text) {
        return queries.countOrganisations(text);
    }

    @PreAuthorize(Access.STAFF)
    public Optional<Long> organisationIdByName(String name) {
        return organisations.findFirstByNameIgnoreCase(name.strip()).map(Organisation::getId);
    }

    /** The segment an organisation carries now, for contributions that record it at the time they are made. */
    @PreAuthorize(Access.MEMBER)
    public Optional<Long> segmentOf(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getSegmentId);
    }

    private OrganisationRow organisationRow(Organisation o) {
        return new OrganisationRow(o.getId(), o.getName(), o.getSegmentId(), o.getNotes(), o.isActive(),
                people.countByOrganisationId(o.getId()));
    }

    /** One organisation with its member count, for staff's overview of it. */
    @PreAuthorize(Access.STAFF)
    public Optional<OrganisationRow> organisation(long organisationId) {
        return organisations.findById(organisationId).map(this::organisationRow);
    }

    /** The ids of everyone who belongs to an organisation now, for figures about its people. */
    @PreAuthorize(Access.STAFF)
    public List<Long> memberIdsOf(long organisationId) {
        return people.idsByOrganisation(organisationId);
    }

    /** Board terms whose last day falls between two days (both included), for what is awarded at a term's end. */
    @PreAuthorize(Access.ADMIN)
    public List<BoardTerm> boardTermsEndedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return people.boardTermsEndingBetween(from, to).stream()
                .map(row -> new BoardTerm((Long) row[0], (java.time.LocalDate) row[1], (java.time.LocalDate) row[2]))
                .toList();
    }

    /**
     * Stores a new password for the person; the password rules are checked by the caller. Every open session
     * of the person ends at its next request (the caller may keep its own, see {@code PasswordService}).
     */
    @Transactional
    @PreAuthorize(SELF + " or hasRole('ADMIN')")
    public void setPassword(long personId, String rawPassword) {
        person(personId).replacePassword(passwordEncoder.encode(rawPassword));
    }

    @PreAuthorize(Access.ADMIN)
    public boolean hasAnyone() {
        return people.count() > 0;
    }

    private Person person(long personId) {
        return people.findById(personId).orElseThrow(() -> new NoSuchElementException("person " + personId));
    }
}
