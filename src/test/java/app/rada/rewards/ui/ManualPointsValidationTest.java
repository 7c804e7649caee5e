package app.rada.rewards.ui;

import static app.rada.rewards.RewardTesting.user;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.rewards.RewardService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Points and reason typed by staff show their refusal on the field, and nothing is booked. */
class ManualPointsValidationTest extends KaribuTest {

    @Autowired
    RewardService rewards;
    @Autowired
    PeopleService directory;

    @Test
    void a_blank_reason_and_zero_points_are_refused_on_the_field_in_english_and_polish() {
        var member = user(directory, freshMember(Role.CUSTOMER, Language.EN));
        loginAs("staff");
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        view.person.setValue(new PersonName(member.personId(), member.name()));
        view.amount.setValue(0);
        assertThat(view.amount.isInvalid()).isTrue();
        assertThat(view.amount.getErrorMessage()).startsWith("Give a number of points from 1 to 10");
        view.reason.setValue("   ");
        _click(view.award);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Give a reason of at most 500 characters.");

        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        view = _get(StaffRewardsView.class);
        view.person.setValue(new PersonName(member.personId(), member.name()));
        view.amount.setValue(5);
        _click(view.deduct);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Podaj powód, najwyżej 500 znaków.");
        view.amount.setValue(0);
        assertThat(view.amount.getErrorMessage()).startsWith("Podaj liczbę punktów od 1 do 10");

        assertThat(rewards.pointsOf(member.personId()).lifetime()).isZero();
    }
}
