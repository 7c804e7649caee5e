package app.rada.security;

import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Turns a person into the principal of a login. Unknown e-mails and wrong passwords end in
 * the same message on the login page.
 */
class AccountDetailsService implements UserDetailsService {

    private final PeopleService people;

    AccountDetailsService(PeopleService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.findLoginAccount(username)
                .map(a -> new RadaUser(a.personId(), a.email(), a.name(), a.passwordHash(), a.roles(),
                        a.organisationId(), a.language(), a.appearance(), a.active(), a.rightsVersion(),
                        a.sessionEpoch()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
