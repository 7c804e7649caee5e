package app.rada.notifications;

import static app.rada.rewards.RewardTesting.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice names an idea, so it reaches only people who may read that idea when it is written: not the
 * members of an idea merged into a staff-only one, not the followers of an idea its author made
 * staff-only, not a member mentioned on an idea that turned staff-only, not a deactivated person; and the daily digest checks again when it is sent. Each test
 * reads what an attacker with the database would: the notification rows and the outbox.
 */
class IdeaNoticeVisibilityTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    @Autowired
    NotificationService notifications;

    @Autowired
    DiscussionService discussion;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long idea(String title, Visibility visibility) {
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), visibility, null), List.of());
    }

    private RadaUser member(Role role) {
        return people.findLoginAccount(freshMember(role, Language.EN)).orElseThrow().asUser();
    }

    /** Every notice and every mail of the person, as text, to search for a title that must not be there. */
    private String everythingToldTo(RadaUser person) {
        var notices = jdbc.queryForList("select coalesce(title_key, '') || ' ' || coalesce(args, '') || ' ' || "
                + "coalesce(link, '') from notification where person_id = ?", String.class, person.personId());
        var mails = jdbc.queryForList("select subject || ' ' || body_text from outbox_mail where recipient = ?",
                String.class, person.email());
        return String.join("\n", notices) + "\n" + String.join("\n", mails);
    }

    private int count(RadaUser person, String titleKey) {
        return jdbc.queryForObject("select count(*) from notification where person_id = ? and title_key = ?",
                Integer.class, person.personId(), titleKey);
    }

    @Test
    void voters_and_followers_of_an_idea_merged_into_a_staff_only_idea_are_never_told_its_title() {
        var author = member(Role.CUSTOMER);
        var voter = member(Role.CUSTOMER);
        var follower = member(Role.CUSTOMER);
        var staffFollower = member(Role.STAFF);
        login(author);
        long duplicate = idea("Longer opening hours on Saturday", Visibility.MEMBERS);
        login(voter);
        ideas.toggleVote(duplicate);
        login(follower);
        ideas.follow(duplicate, true);
        login(staffFollower);
        ideas.follow(duplicate, true);
        loginAs("staff");
        long secret = idea("Staff-only plan to close the Mokotów branch", Visibility.STAFF);

        triage.merge(duplicate, secret);

        // staff may read the target and hear where the idea went
        eventually(() -> count(staffFollower, "notifications.ideas.merged") == 1);
        for (var member : List.of(author, voter, follower)) {
            eventually(() -> count(member, "notifications.ideas.merged-elsewhere") == 1);
            assertThat(count(member, "notifications.ideas.merged")).isZero();
        }

        // their votes and follows now sit on the staff-only idea; its answers and comments reach staff only
        triage.changeStatus(secret, IdeaStatus.PLANNED, "We will close it in spring.");
        eventually(() -> count(staffFollower, "notifications.ideas.status.planned") == 1);
        for (var member : List.of(author, voter, follower)) {
            assertThat(count(member, "notifications.ideas.status.planned")).isZero();
            assertThat(everythingToldTo(member)).doesNotContain("Mokotów").doesNotContain("ideas/" + secret);
        }
    }

    @Test
    void an_idea_its_author_made_staff_only_stops_reaching_members_who_follow_it_but_staff_still_hear() {
        var author = member(Role.CUSTOMER);
        var follower = member(Role.CUSTOMER);
        var staffFollower = member(Role.STAFF);
        login(author);
        long id = idea("Complaint about a named courier", Visibility.MEMBERS);
        login(follower);
        ideas.follow(id, true);
        login(staffFollower);
        ideas.follow(id, true);
        login(author);
        ideas.edit(id, new IdeaDraft("Complaint about a named courier", "Details", null, List.of(),
                Visibility.STAFF, null));

        loginAs("staff");
        triage.changeStatus(id, IdeaStatus.UNDER_REVIEW, "We are talking to the courier company.");

        eventually(() -> count(staffFollower, "notifications.ideas.status.under-review") == 1);
        // the author may read their own idea and is told
        eventually(() -> count(author, "notifications.ideas.status.under-review") == 1);
        assertThat(count(follower, "notifications.ideas.status.under-review")).isZero();
        assertThat(everythingToldTo(follower)).doesNotContain("named courier");
    }

    @Test
    void a_member_mentioned_in_a_comment_on_an_idea_that_turned_staff_only_is_not_told_and_a_colleague_is() {
        var customer = member(Role.CUSTOMER);
        var colleague = member(Role.STAFF);
        var writer = loginAsEmail(freshMember(Role.STAFF, Language.EN));
        long id = idea("Review of the Wola warehouse", Visibility.MEMBERS);
        long comment = discussion.comment(id, null, "Who should we ask?");
        ideas.edit(id, new IdeaDraft("Review of the Wola warehouse", "Details", null, List.of(), Visibility.STAFF,
                null));
        // the comment's event, naming both, reaches the listener only after the idea turned staff-only
        transactions.executeWithoutResult(status -> events.publishEvent(new IdeaCommented(id, comment,
                writer.personId(), null, List.of(customer.personId(), colleague.personId()))));

        eventually(() -> count(colleague, "notifications.ideas.mentioned") == 1);
        assertThat(count(customer, "notifications.ideas.mentioned")).isZero();
        assertThat(everythingToldTo(customer)).doesNotContain("Wola warehouse");
    }

    @Test
    void a_deactivated_follower_is_told_nothing() {
        var follower = member(Role.CUSTOMER);
        var active = member(Role.CUSTOMER);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Paper invoices on request", Visibility.MEMBERS);
        login(follower);
        ideas.follow(id, true);
        login(active);
        ideas.follow(id, true);
        loginAs("admin");
        people.deactivate(follower.personId());

        loginAs("staff");
        triage.changeStatus(id, IdeaStatus.PLANNED, "Coming in the next release.");

        eventually(() -> count(active, "notifications.ideas.status.planned") == 1);
        assertThat(count(follower, "notifications.ideas.status.planned")).isZero();
    }

    @Test
    void the_daily_digest_leaves_out_a_notice_about_an_idea_that_became_staff_only_since() {
        var follower = member(Role.CUSTOMER);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long hidden = idea("Digest item that turns staff-only", Visibility.MEMBERS);
        long visible = idea("Digest item that stays public", Visibility.MEMBERS);
        login(follower);
        ideas.follow(hidden, true);
        ideas.follow(visible, true);
        loginAs("staff");
        triage.changeStatus(hidden, IdeaStatus.PLANNED, "Planned.");
        triage.changeStatus(visible, IdeaStatus.PLANNED, "Planned too.");
        // ideas I follow arrive as a daily digest by default
        eventually(() -> count(follower, "notifications.ideas.status.planned") == 2);

        ideas.edit(hidden, new IdeaDraft("Digest item that turns staff-only", "Details", null, List.of(),
                Visibility.STAFF, null));
        SystemActor.run(notifications::sendDigests);

        var digests = jdbc.queryForList("select body_text from outbox_mail where recipient = ? and kind = 'digest'",
                String.class, follower.email());
        assertThat(digests).singleElement().satisfies(body -> assertThat(body)
                .contains("Digest item that stays public").doesNotContain("turns staff-only"));
    }
}
