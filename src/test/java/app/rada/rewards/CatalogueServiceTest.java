package app.rada.rewards;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.eventually;
import static app.rada.rewards.RewardTesting.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.LoginAccounts;
import app.rada.people.PrivacyService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.support.KaribuTest;
import app.rada.support.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The catalogue and redemptions: reserving at once, staff's steps, the refusals and the member's notices. */
class CatalogueServiceTest extends KaribuTest {

    /** A real image: what is stored is decoded and encoded again. */
    static final byte[] PNG = TestImages.png();

    @Autowired
    CatalogueService catalogue;

    @Autowired
    RewardService rewards;

    @Autowired
    LoginAccounts people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivacyService privacy;

    RadaUser admin;
    RadaUser staff;
    RadaUser member;

    @BeforeEach
    void people() {
        admin = user(people, "admin@rada.demo");
        staff = user(people, "staff@rada.demo");
        member = user(people, freshMember(Role.CUSTOMER, Language.EN));
    }

    private long reward(String name, int cost, int stock) {
        return as(admin, () -> catalogue.create(new RewardDraft(name, name + " (PL)", "A thing to have",
                "Rzecz, którą warto mieć", cost, stock, true), new ImageUpload("mug.png", PNG)));
    }

    private void give(RadaUser who, int points) {
        as(staff, () -> rewards.award(who.personId(), points, "For the tests"));
    }

    private List<String> notices(RadaUser who) {
        return jdbc.queryForList("select title_key from notification where person_id = ? and kind = 'REWARDS' "
                + "order by id", String.class, who.personId());
    }

    private int stock(long itemId) {
        return jdbc.queryForObject("select stock from reward_item where id = ?", Integer.class, itemId);
    }

    @Test
    void redeeming_reserves_the_points_and_one_item_at_once_and_staff_approve_and_hand_it_over() {
        long mug = reward("Rada mug", 30, 5);
        give(member, 50);
        long id = as(member, () -> catalogue.redeem(mug));

        var points = as(member, () -> rewards.myPoints());
        assertThat(points.spendable()).isEqualTo(20);
        assertThat(points.lifetime()).as("redeeming does not lower the rank").isEqualTo(50);
        assertThat(stock(mug)).isEqualTo(4);
        assertThat(as(member, () -> catalogue.myRedemptions(0, 10))).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RedemptionStatus.PENDING);
                    assertThat(r.cost()).isEqualTo(30);
                    assertThat(r.nameEn()).isEqualTo("Rada mug");
                });
        assertThat(as(member, () -> rewards.history(member.personId(), 0, 1))).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EntryKind.REDEEMED);
                    assertThat(e.spendablePoints()).isEqualTo(-30);
                    assertThat(e.detail()).isEqualTo("Rada mug");
                });

        assertThat(as(staff, () -> catalogue.queue(CatalogueService.OPEN, 0, 100))).extracting(Redemption::id)
                .contains(id);
        as(staff, () -> catalogue.approve(id));
        assertThatThrownBy(() -> as(staff, () -> catalogue.approve(id))).isInstanceOf(Problem.class)
                .hasMessage("rewards.problem.moved-on");
        as(staff, () -> catalogue.fulfil(id));
        assertThat(as(member, () -> catalogue.myRedemptions(0, 10))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RedemptionStatus.FULFILLED));
        assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'redemption' and target_id = ? "
                + "order by id", String.class, Long.toString(id)))
                .containsExactly("REDEMPTION_APPROVED", "REDEMPTION_FULFILLED");
        eventually(() -> notices(member).containsAll(List.of("notifications.rewards.requested",
                "notifications.rewards.approved", "notifications.rewards.fulfilled")));
    }

    @Test
    void a_rejected_redemption_gives_the_points_and_the_item_back_and_tells_the_member_why() {
        long voucher = reward("Coffee voucher", 40, 2);
        give(member, 40);
        long id = as(member, () -> catalogue.redeem(voucher));
        assertThat(stock(voucher)).isEqualTo(1);
        assertThatThrownBy(() -> as(staff, () -> catalogue.reject(id, " "))).isInstanceOf(Problem.class);
        as(staff, () -> catalogue.reject(id, "This voucher is only for shops in Poznań."));

        assertThat(as(member, () -> rewards.myPoints()).spendable()).isEqualTo(40);
        assertThat(stock(voucher)).isEqualTo(2);
        assertThat(as(member, () -> catalogue.myRedemptions(0, 10))).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RedemptionStatus.REJECTED);
            assertThat(r.note()).isEqualTo("This voucher is only for shops in Poznań.");
        });
        assertThatThrownBy(() -> as(staff, () -> catalogue.fulfil(id))).isInstanceOf(Problem.class);
        eventually(() -> notices(member).contains("notifications.rewards.rejected"));
        assertThat(jdbc.queryForObject("select args from notification where person_id = ? and title_key = ?",
                String.class, member.personId(), "notifications.rewards.rejected"))
                .contains("This voucher is only for shops in Poznań.");
    }

    @Test
    void a_member_is_refused_a_reward_without_enough_points_out_of_stock_or_withdrawn() {
        long dear = reward("Day at the factory", 500, 3);
        long gone = reward("Last tote bag", 10, 0);
        give(member, 100);
        assertThatThrownBy(() -> as(member, () -> catalogue.redeem(dear))).isInstanceOf(Problem.class)
                .hasMessage("rewards.problem.not-enough");
        assertThatThrownBy(() -> as(member, () -> catalogue.redeem(gone))).isInstanceOf(Problem.class)
                .hasMessage("rewards.problem.out-of-stock");
        as(admin, () -> catalogue.update(dear, new RewardDraft("Day at the factory", "Dzień w fabryce", "Visit",
                "Wizyta", 50, 3, false), null, false));
        assertThatThrownBy(() -> as(member, () -> catalogue.redeem(dear))).isInstanceOf(Problem.class)
                .hasMessage("rewards.problem.unavailable");
        assertThat(as(member, () -> catalogue.catalogue(0, 100))).extracting(RewardItem::id).doesNotContain(dear);
        assertThat(as(member, () -> rewards.myPoints()).spendable()).isEqualTo(100);
        assertThat(stock(dear)).isEqualTo(3);
        assertThat(as(member, () -> catalogue.countMyRedemptions())).isZero();
    }

    @Test
    void a_customer_cannot_approve_reject_or_hand_over_nor_keep_the_catalogue_nor_see_the_queue() {
        long mug = reward("Mug for the refusal", 10, 5);
        give(member, 10);
        long id = as(member, () -> catalogue.redeem(mug));
        assertThatThrownBy(() -> as(member, () -> catalogue.approve(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> catalogue.reject(id, "no"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> catalogue.fulfil(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> catalogue.queue(CatalogueService.OPEN, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff, () -> catalogue.create(new RewardDraft("x", "x", "x", "x", 1, 1, true), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, () -> catalogue.myRedemptions(0, 10))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RedemptionStatus.PENDING));
    }

    @Test
    void a_photo_is_stored_without_its_exif_and_gps_position() {
        var photo = TestImages.jpegWithGps();
        assertThat(TestImages.contains(photo, "Exif")).isTrue();
        long id = as(admin, () -> catalogue.create(new RewardDraft("Mug from the office", "Kubek z biura", "Photo",
                "Zdjęcie", 5, 10, true), new ImageUpload("IMG_2041.jpg", photo)));
        // read as someone with the database would
        var stored = jdbc.queryForObject("select image from reward_item where id = ?", byte[].class, id);
        assertThat(stored).isNotEmpty();
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.contains(stored, "GPS")).isFalse();
        assertThat(jdbc.queryForObject("select image_type from reward_item where id = ?", String.class, id))
                .isEqualTo("image/jpeg");
    }

    @Test
    void a_picture_is_checked_by_its_content_and_the_texts_by_their_limits() {
        var script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(new RewardDraft("Sticker", "Naklejka", "Shiny",
                "Błyszcząca", 5, 10, true), new ImageUpload("sticker.png", script)))).isInstanceOf(Problem.class)
                .hasMessage("rewards.problem.image-type");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(new RewardDraft("Sticker", " ", "Shiny",
                "Błyszcząca", 5, 10, true), null))).isInstanceOf(Problem.class).hasMessage("rewards.problem.name");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(new RewardDraft("Sticker", "Naklejka", "Shiny",
                "Błyszcząca", 0, 10, true), null))).isInstanceOf(Problem.class).hasMessage("rewards.problem.cost");
        long id = reward("Sticker pack", 5, 10);
        assertThat(as(member, () -> catalogue.image(id))).hasValueSatisfying(i ->
                assertThat(i.contentType()).isEqualTo("image/png"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REWARD_SAVED' and target_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void a_members_data_export_holds_their_ledger_and_redemptions_and_erasure_takes_them_off_the_leaderboard()
            throws IOException {
        long cap = reward("Baseball cap", 20, 4);
        give(member, 30);
        as(member, () -> catalogue.redeem(cap));
        var zip = as(member, () -> privacy.exportZip(member.personId()));
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            var json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"rewards\"", "\"ledger\"", "For the tests", "REDEEMED", "Baseball cap",
                    "\"dashboard\"");
        }
        as(member, () -> privacy.erase(member.personId(), member.email()));
        assertThat(jdbc.queryForObject("select hidden from reward_balance where person_id = ?", Boolean.class,
                member.personId())).isTrue();
        assertThat(as(staff, () -> rewards.pointsOf(member.personId()))).satisfies(p -> {
            assertThat(p.hidden()).isTrue();
            assertThat(p.rank()).as("no place on the leaderboard").isNull();
            assertThat(p.lifetime()).as("the ledger stays whole").isEqualTo(30);
        });
    }
}
