package app.rada.rewards.ui;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.eventually;
import static app.rada.rewards.RewardTesting.user;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.LoginAccounts;
import app.rada.people.PersonName;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.EntryKind;
import app.rada.rewards.ImageUpload;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.LeaderboardRow;
import app.rada.rewards.LedgerEntry;
import app.rada.rewards.PointRule;
import app.rada.rewards.Redemption;
import app.rada.rewards.RedemptionStatus;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardItem;
import app.rada.rewards.RewardService;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import app.rada.support.TestImages;
import app.rada.support.Uploads;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class RewardViewsTest extends KaribuTest {

    /** A real image: what is stored is decoded and encoded again. */
    static final byte[] PNG = TestImages.png();

    @Autowired
    RewardService rewards;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    LoginAccounts people;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    RadaUser admin;
    RadaUser staff;

    @BeforeEach
    void people() {
        admin = user(people, "admin@rada.demo");
        staff = user(people, "staff@rada.demo");
    }

    private long reward(String name, int cost, int stock) {
        return as(admin, () -> catalogue.create(new RewardDraft(name, name + " PL", "Described in English",
                "Opisane po polsku", cost, stock, true), new ImageUpload("reward.png", PNG)));
    }

    private RadaUser memberWith(int points) {
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        if (points > 0) {
            as(staff, () -> rewards.award(member.personId(), points, "Welcome to the programme"));
        }
        return member;
    }

    private RewardsView openRewards(RadaUser who) {
        loginAsEmail(who.email());
        UI.getCurrent().navigate(RewardNavigation.REWARDS);
        return _get(RewardsView.class);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void a_member_sees_their_points_and_redeems_a_reward_after_confirming() {
        var member = memberWith(100);
        long breakfast = reward("Breakfast at the hotel", 60, 2);
        var view = openRewards(member);
        assertThat(view.getPageTitle()).isEqualTo("Rewards");
        assertThat(text("rewards-spendable")).isEqualTo("100 points");
        assertThat(text("rewards-lifetime")).isEqualTo("100 points");
        assertThat(text("rewards-quarter")).isEqualTo("100 points");
        assertThat(_get(Div.class, spec -> spec.withId("badge-first-idea")).getClassNames()).contains("badge-to-earn");
        var card = _get(Div.class, spec -> spec.withId("reward-" + breakfast));
        assertThat(card.getElement().getTextRecursively()).contains("Breakfast at the hotel", "Described in English",
                "60 points", "2 left");

        _click(_get(Button.class, spec -> spec.withId("redeem-" + breakfast)));
        var dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Redeem this reward?");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(text("rewards-spendable")).isEqualTo("40 points");
        assertThat(text("rewards-lifetime")).isEqualTo("100 points");
        assertThat(_get(Div.class, spec -> spec.withId("reward-" + breakfast)).getElement().getTextRecursively())
                .contains("1 left");
        assertThat(GridKt._size(view.redemptions)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.redemptions, 0)).contains("Breakfast at the hotel", "60 points");
        assertThat(GridKt._get(view.redemptions, 0).status()).isEqualTo(RedemptionStatus.PENDING);
        assertThat(GridKt._getFormattedRow(view.history, 0)).contains("Reward redeemed: Breakfast at the hotel",
                "−60 to spend");
        assertThat(GridKt._getFormattedRow(view.history, 1)).contains("Changed by the team: Welcome to the programme",
                "+100");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("rewards-rules"))
                .getElement().getTextRecursively()).contains("Idea submitted: 10 points",
                "Vote for an idea: 1 point, at most 10 a day");
    }

    @Test
    void a_member_cannot_redeem_what_they_cannot_afford_and_the_card_says_how_many_points_are_missing() {
        var member = memberWith(25);
        long tour = reward("Tour of the warehouse", 40, 3);
        long gone = reward("Sold-out umbrella", 10, 0);
        openRewards(member);
        var redeem = _get(Button.class, spec -> spec.withId("redeem-" + tour));
        assertThat(redeem.isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("reward-" + tour)).getElement().getTextRecursively())
                .contains("15 more points needed");
        assertThat(_get(Button.class, spec -> spec.withId("redeem-" + gone)).isEnabled()).isFalse();
        assertThat(as(member, () -> catalogue.countMyRedemptions())).isZero();
    }

    @Test
    void the_leaderboard_ranks_members_and_one_who_chooses_not_to_appear_leaves_it() {
        var first = memberWith(7000);
        var second = memberWith(6000);
        var view = openRewards(first);
        view.period.setValue(LeaderboardPeriod.ALL_TIME);
        assertThat(GridKt._get(view.leaderboard, 0)).satisfies(r -> {
            assertThat(r.personId()).isEqualTo(first.personId());
            assertThat(r.rank()).isEqualTo(1);
            assertThat(r.me()).isTrue();
        });
        assertThat(GridKt._getFormattedRow(view.leaderboard, 0)).contains(first.name() + " (you)", "7,000 points");
        assertThat(GridKt._get(view.leaderboard, 1).personId()).isEqualTo(second.personId());
        assertThat(text("rewards-rank")).isEqualTo("place 1");
        // this quarter and the member's own organisation
        view.period.setValue(LeaderboardPeriod.THIS_QUARTER);
        view.scope.setValue(view.scope.getListDataView().getItems()
                .filter(s -> s.organisationId() != null).findFirst().orElseThrow());
        var mine = IntStream.range(0, GridKt._size(view.leaderboard))
                .mapToObj(i -> GridKt._get(view.leaderboard, i)).map(LeaderboardRow::personId).toList();
        assertThat(mine).startsWith(first.personId(), second.personId());

        var secondView = openRewards(second);
        assertThat(secondView.showMe.getValue()).isTrue();
        secondView.showMe.setValue(false);
        assertThat(text("rewards-rank")).isEqualTo("hidden");
        secondView.period.setValue(LeaderboardPeriod.ALL_TIME);
        var ids = IntStream.range(0, Math.min(GridKt._size(secondView.leaderboard), 50))
                .mapToObj(i -> GridKt._get(secondView.leaderboard, i).personId()).toList();
        assertThat(ids).contains(first.personId()).doesNotContain(second.personId());
        assertThat(as(second, () -> rewards.myPoints()).lifetime()).as("points kept").isEqualTo(6000);
    }

    @Test
    void a_members_profile_shows_their_badges_with_the_day_earned_and_the_leaderboard_choice() {
        var member = memberWith(0);
        as(member, () -> ideas.submit(new IdeaDraft("A first idea for a badge", "Described", null,
                List.of(), Visibility.MEMBERS, null), List.of()));
        eventually(() -> !as(member, () -> rewards.badges(member.personId())).isEmpty());
        loginAsEmail(member.email());
        UI.getCurrent().navigate("me");
        var section = _get(Section.class, spec -> spec.withId("profile-rewards"));
        assertThat(section.getElement().getTextRecursively()).contains("Points and badges", "You have earned 10 points");
        assertThat(_get(ListItem.class, spec -> spec.withId("profile-badge-first-idea"))
                .getText()).startsWith("First idea, earned on ");
        assertThat(_find(ListItem.class,
                spec -> spec.withId("profile-badge-first-idea-done"))).isEmpty();
        var show = _get(Checkbox.class, spec -> spec.withId("profile-leaderboard"));
        show.setValue(false);
        assertThat(as(member, () -> rewards.myPoints()).hidden()).isTrue();
    }

    @Test
    void staff_profiles_have_no_rewards_section() {
        loginAs("staff");
        UI.getCurrent().navigate("me");
        assertThat(_find(Section.class, spec -> spec.withId("profile-rewards"))).isEmpty();
    }

    private int rowOf(Grid<Redemption> grid, long id) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == id).findFirst()
                .orElseThrow();
    }

    private Button button(Grid<Redemption> grid, long id, String prefix) {
        var cell = GridKt._getCellComponent(grid, rowOf(grid, id), "actions");
        return _get(cell, Button.class, spec -> spec.withId(prefix + id));
    }

    @Test
    void staff_approve_hand_over_and_reject_redemptions_from_the_queue() {
        var member = memberWith(200);
        long lamp = reward("Desk lamp", 50, 5);
        long first = as(member, () -> catalogue.redeem(lamp));
        long second = as(member, () -> catalogue.redeem(lamp));
        loginAs("staff");
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        assertThat(view.items).as("the catalogue is for admins").isNull();
        assertThat(_find(Section.class, spec -> spec.withId("rules-section"))).isEmpty();
        assertThat(GridKt._getFormattedRow(view.queue, rowOf(view.queue, first))).contains(member.name(), "Desk lamp",
                "50 points");
        assertThat(GridKt._get(view.queue, rowOf(view.queue, first)).status()).isEqualTo(RedemptionStatus.PENDING);

        _click(button(view.queue, first, "approve-"));
        assertThat(GridKt._get(view.queue, rowOf(view.queue, first)).status()).isEqualTo(RedemptionStatus.APPROVED);
        _click(button(view.queue, first, "fulfil-"));
        assertThat(IntStream.range(0, GridKt._size(view.queue)).mapToObj(i -> GridKt._get(view.queue, i).id()))
                .as("handed over: no longer in the open queue").doesNotContain(first);

        _click(button(view.queue, second, "reject-"));
        _get(TextArea.class, spec -> spec.withId("reject-reason")).setValue("Out of lamps until spring.");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        view.filter.setValue(StaffRewardsView.QueueFilter.REJECTED);
        assertThat(GridKt._get(view.queue, rowOf(view.queue, second)).note()).isEqualTo("Out of lamps until spring.");
        view.filter.setValue(StaffRewardsView.QueueFilter.FULFILLED);
        rowOf(view.queue, first);

        assertThat(as(member, () -> rewards.myPoints()).spendable()).isEqualTo(150);
        eventually(() -> jdbc.queryForList("select title_key from notification where person_id = ? and kind = 'REWARDS'",
                String.class, member.personId()).containsAll(List.of("notifications.rewards.approved",
                "notifications.rewards.fulfilled", "notifications.rewards.rejected")));
    }

    @Test
    void staff_add_and_take_points_by_hand_and_a_missing_reason_is_refused() {
        var member = memberWith(0);
        loginAs("staff");
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        view.person.setValue(new PersonName(member.personId(), member.name()));
        assertThat(view.balance.getText()).isEqualTo(member.name() + " has earned 0 in all and has 0 to spend.");
        view.amount.setValue(30);
        _click(view.award);
        assertThat(as(member, () -> rewards.myPoints()).lifetime()).as("refused without a reason").isZero();
        view.reason.setValue("Joined our roundtable");
        _click(view.award);
        view.amount.setValue(5);
        view.reason.setValue("Roundtable counted twice");
        _click(view.deduct);
        assertThat(view.balance.getText()).isEqualTo(member.name() + " has earned 25 in all and has 25 to spend.");
        assertThat(as(member, () -> rewards.history(member.personId(), 0, 10))).extracting(LedgerEntry::kind)
                .containsOnly(EntryKind.MANUAL).hasSize(2);
    }

    @Test
    void a_negative_number_of_points_is_refused_with_the_allowed_range_whichever_button_is_pressed() {
        var member = memberWith(0);
        loginAs("staff");
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        view.person.setValue(new PersonName(member.personId(), member.name()));
        view.reason.setValue("Typed a minus by mistake");
        view.amount.setValue(-40);
        _click(view.deduct);
        expectNotifications("Give a number of points from 1 to 10,000"
                + ": the button you press says whether they are added or taken away.");
        view.amount.setValue(-40);
        _click(view.award);
        expectNotifications("Give a number of points from 1 to 10,000"
                + ": the button you press says whether they are added or taken away.");
        assertThat(view.balance.getText()).isEqualTo(member.name() + " has earned 0 in all and has 0 to spend.");
        assertThat(as(member, () -> rewards.myPoints()).lifetime()).isZero();
    }

    @Test
    void a_reward_picture_over_2_mb_is_refused_on_the_server_after_reading_no_more_than_the_limit() throws Exception {
        loginAs("admin");
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-reward")));
        var form = view.form();
        var body = Uploads.send(form.imageHandler, form.upload, "poster.png", -1, TestImages.png(), 500L * 1024 * 1024);
        assertThat(body.bytesRead()).isLessThanOrEqualTo(RewardDraft.IMAGE_BYTES_MAX + 1L);
        assertThat(form.image()).isNull();
        assertThat(form.error.getText()).isEqualTo("“poster.png” is larger than 2 MB.");
    }

    @Test
    void an_admin_adds_a_reward_in_both_languages_and_changes_a_point_rule() {
        loginAs("admin");
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        var view = _get(StaffRewardsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-reward")));
        var form = view.form();
        assertThat(form).isNotNull();
        form.nameEn.setValue("Notebook with our logo");
        form.namePl.setValue("Notes z naszym logo");
        form.descriptionEn.setValue("A5, dotted pages.");
        form.descriptionPl.setValue("A5, strony w kropki.");
        form.cost.setValue(35);
        form.stock.setValue(12);
        form.upload(new ImageUpload("notes.gif", "GIF89a".getBytes()));
        _click(form.save);
        assertThat(form.error.getText()).isEqualTo("“notes.gif” is not a PNG, JPEG or WebP picture.");
        form.upload(new ImageUpload("notes.png", PNG));
        _click(form.save);
        var saved = jdbc.queryForMap("select name_pl, cost, stock, image_type from reward_item where name_en = ?",
                "Notebook with our logo");
        assertThat(saved).containsEntry("name_pl", "Notes z naszym logo").containsEntry("cost", 35)
                .containsEntry("stock", 12).containsEntry("image_type", "image/png");
        var items = view.items;
        assertThat(items).isNotNull();
        assertThat(IntStream.range(0, GridKt._size(items)).mapToObj(i -> GridKt._get(items, i).nameEn()))
                .contains("Notebook with our logo");

        var before = as(admin, () -> rewards.rules()).stream().filter(r -> r.kind() == EntryKind.PULSE_ANSWERED)
                .findFirst().orElseThrow();
        try {
            var fields = view.ruleFields.get(EntryKind.PULSE_ANSWERED);
            fields[0].setValue(7);
            fields[1].setValue(14);
            _click(view.saveRules);
            assertThat(as(admin, () -> rewards.rules())).contains(new PointRule(EntryKind.PULSE_ANSWERED, 7, 14));
        } finally {
            as(admin, () -> rewards.changeRule(EntryKind.PULSE_ANSWERED, before.points(), before.dailyCap()));
        }
    }

    @Test
    void a_customer_is_refused_the_rewards_desk_and_staffs_services() {
        var member = memberWith(50);
        long mug = reward("Mug nobody may approve", 20, 3);
        long id = as(member, () -> catalogue.redeem(mug));
        loginAsEmail(member.email());
        UI.getCurrent().navigate(RewardNavigation.STAFF);
        _get(NoAccessView.class);
        assertThatThrownBy(() -> catalogue.approve(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rewards.award(member.personId(), 10, "Myself")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rewards.history(staff.personId(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, () -> catalogue.myRedemptions(0, 10))).extracting(Redemption::status)
                .containsExactly(RedemptionStatus.PENDING);
    }

    @Test
    void an_anonymous_visitor_asking_for_rewards_is_sent_to_login() {
        UI.getCurrent().navigate(RewardNavigation.REWARDS);
        _get(LoginView.class);
    }

    @Test
    void a_polish_member_reads_the_catalogue_in_polish() {
        var email = freshMember(Role.CUSTOMER, Language.PL);
        var member = user(people, email);
        as(staff, () -> rewards.award(member.personId(), 5, "Na start"));
        long id = reward("Tote bag", 500, 3);
        openRewards(member);
        assertThat(_get(Div.class, spec -> spec.withId("reward-" + id)).getElement().getTextRecursively())
                .contains("Tote bag PL", "Opisane po polsku", "500 punktów", "brakuje 495 punktów");
        assertThat(text("rewards-spendable")).isEqualTo("5 punktów");
        assertThat(catalogue.catalogue(0, 100)).extracting(RewardItem::id).contains(id);
    }
}
