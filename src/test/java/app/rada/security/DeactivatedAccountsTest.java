package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.support.KaribuTest;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;

class DeactivatedAccountsTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    SessionRegistry sessions;

    @Test
    void deactivating_a_person_ends_their_open_sessions() throws InterruptedException {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var account = people.findLoginAccount(email).orElseThrow();
        var principal = new RadaUser(account.personId(), account.email(), account.name(), null, account.roles(),
                account.organisationId(), account.language(), account.appearance(), true);
        sessions.registerNewSession("session-of-" + account.personId(), principal);

        loginAs("admin");
        people.deactivate(account.personId());

        var info = sessions.getSessionInformation("session-of-" + account.personId());
        for (int i = 0; i < 100 && !info.isExpired(); i++) {
            Thread.sleep(50);
        }
        assertThat(info.isExpired()).isTrue();
        assertThat(info.getLastRequest()).isBeforeOrEqualTo(new Date());
    }
}
