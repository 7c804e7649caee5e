package app.rada.people;

import app.rada.people.internal.Organisation;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.Person;
import app.rada.people.internal.PersonRepository;
import app.rada.people.internal.Segment;
import app.rada.people.internal.SegmentRepository;
import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.UserPreferences;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own page: what the programme knows of them and the choices they make for themselves. */
@Service
@Transactional(readOnly = true)
public class ProfileService implements UserPreferences {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final SegmentRepository segments;

    ProfileService(PersonRepository people, OrganisationRepository organisations, SegmentRepository segments) {
        this.people = people;
        this.organisations = organisations;
        this.segments = segments;
    }

    @PreAuthorize(LoginAccounts.SELF_OR_STAFF)
    public PersonProfile profile(long personId) {
        var person = person(personId);
        var organisation = Optional.ofNullable(person.getOrganisationId()).flatMap(organisations::findById);
        var segment = organisation.flatMap(o -> segments.findById(o.getSegmentId()));
        return new PersonProfile(personId, person.getName(), person.getEmail(), person.getRoles(),
                organisation.map(Organisation::getName).orElse(null),
                segment.map(s -> s.name(person.getLanguage())).orElse(null),
                segment.map(Segment::getVoteWeight).orElse(null),
                person.getLanguage(), person.getAppearance(), person.getCreatedAt());
    }

    @Override
    @Transactional
    @PreAuthorize(LoginAccounts.SELF)
    public void saveLanguage(long personId, Language language) {
        person(personId).chooseLanguage(language);
    }

    @Override
    @Transactional
    @PreAuthorize(LoginAccounts.SELF)
    public void saveAppearance(long personId, Appearance appearance) {
        person(personId).chooseAppearance(appearance);
    }

    private Person person(long personId) {
        return people.findById(personId).orElseThrow(() -> new NoSuchElementException("person " + personId));
    }
}
