package app.rada.people;

import app.rada.people.internal.AccountStampQuery;
import app.rada.people.internal.Person;
import app.rada.people.internal.PersonRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may log in and with which rights: the login lookups, the stamps open sessions are checked against, and
 * passwords.
 */
@Service
@Transactional(readOnly = true)
public class LoginAccounts {

    static final String SELF = "#personId == authentication.principal.personId";
    static final String SELF_OR_STAFF = SELF + " or hasRole('STAFF')";

    private final PersonRepository people;
    private final AccountStampQuery stamps;
    private final PasswordEncoder passwordEncoder;

    LoginAccounts(PersonRepository people, AccountStampQuery stamps, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.stamps = stamps;
        this.passwordEncoder = passwordEncoder;
    }

    /** Looked up by the login itself, before anyone is authenticated. */
    public Optional<LoginAccount> findLoginAccount(String email) {
        return people.findByEmail(Person.normaliseEmail(email)).map(p -> account(p, p.getPasswordHash()));
    }

    /** The login data of a person who has just been authenticated by other means (an accepted invitation). */
    public LoginAccount findLoginAccountOf(long personId) {
        return loginAccountOf(personId).orElseThrow(() -> new NoSuchElementException("person " + personId));
    }

    /** The login data of a person, or empty when no such person exists (any more). */
    public Optional<LoginAccount> loginAccountOf(long personId) {
        return people.findById(personId).map(p -> account(p, null));
    }

    /**
     * The login data of several people read at once, for work that reaches many people (one query whatever
     * their number); people who no longer exist are absent from the map.
     */
    public Map<Long, LoginAccount> loginAccountsOf(Collection<Long> personIds) {
        var result = new HashMap<Long, LoginAccount>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (var p : people.findWithRolesByIdIn(Set.copyOf(personIds))) {
            result.put(p.getId(), account(p, null));
        }
        return result;
    }

    /**
     * The person's stamps as they stand now, read on every request of their open sessions (one lookup by
     * primary key); empty when the person no longer exists.
     */
    @PreAuthorize(SELF)
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<AccountStamps> accountStamps(long personId) {
        return stamps.of(personId);
    }

    /**
     * Stores a new password for the person; the password rules are checked by the caller. Every open session
     * of the person ends at its next request (the caller may keep its own, see {@code PasswordService}).
     */
    @Transactional
    @PreAuthorize(SELF + " or hasRole('ADMIN')")
    public void setPassword(long personId, String rawPassword) {
        people.findById(personId).orElseThrow(() -> new NoSuchElementException("person " + personId))
                .replacePassword(passwordEncoder.encode(rawPassword));
    }

    private static LoginAccount account(Person p, String passwordHash) {
        return new LoginAccount(p.getId(), p.getEmail(), p.getName(), passwordHash, p.getRoles(),
                p.getOrganisationId(), p.getLanguage(), p.getAppearance(), p.isActive(), p.getRightsVersion(),
                p.getSessionEpoch());
    }
}
