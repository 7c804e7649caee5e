package app.rada.notifications.internal;

import static app.rada.rewards.RewardTesting.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.shared.EventRetryJob;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;

/**
 * Events reach the notice listeners at least once: again after a failure (the retry job) or a restart.
 * A notice is keyed by its cause, so however often an event arrives, the person is told once, in the app
 * and by e-mail.
 */
class NoticeDeliveryTest extends KaribuTest {

    private static final String LISTENER = "app.rada.notifications.internal.IdeaNotices.on(app.rada.ideas.IdeaCommented)";

    @Autowired
    IdeaNotices listener;

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    PeopleService people;

    @Autowired
    EventRetryJob retryJob;

    @Autowired
    JdbcTemplate jdbc;

    private RadaUser member() {
        return people.findLoginAccount(freshMember(Role.CUSTOMER, Language.EN)).orElseThrow().asUser();
    }

    private int mentions(RadaUser person) {
        return jdbc.queryForObject("select count(*) from notification where person_id = ? "
                + "and title_key = 'notifications.ideas.mentioned'", Integer.class, person.personId());
    }

    /** Mentions go out by e-mail at once by default. */
    private int mails(RadaUser person) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and kind = 'mentions'",
                Integer.class, person.email());
    }

    /** Publications of this comment's event to the idea notices that are not complete yet. */
    private int incomplete(long commentId) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id = ? "
                + "and completion_date is null and serialized_event like ?", Integer.class, LISTENER,
                "%\"commentId\":" + commentId + ",%");
    }

    @Test
    void the_same_comment_event_delivered_twice_more_writes_one_notice_and_one_mail() {
        var mentioned = member();
        var writer = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long idea = ideas.submit(new IdeaDraft("Mentioned once only", "Details", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        long comment = discussion.comment(idea, null, "What do you think, "
                + DiscussionService.mentionToken(new PersonName(mentioned.personId(), mentioned.name())) + "?");
        eventually(() -> mentions(mentioned) == 1);
        eventually(() -> incomplete(comment) == 0);

        // the listener itself, without the asynchronous proxy, so both calls finish before the assertions
        IdeaNotices direct = AopTestUtils.getUltimateTargetObject(listener);
        var again = new IdeaCommented(idea, comment, writer.personId(), null, List.of(mentioned.personId()));
        direct.on(again);
        direct.on(again);

        assertThat(mentions(mentioned)).isEqualTo(1);
        assertThat(mails(mentioned)).isEqualTo(1);
    }

    @Test
    void a_listener_that_failed_is_run_again_by_the_retry_job_and_tells_the_person_once() {
        var mentioned = member();
        // a stored preference the listener cannot read makes it fail, as a broken database would
        jdbc.update("insert into notification_preference (person_id, kind, channel) values (?, 'MENTIONS', 'BROKEN')",
                mentioned.personId());
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long idea = ideas.submit(new IdeaDraft("Mentioned after a failure", "Details", null, List.of(),
                Visibility.MEMBERS, null), List.of());
        long comment = discussion.comment(idea, null, "Over to you, "
                + DiscussionService.mentionToken(new PersonName(mentioned.personId(), mentioned.name())));

        eventually(() -> jdbc.queryForObject("select count(*) from event_publication where listener_id = ? "
                + "and completion_date is null and status = 'FAILED' and serialized_event like ?", Integer.class,
                LISTENER, "%\"commentId\":" + comment + ",%") == 1);
        assertThat(mentions(mentioned)).isZero();

        // the failure is mended; the job takes publications that have waited long enough
        jdbc.update("update notification_preference set channel = 'EMAIL_NOW' where person_id = ?",
                mentioned.personId());
        jdbc.update("update event_publication set publication_date = ? where listener_id = ? "
                + "and completion_date is null and serialized_event like ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), LISTENER,
                "%\"commentId\":" + comment + ",%");
        retryJob.resubmit();

        eventually(() -> incomplete(comment) == 0);
        eventually(() -> mentions(mentioned) == 1);
        retryJob.resubmit();
        assertThat(mentions(mentioned)).isEqualTo(1);
        assertThat(mails(mentioned)).isEqualTo(1);
    }
}
