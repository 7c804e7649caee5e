package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotType;
import app.rada.ballots.ResultsVisibility;
import app.rada.people.PeopleService;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BallotsBrowserTest extends BrowserTest {

    @Autowired
    BallotEditingService ballotEditing;

    @Autowired
    BallotLifecycleService ballotLifecycle;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long openBallot() {
        var staff = people.findLoginAccount("staff@rada.demo").orElseThrow().asUser();
        var now = Instant.now();
        return SystemActor.callAs(staff, () -> {
            long id = ballotEditing.create(new BallotDraft("Returns collected from home", "How should returns be collected?",
                    "Customers carry **washing machines** to the post office today.", BallotType.SINGLE_CHOICE,
                    List.of("Courier pick-up", "Drop-off points", "Both"), 0, List.of(), now,
                    now.plus(Duration.ofDays(3)), 50, 50, false, ResultsVisibility.LIVE, null, null));
            ballotLifecycle.open(id);
            return id;
        });
    }

    @Test
    void a_board_member_votes_after_confirming_and_a_customer_cannot_open_the_ballot() {
        long id = openBallot();
        loginAs("board");
        open(page, "ballots");
        assertThat(page.locator("#ballots-open")).containsText("Returns collected from home");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        open(page, "ballots/" + id);
        page.locator("#ballot-single vaadin-radio-button", new Page.LocatorOptions().setHasText("Drop-off points"))
                .click();
        page.locator("#ballot-cast").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vote").setExact(true)).click();
        assertThat(page.locator("#ballot-my-vote")).hasText("You voted: Drop-off points");
        assertThat(page.locator("#ballot-totals")).containsText("Drop-off points: 1 vote");
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        var board = people.findLoginAccount("board@rada.demo").orElseThrow().personId();
        assertThat(jdbc.queryForObject("select choice from ballot_vote where ballot_id = ? and person_id = ?",
                String.class, id, board)).isEqualTo("1");

        var customer = newContext("en-GB").newPage();
        login(customer, "customer@rada.demo", "demo");
        open(customer, "ballots/" + id);
        assertThat(customer.locator("body")).containsText("No access");
        assertThat(customer.locator("#ballot-cast")).hasCount(0);
        open(customer, "");
        assertThat(customer.locator("#main-nav")).not().containsText("Ballots");
    }
}
