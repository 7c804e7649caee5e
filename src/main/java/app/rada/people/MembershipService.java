package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.PeopleQueries;
import app.rada.people.internal.Person;
import app.rada.people.internal.PersonRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's work on people: the people list, accounts set up by hand, roles, board terms and deactivation. */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final PeopleQueries queries;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    private final Validator validator;

    MembershipService(PersonRepository people, OrganisationRepository organisations, PeopleQueries queries,
                      PasswordEncoder passwordEncoder, Clock clock, AuditLog audit, ApplicationEventPublisher events,
                      Validator validator) {
        this.validator = validator;
        this.people = people;
        this.organisations = organisations;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
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

    @PreAuthorize(Access.ADMIN)
    public boolean hasAnyone() {
        return people.count() > 0;
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
        DraftRules.firstProblem(validator, change, MembershipChange.PROPERTIES).ifPresent(key -> {
            throw new Problem(key);
        });
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
        if (!Objects.equals(organisationBefore, p.getOrganisationId())) {
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

    private Person person(long personId) {
        return people.findById(personId).orElseThrow(() -> new NoSuchElementException("person " + personId));
    }
}
