package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

class PeopleServiceSecurityTest extends KaribuTest {

    @Autowired
    LoginAccounts accounts;

    @Autowired
    ProfileService profiles;

    @Autowired
    MembershipService memberships;

    @Test
    void a_customer_cannot_list_people_through_the_service() {
        loginAs("customer");
        assertThatThrownBy(() -> memberships.findPeople(PeopleFilter.none(), 0, 10, Sort.unsorted()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_cannot_read_another_persons_profile() {
        loginAs("customer");
        var other = accounts.findLoginAccount("board@rada.demo").orElseThrow().personId();
        assertThatThrownBy(() -> profiles.profile(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_cannot_change_another_persons_language() {
        loginAs("customer");
        var other = accounts.findLoginAccount("board@rada.demo").orElseThrow().personId();
        assertThatThrownBy(() -> profiles.saveLanguage(other, Language.PL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_may_read_a_members_profile_but_not_create_people() {
        loginAs("staff");
        var board = accounts.findLoginAccount("board@rada.demo").orElseThrow().personId();
        assertThat(profiles.profile(board).organisationName()).isEqualTo("Hotel Pod Lipami");
        assertThatThrownBy(() -> memberships.createPerson("x@example.com", "X", Set.of(), null, Language.EN,
                "a-long-enough-password")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_anonymous_reaches_the_people_list() {
        assertThatThrownBy(() -> memberships.countPeople(PeopleFilter.none()))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void e_mail_addresses_are_matched_without_regard_to_case() {
        assertThat(accounts.findLoginAccount("  Board@Rada.Demo ")).isPresent();
    }
}
