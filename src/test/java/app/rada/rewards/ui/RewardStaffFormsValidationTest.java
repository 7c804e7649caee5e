package app.rada.rewards.ui;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.user;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.EntryKind;
import app.rada.rewards.ImageUpload;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import app.rada.support.TestImages;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The point rules and the reason for turning a redemption down show their refusal on the field, and nothing changes. */
class RewardStaffFormsValidationTest extends KaribuTest {

    @Autowired
    RewardService rewards;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    LoginAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private StaffRewardsView openAs(String email) {
        loginAsEmail(email);
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        return _get(StaffRewardsView.class);
    }

    @Test
    void points_and_caps_out_of_range_are_refused_on_the_field_in_english_and_polish() {
        var admin = user(accounts, "admin@rada.demo");
        var before = as(admin, () -> rewards.rules()).stream().filter(r -> r.kind() == EntryKind.COMMENT_POSTED)
                .findFirst().orElseThrow();

        var view = openAs(freshMember(Role.ADMIN, Language.EN));
        var fields = view.ruleFields.get(EntryKind.COMMENT_POSTED);
        fields[0].setValue(-1);
        assertThat(fields[0].isInvalid()).isTrue();
        assertThat(fields[0].getErrorMessage()).isEqualTo("Points must be between 0 and 10,000.");
        fields[0].clear();
        assertThat(fields[0].getErrorMessage()).isEqualTo("Points must be between 0 and 10,000.");
        fields[1].setValue(100_001);
        assertThat(fields[1].isInvalid()).isTrue();
        assertThat(fields[1].getErrorMessage()).isEqualTo("A daily cap must be between 0 and 100,000, or empty.");
        _click(view.saveRules);

        view = openAs(freshMember(Role.ADMIN, Language.PL));
        fields = view.ruleFields.get(EntryKind.COMMENT_POSTED);
        fields[0].setValue(10_001);
        assertThat(fields[0].isInvalid()).isTrue();
        assertThat(fields[0].getErrorMessage()).matches("Liczba punktów musi mieścić się między 0 a 10\\h?000\\.");
        fields[1].setValue(-3);
        assertThat(fields[1].getErrorMessage())
                .matches("Dzienny limit musi mieścić się między 0 a 100\\h?000 albo pozostać pusty\\.");
        _click(view.saveRules);

        assertThat(as(admin, () -> rewards.rules())).contains(before);
    }

    @Test
    void a_blank_reason_for_turning_a_redemption_down_is_refused_on_the_field_in_english_and_polish() {
        var admin = user(accounts, "admin@rada.demo");
        var staff = user(accounts, "staff@rada.demo");
        var member = user(accounts, freshMember(Role.CUSTOMER, Language.EN));
        as(staff, () -> rewards.award(member.personId(), 40, "Thanks for the workshop"));
        long item = as(admin, () -> catalogue.create(new RewardDraft("Mug", "Kubek", "A mug", "Kubek z logo", 30, 5,
                true), new ImageUpload("mug.png", TestImages.png())));
        long redemption = as(member, () -> catalogue.redeem(item));

        for (var language : new Language[] {Language.EN, Language.PL}) {
            var view = openAs(freshMember(Role.STAFF, language));
            var queue = view.queue;
            var row = IntStream.range(0, GridKt._size(queue)).filter(i -> GridKt._get(queue, i).id() == redemption)
                    .findFirst().orElseThrow();
            view.queuePanel.openReject(GridKt._get(view.queue, row));
            var why = view.queuePanel.rejectReason;
            assertThat(why).isNotNull();
            why.setValue("   ");
            assertThat(why.isInvalid()).isTrue();
            assertThat(why.getErrorMessage()).matches(language == Language.EN
                    ? "Tell the member why, in at most 1,000 characters\\."
                    : "Napisz uczestnikowi dlaczego, najwyżej 1\\h?000 znaków\\.");
            why.setValue("x".repeat(1001));
            assertThat(why.isInvalid()).isTrue();
            _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
            var dialog = view.queuePanel.rejectDialog;
            assertThat(dialog).isNotNull();
            assertThat(dialog.isOpened()).as("the dialog stays open until the reason is fixed").isTrue();
            dialog.close();
        }

        assertThat(jdbc.queryForObject("select status from reward_redemption where id = ?", String.class, redemption))
                .isEqualTo("PENDING");
    }
}
