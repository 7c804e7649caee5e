package app.rada.people;

import app.rada.people.internal.InvitationRepository;
import app.rada.people.internal.Organisation;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.PersonRepository;
import app.rada.shared.PersonalData;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The person's own record and the invitations that were sent to them. Erased last. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PersonalDataOfPeople implements PersonalData {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final Clock clock;

    PersonalDataOfPeople(PersonRepository people, OrganisationRepository organisations,
                         InvitationRepository invitations, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object export(long personId, String email) {
        var p = people.findById(personId).orElseThrow();
        var profile = new LinkedHashMap<String, Object>();
        profile.put("name", p.getName());
        profile.put("email", p.getEmail());
        profile.put("roles", p.getRoles());
        profile.put("organisation", p.getOrganisationId() == null ? null
                : organisations.findById(p.getOrganisationId()).map(Organisation::getName).orElse(null));
        profile.put("language", p.getLanguage().code());
        profile.put("appearance", p.getAppearance());
        profile.put("memberSince", p.getCreatedAt().toString());
        profile.put("boardTerm", p.getBoardTermStart() == null ? null
                : Map.of("start", p.getBoardTermStart().toString(), "end", String.valueOf(p.getBoardTermEnd())));
        profile.put("termsVersion", p.getTermsVersion());
        profile.put("termsAcceptedAt", p.getTermsAcceptedAt() == null ? null : p.getTermsAcceptedAt().toString());
        profile.put("invitations", invitations.findByEmail(email).stream().map(i -> Map.of(
                "sentAt", i.getCreatedAt().toString(), "role", i.getRole(),
                "acceptedAt", String.valueOf(i.getAcceptedAt()))).toList());
        return profile;
    }

    @Override
    public void erase(long personId, String email, String name) {
        invitations.findByEmail(email).forEach(i -> i.forget(personId));
        people.findById(personId).orElseThrow().erase(Instant.now(clock));
    }
}
