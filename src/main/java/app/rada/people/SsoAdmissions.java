package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.internal.Invitation;
import app.rada.people.internal.InvitationRepository;
import app.rada.people.internal.Person;
import app.rada.people.internal.PersonIdentity;
import app.rada.people.internal.PersonIdentityRepository;
import app.rada.people.internal.PersonRepository;
import app.rada.people.internal.SignUpRuleRepository;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who comes in by single sign-on. The provider proves who someone is; whether they may enter stays
 * Rada's decision, in this order:
 * <ol>
 *   <li>the provider's (issuer, subject) pair was seen before: that person, whatever their address is now;</li>
 *   <li>otherwise only an address the provider vouches for counts ({@code email_verified}), matched to an existing
 *       person, then to an open invitation (accepted as it says: organisation and role), then to an
 *       administrator's sign-up rule for the address's domain;</li>
 *   <li>a deactivated or erased person, an invitation already used, revoked or expired, and everyone else are
 *       refused.</li>
 * </ol>
 * Roles mapped from the provider's groups replace the person's roles when at least one group maps; a change
 * bumps the person's rights stamp like an administrator's change does.
 * <p>
 * Called by the login itself, before anyone is authenticated, with what the provider signed: like
 * {@link LoginAccounts#findLoginAccount(String)} it has no access rule of its own.
 */
@Service
@Transactional
public class SsoAdmissions {

    private final PersonIdentityRepository identities;
    private final PersonRepository people;
    private final InvitationRepository invitations;
    private final SignUpRuleRepository rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SsoAdmissions(PersonIdentityRepository identities, PersonRepository people, InvitationRepository invitations,
                  SignUpRuleRepository rules, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.identities = identities;
        this.people = people;
        this.invitations = invitations;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public SsoAdmission admit(SsoIdentity who) {
        var now = Instant.now(clock);
        var known = identities.findByIssuerAndSubject(who.issuer(), who.subject());
        if (known.isPresent()) {
            var person = people.findById(known.get().getPersonId()).orElse(null);
            if (person == null || !person.isActive() || person.isErased()) {
                return SsoAdmission.refused(SsoRefusal.DEACTIVATED);
            }
            known.get().loggedIn(now);
            return admitted(person, who, "identity");
        }
        if (!who.emailVerified() || who.email() == null || who.email().isBlank()) {
            return SsoAdmission.refused(SsoRefusal.EMAIL_NOT_VERIFIED);
        }
        var email = Person.normaliseEmail(who.email());
        var existing = people.findByEmail(email);
        if (existing.isPresent()) {
            var person = existing.get();
            if (!person.isActive() || person.isErased()) {
                return SsoAdmission.refused(SsoRefusal.DEACTIVATED);
            }
            link(person, who, now);
            return admitted(person, who, "email");
        }
        var invited = invitations.findByEmail(email).stream()
                .max(Comparator.comparing(Invitation::getCreatedAt));
        if (invited.isPresent() && invited.get().state(now) == Invitation.State.PENDING) {
            return acceptInvitation(invited.get(), who, now);
        }
        var rule = rules.findByDomain(domainOf(email));
        if (rule.isPresent()) {
            var person = people.save(new Person(email, nameOf(who, email), EnumSet.of(rule.get().getRole()),
                    rule.get().getOrganisationId(), Language.EN, now));
            link(person, who, now);
            audit.record(AuditRecord.of(AuditAction.SSO_SIGNED_UP).by(person.getId(), email)
                    .on("person", person.getId(), email).detail(who.provider() + " " + rule.get().getDomain()));
            return admitted(person, who, "rule");
        }
        return SsoAdmission.refused(invited.isPresent() ? SsoRefusal.INVITATION_CLOSED : SsoRefusal.NO_MATCH);
    }

    private SsoAdmission acceptInvitation(Invitation invitation, SsoIdentity who, Instant now) {
        var person = people.save(new Person(invitation.getEmail(), nameOf(who, invitation.getName()),
                EnumSet.of(invitation.getRole()), invitation.getOrganisationId(), invitation.getLanguage(), now));
        invitation.accept(person.getId(), now);
        link(person, who, now);
        events.publishEvent(new InvitationAccepted(person.getId(), invitation.getInvitedBy()));
        audit.record(AuditRecord.of(AuditAction.INVITATION_ACCEPTED).by(person.getId(), person.getEmail())
                .on("invitation", invitation.getId(), person.getEmail()).detail("sso " + who.provider()));
        return admitted(person, who, "invitation");
    }

    private void link(Person person, SsoIdentity who, Instant now) {
        identities.save(new PersonIdentity(person.getId(), clip(who.provider(), PersonIdentity.PROVIDER_MAX),
                who.issuer(), who.subject(), now));
    }

    private SsoAdmission admitted(Person person, SsoIdentity who, String way) {
        applyGroupRoles(person, who);
        return SsoAdmission.admitted(new LoginAccount(person.getId(), person.getEmail(), person.getName(), null,
                person.getRoles(), person.getOrganisationId(), person.getLanguage(), person.getAppearance(),
                person.isActive(), person.getRightsVersion(), person.getSessionEpoch()), way);
    }

    private void applyGroupRoles(Person person, SsoIdentity who) {
        Set<Role> mapped = who.groupRoles();
        if (mapped.isEmpty() || mapped.equals(person.getRoles())) {
            return;
        }
        var before = person.getRoles();
        person.changeMembership(mapped, person.getOrganisationId(), person.getBoardTermStart(),
                person.getBoardTermEnd());
        people.flush();
        events.publishEvent(new PersonRolesChanged(person.getId()));
        audit.record(AuditRecord.of(AuditAction.ROLES_CHANGED).by(person.getId(), person.getEmail())
                .on("person", person.getId(), person.getEmail())
                .detail(before + " -> " + person.getRoles() + " (" + who.provider() + " groups)"));
    }

    static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String nameOf(SsoIdentity who, String fallback) {
        var name = who.name() == null || who.name().isBlank() ? fallback : who.name().strip();
        if (name.contains("@")) {
            name = name.substring(0, name.indexOf('@'));
        }
        return clip(name, Person.NAME_MAX);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The address as Rada keeps it, for callers that count or log it before admission. */
    public static String normalise(@Nullable String email) {
        return email == null ? "" : Person.normaliseEmail(email);
    }
}
