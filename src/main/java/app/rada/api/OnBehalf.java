package app.rada.api;

import app.rada.people.LoginAccount;
import app.rada.people.PeopleService;
import app.rada.shared.security.Access;
import app.rada.shared.security.SystemActor;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Runs an API call's work as another person, for staff systems that act for a member (an idea a member sent
 * by e-mail to the help desk, filed in their name). The work runs with exactly that person's rights, so the
 * member's own rules apply (what they may see, how many ideas an hour); only staff may ask for it, and only
 * for an active person.
 */
@Component
public class OnBehalf {

    private final PeopleService people;

    OnBehalf(PeopleService people) {
        this.people = people;
    }

    @PreAuthorize(Access.STAFF)
    public <T> T of(long personId, Supplier<T> work) {
        var person = people.loginAccountOf(personId).filter(LoginAccount::active)
                .orElseThrow(() -> new ApiError(422, "api.error.member-unknown"));
        return SystemActor.callAs(person.asUser(), work);
    }
}
