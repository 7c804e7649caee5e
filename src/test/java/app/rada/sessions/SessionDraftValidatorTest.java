package app.rada.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Problem;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A draft's own rules, reported on the field that breaks them, with the figures their texts show. */
class SessionDraftValidatorTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static final Instant START = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);

    private static SessionDraft draft(String title, SessionFormat format, String link, String address, Instant end,
                                      String zone, int capacity, Instant deadline, SessionAudience audience) {
        return new SessionDraft(title, "", "", format, link, address, START, end, zone, capacity, deadline,
                List.of(), audience, List.of(), List.of(), List.of(), List.of());
    }

    private static SessionDraft good() {
        return draft("Returns at home", SessionFormat.ONLINE, "https://meet.example.com/x", null,
                START.plus(Duration.ofHours(2)), "Europe/Warsaw", 10, null, SessionAudience.ALL);
    }

    @Test
    void a_good_draft_has_no_problems() {
        assertThat(SessionDraftValidator.problems(validator, good())).isEmpty();
    }

    @Test
    void each_broken_rule_is_reported_on_its_field_with_the_services_key() {
        var problems = SessionDraftValidator.problems(validator, draft(" ", SessionFormat.HYBRID, "", "",
                START.minus(Duration.ofHours(1)), "Mars/Olympus", 0, START.plus(Duration.ofDays(1)),
                SessionAudience.CHOSEN));
        assertThat(problems.keySet()).containsExactly("title", "meetingUrl", "address", "endsAt", "timeZone",
                "capacity", "registrationDeadline", "organisationIds");
        assertThat(problems.get("title").key()).isEqualTo("sessions.problem.title");
        assertThat(problems.get("title").args()).containsExactly(SessionDraft.TITLE_MAX);
        assertThat(problems.get("meetingUrl").key()).isEqualTo("sessions.problem.link-needed");
        assertThat(problems.get("address").key()).isEqualTo("sessions.problem.address-needed");
        assertThat(problems.get("endsAt").key()).isEqualTo("sessions.problem.times");
        assertThat(problems.get("timeZone").args()).containsExactly("Mars/Olympus");
        assertThat(problems.get("capacity").key()).isEqualTo("sessions.problem.capacity");
        assertThat(problems.get("registrationDeadline").key()).isEqualTo("sessions.problem.deadline");
        assertThat(problems.get("organisationIds").key()).isEqualTo("sessions.problem.audience");
    }

    @Test
    void a_session_of_more_than_three_days_and_a_link_that_is_no_web_address_are_refused() {
        var problems = SessionDraftValidator.problems(validator, draft("Long", SessionFormat.ONLINE, "ftp://x",
                null, START.plus(Duration.ofDays(4)), "Europe/Warsaw", 5, null, SessionAudience.ALL));
        assertThat(problems.values()).extracting(Problem::key)
                .containsExactly("sessions.problem.link", "sessions.problem.too-long");
    }
}
