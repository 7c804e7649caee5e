package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RewardsBrowserTest extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    RewardService rewards;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    @Test
    void a_member_redeems_a_reward_and_staff_approve_it() {
        var member = user("magdalena.wojcik@rada.demo");
        long reward = SystemActor.callAs(user("admin@rada.demo"), () -> catalogue.create(new RewardDraft(
                "Workshop tickets", "Bilety na warsztaty", "Two seats at our next appliance care workshop.",
                "Dwa miejsca na najbliższych warsztatach z pielęgnacji sprzętu.", 80, 3, true), null));
        SystemActor.callAs(user("staff@rada.demo"), () -> {
            rewards.award(member.personId(), 100, "Spoke at the customer day");
            return null;
        });

        login(page, member.email(), "demo");
        open(page, "rewards");
        var card = page.locator("#reward-" + reward);
        assertThat(card).containsText("Workshop tickets");
        assertThat(card).containsText("80 points");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Redeem Workshop tickets")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redeem").setExact(true)).click();
        assertThat(page.locator("#rewards-redemptions")).containsText("Waiting for the team");
        assertThat(page.locator("#rewards-spendable")).hasText(spendableAfter(member));
        assertThat(card).containsText("2 left");

        var staffContext = newContext("en-GB");
        var staff = staffContext.newPage();
        login(staff, "staff@rada.demo", "demo");
        open(staff, "staff/rewards");
        var approve = staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Approve Workshop tickets").setExact(true));
        approve.click();
        assertThat(staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Mark Workshop tickets as handed over").setExact(true))).isVisible();
        assertThat(seriousAccessibilityViolations(staff)).isEmpty();
        staffContext.close();

        assertThat(jdbc.queryForObject("select status from reward_redemption where item_id = ? and person_id = ?",
                String.class, reward, member.personId())).isEqualTo("APPROVED");
        open(page, "rewards");
        assertThat(page.locator("#rewards-redemptions")).containsText("Approved");
    }

    private String spendableAfter(RadaUser member) {
        int spendable = jdbc.queryForObject("select spendable from reward_balance where person_id = ?", Integer.class,
                member.personId());
        return spendable == 1 ? "1 point" : String.format(Locale.ENGLISH, "%,d points", spendable);
    }
}
