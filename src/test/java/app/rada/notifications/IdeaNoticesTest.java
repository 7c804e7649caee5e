package app.rada.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaMerged;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.i18n.Translations;
import app.rada.support.KaribuTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The loop closes: listeners run after commit, so each test waits for the notification rows. */
class IdeaNoticesTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    TriageService triage;

    @Autowired
    PeopleService people;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Translations translations;

    private long idea(String title) {
        return ideas.submit(new IdeaDraft(title, "Details", null, List.of(), Visibility.MEMBERS, null), List.of());
    }

    private List<Map<String, Object>> notices(long personId, String titleKey, int expected) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Map<String, Object>> rows;
        do {
            rows = jdbc.queryForList("select kind, title_key, link from notification where person_id = ? and title_key = ?",
                    personId, titleKey);
            if (rows.size() >= expected) {
                return rows;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return rows;
            }
        } while (Instant.now().isBefore(deadline));
        return rows;
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
    }

    @Test
    void a_comment_notifies_the_mentioned_member_and_the_author_but_not_the_commenter() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Notices for comments");
        var mentionedEmail = freshMember(Role.CUSTOMER, Language.EN);
        var mentioned = people.findLoginAccount(mentionedEmail).orElseThrow();
        var commenter = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        discussion.comment(id, null, "Have a look, "
                + DiscussionService.mentionToken(new PersonName(mentioned.personId(), mentioned.name())));
        assertThat(notices(mentioned.personId(), "notifications.ideas.mentioned", 1)).singleElement()
                .satisfies(n -> {
                    assertThat(n.get("kind")).isEqualTo("MENTIONS");
                    assertThat(n.get("link")).isEqualTo("ideas/" + id);
                });
        assertThat(notices(author.personId(), "notifications.ideas.commented", 1)).singleElement()
                .satisfies(n -> assertThat(n.get("kind")).isEqualTo("IDEAS_I_FOLLOW"));
        assertThat(notices(commenter.personId(), "notifications.ideas.commented", 0)).isEmpty();
        // the mentioned member hears once, as a mention, not again as a follower
        assertThat(notices(mentioned.personId(), "notifications.ideas.commented", 0)).isEmpty();
    }

    @Test
    void an_answered_status_change_reaches_the_audience_but_not_the_staff_member_and_done_asks_for_the_pulse() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Notices for status changes");
        var voter = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.toggleVote(id);
        var follower = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.follow(id, true);
        var staff = loginAs("staff");
        ideas.follow(id, true);
        jdbc.update("update idea set status = 'DONE' where id = ?", id);
        publish(new IdeaStatusChanged(id, IdeaStatus.IN_PROGRESS, IdeaStatus.DONE, true, staff.personId(), 0));
        for (var person : List.of(author, voter, follower)) {
            assertThat(notices(person.personId(), "notifications.ideas.status.done", 1)).singleElement()
                    .satisfies(n -> assertThat(n.get("link")).isEqualTo("ideas/" + id));
        }
        assertThat(notices(author.personId(), "notifications.ideas.pulse", 1)).singleElement()
                .satisfies(n -> assertThat(n.get("link")).isEqualTo("ideas/" + id + "?pulse"));
        assertThat(notices(voter.personId(), "notifications.ideas.pulse", 1)).hasSize(1);
        // a follower who did not vote is told, but not asked whether it solved their problem
        assertThat(notices(follower.personId(), "notifications.ideas.pulse", 0)).isEmpty();
        assertThat(notices(staff.personId(), "notifications.ideas.status.done", 0)).isEmpty();
    }

    @Test
    void a_status_change_without_an_answer_tells_nobody() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Quiet status change");
        var staff = loginAs("staff");
        publish(new IdeaStatusChanged(id, IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW, false, staff.personId(), 0));
        // a later, answered change proves the listener ran; the quiet one left nothing
        publish(new IdeaStatusChanged(id, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, true, staff.personId(), 0));
        assertThat(notices(author.personId(), "notifications.ideas.status.planned", 1)).hasSize(1);
        assertThat(notices(author.personId(), "notifications.ideas.status.under-review", 0)).isEmpty();
    }

    @Test
    void every_status_has_a_notification_title_in_both_languages() {
        for (var status : IdeaStatus.values()) {
            var key = "notifications.ideas.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertThat(translations.has(key, Language.EN)).as(key).isTrue();
            assertThat(translations.has(key, Language.PL)).as(key).isTrue();
        }
    }

    @Test
    void people_of_a_merged_idea_hear_where_it_went() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long duplicate = idea("Merged away idea");
        long target = idea("Idea that stays");
        publish(new IdeaMerged(duplicate, target, List.of(author.personId())));
        assertThat(notices(author.personId(), "notifications.ideas.merged", 1)).singleElement()
                .satisfies(n -> assertThat(n.get("link")).isEqualTo("ideas/" + target));
    }

    @Test
    void a_member_named_only_in_an_edit_is_told_and_one_named_before_is_not_told_twice() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Mentions added later");
        var first = people.findLoginAccount(freshMember(Role.CUSTOMER, Language.EN)).orElseThrow();
        var second = people.findLoginAccount(freshMember(Role.CUSTOMER, Language.EN)).orElseThrow();
        var firstToken = DiscussionService.mentionToken(new PersonName(first.personId(), first.name()));
        var secondToken = DiscussionService.mentionToken(new PersonName(second.personId(), second.name()));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long comment = discussion.comment(id, null, "Ask " + firstToken);
        assertThat(notices(first.personId(), "notifications.ideas.mentioned", 1)).hasSize(1);

        discussion.edit(comment, "Ask " + firstToken + " and " + secondToken);
        assertThat(notices(second.personId(), "notifications.ideas.mentioned", 1)).singleElement()
                .satisfies(n -> assertThat(n.get("link")).isEqualTo("ideas/" + id));
        assertThat(notices(first.personId(), "notifications.ideas.mentioned", 2)).hasSize(1);
    }

    @Test
    void the_author_of_a_pending_idea_hears_whether_staff_approved_or_rejected_it() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long approved = idea("Pending idea that is approved");
        long rejected = idea("Pending idea that is rejected");
        jdbc.update("update idea set moderation = 'PENDING', listed = false where id in (?, ?)", approved, rejected);
        var staff = loginAs("staff");
        triage.approve(approved);
        triage.reject(rejected, "It names a colleague; please write it without the name.");

        assertThat(notices(author.personId(), "notifications.ideas.approved", 1)).singleElement()
                .satisfies(n -> assertThat(n.get("link")).isEqualTo("ideas/" + approved));
        assertThat(notices(author.personId(), "notifications.ideas.rejected", 1)).singleElement()
                .satisfies(n -> assertThat(n.get("link")).isEqualTo("ideas/" + rejected));
        assertThat(jdbc.queryForObject("select count(*) from notification where person_id = ? and title_key in "
                + "('notifications.ideas.approved', 'notifications.ideas.rejected')", Integer.class, staff.personId()))
                .isZero();
    }
}
