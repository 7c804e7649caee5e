package app.rada.rewards.ui;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.user;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.LoginAccounts;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.RewardDraft;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RewardFormTest extends KaribuTest {

    @Autowired
    LoginAccounts accounts;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    JdbcTemplate jdbc;

    private RewardForm openNewReward() {
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-reward")));
        var form = view.form();
        assertThat(form).isNotNull();
        return form;
    }

    @Test
    void a_name_too_long_or_blank_and_a_cost_of_nothing_show_on_their_fields_while_typing() {
        loginAs("admin");
        var form = openNewReward();
        form.nameEn.setValue("x".repeat(RewardDraft.NAME_MAX + 1));
        assertThat(form.nameEn.isInvalid()).isTrue();
        assertThat(form.nameEn.getErrorMessage())
                .isEqualTo("Give a name in both languages, at most 120 characters each.");
        form.nameEn.setValue("Mug");
        assertThat(form.nameEn.isInvalid()).isFalse();

        form.descriptionPl.setValue("   ");
        assertThat(form.descriptionPl.isInvalid()).isTrue();
        assertThat(form.descriptionPl.getErrorMessage())
                .isEqualTo("Give a description in both languages, at most 2,000 characters each.");

        form.cost.setValue(0);
        assertThat(form.cost.isInvalid()).isTrue();
        assertThat(form.cost.getErrorMessage()).startsWith("The cost must be between 1 and ");
        form.stock.setValue(-1);
        assertThat(form.stock.isInvalid()).isTrue();
        assertThat(form.stock.getErrorMessage()).startsWith("The stock must be between 0 and ");
    }

    @Test
    void a_polish_admin_reads_the_field_errors_in_polish() {
        loginAsEmail(freshMember(Role.ADMIN, Language.PL));
        var form = openNewReward();
        form.namePl.setValue("x".repeat(RewardDraft.NAME_MAX + 1));
        assertThat(form.namePl.isInvalid()).isTrue();
        assertThat(form.namePl.getErrorMessage()).isEqualTo("Podaj nazwę w obu językach, każdą najwyżej 120 znaków.");
        form.cost.setValue(0);
        assertThat(form.cost.isInvalid()).isTrue();
        assertThat(form.cost.getErrorMessage()).startsWith("Koszt musi mieścić się między 1 a ");
    }

    @Test
    void a_bad_draft_is_not_sent_and_the_service_refuses_it_with_the_same_keys() {
        loginAs("admin");
        var form = openNewReward();
        form.nameEn.setValue("Poster nobody may save");
        form.namePl.setValue("Plakat");
        form.descriptionEn.setValue("A2.");
        form.descriptionPl.setValue("A2.");
        form.stock.setValue(3);
        _click(form.save);
        assertThat(form.cost.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from reward_item where name_en = ?", Integer.class,
                "Poster nobody may save")).isZero();

        var admin = user(accounts, "admin@rada.demo");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(
                new RewardDraft(" ", "Plakat", "A2.", "A2.", 10, 1, true), null)))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.name");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(
                new RewardDraft("Poster", "Plakat", "A2.", "", 0, -1, true), null)))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.description");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(
                new RewardDraft("Poster", "Plakat", "A2.", "A2.", RewardDraft.COST_MAX + 1, -1, true), null)))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.cost");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(
                new RewardDraft("Poster", "Plakat", "A2.", "A2.", 10, RewardDraft.STOCK_MAX + 1, true), null)))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.stock");
    }
}
