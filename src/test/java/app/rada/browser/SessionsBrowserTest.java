package app.rada.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionSchedulingService;
import app.rada.shared.security.SystemActor;
import app.rada.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SessionsBrowserTest extends BrowserTest {

    private static final String LINK = "https://meet.example.com/rada-browser";

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long scheduled(String title, Instant start) {
        var staff = people.findLoginAccount("staff@rada.demo").orElseThrow().asUser();
        return SystemActor.callAs(staff, () -> {
            long id = scheduling.create(new SessionDraft(title, "We sketch the text message that confirms the address.",
                    "1. Your stories\n2. **Sketches**", SessionFormat.ONLINE, LINK, null, start,
                    start.plus(Duration.ofHours(2)), "Europe/Warsaw", 10, null, List.of(staff.personId()),
                    SessionAudience.ALL, List.of(), List.of(), List.of(), List.of()));
            scheduling.publish(id);
            return id;
        });
    }

    @Test
    void a_customer_registers_downloads_the_calendar_entry_and_cancels() throws Exception {
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        long id = scheduled("Address check by text, browser", start);
        loginAs("customer");
        open(page, "sessions");
        var link = page.locator("#sessions-upcoming").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Address check by text, browser"));
        assertThat(link).isVisible();
        assertThat(seriousAccessibilityViolations(page)).isEmpty();

        link.click();
        page.waitForURL(url -> url.endsWith("/sessions/" + id));
        waitForVaadin(page);
        assertThat(page.locator("#session-link")).not().containsText(LINK);
        page.locator("#session-register-button").click();
        assertThat(page.locator("#session-my-state")).containsText("You are registered.");
        assertThat(page.locator("#session-link")).containsText(LINK);
        assertThat(seriousAccessibilityViolations(page)).isEmpty();
        assertThat(state(id)).isEqualTo("REGISTERED");

        var download = page.waitForDownload(() -> page.locator("#session-ics").click());
        assertThat(download.suggestedFilename()).isEqualTo("session-" + id + ".ics");
        var text = Files.readString(download.path());
        var event = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponent(Component.VEVENT)
                .orElseThrow();
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).contains("session-" + id + "@rada");
        assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).contains("0");
        assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Address check by text, browser");
        assertThat(((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant()).isEqualTo(start);
        assertThat(text).contains("TZID=Europe/Warsaw", LINK);

        page.locator("#session-unregister").click();
        assertThat(page.locator("#session-my-state")).hasText("You are not registered.");
        assertThat(page.locator("#session-register-button")).isVisible();
        assertThat(state(id)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = 'customer@rada.demo' "
                + "and subject = ?", Integer.class, "Registration cancelled: Address check by text, browser")).isEqualTo(1);
    }

    private String state(long id) {
        long customer = people.findLoginAccount("customer@rada.demo").orElseThrow().personId();
        return jdbc.queryForObject("select state from design_session_registration where session_id = ? and person_id = ?",
                String.class, id, customer);
    }
}
