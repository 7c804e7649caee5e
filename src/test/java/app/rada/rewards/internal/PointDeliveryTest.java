package app.rada.rewards.internal;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.eventually;
import static app.rada.rewards.RewardTesting.ledgerRows;
import static app.rada.rewards.RewardTesting.user;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSubmitted;
import app.rada.ideas.Visibility;
import app.rada.people.LoginAccounts;
import app.rada.rewards.EntryKind;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.util.AopTestUtils;

/**
 * The same event never awards twice: neither when a listener is called again with it, nor when the event
 * publication registry delivers it again after a restart (an incomplete publication resubmitted).
 */
class PointDeliveryTest extends KaribuTest {

    @Autowired
    PointListeners listeners;

    @Autowired
    IdeaService ideas;

    @Autowired
    LoginAccounts people;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_event_handled_twice_writes_one_ledger_row_and_awards_once() {
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        long ideaId = as(member, () -> ideas.submit(new IdeaDraft("Delivered twice", "Same event again", null,
                List.of(), Visibility.MEMBERS, null), List.of()));
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED) == 1);

        var again = new IdeaSubmitted(ideaId, member.personId(), Visibility.MEMBERS, false);
        // the listener itself, without the asynchronous proxy, so both calls finish before the assertions
        PointListeners direct = AopTestUtils.getUltimateTargetObject(listeners);
        direct.on(again);
        direct.on(again);

        assertThat(ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select lifetime from reward_balance where person_id = ?", Integer.class,
                member.personId())).isEqualTo(10);
    }

    @Test
    void an_event_delivered_again_after_a_restart_completes_without_a_second_award() {
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        long ideaId = as(member, () -> ideas.submit(new IdeaDraft("Delivered after a restart",
                "The node went down before the completion was written", null, List.of(), Visibility.MEMBERS, null),
                List.of()));
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED) == 1);

        // what the registry holds when the node stops after the listener's work committed but before the
        // publication was marked complete: the same event for the same listener, still incomplete
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts)
                values (?, ?, ?, ?, ?, 'PUBLISHED', 1)""", id,
                "app.rada.rewards.internal.PointListeners.on(app.rada.ideas.IdeaSubmitted)",
                IdeaSubmitted.class.getName(),
                "{\"ideaId\":" + ideaId + ",\"authorId\":" + member.personId()
                        + ",\"visibility\":\"MEMBERS\",\"awaitingApproval\":false}",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))));

        // what the portal does on its next start (spring.modulith.events.republish-outstanding-events-on-restart)
        incomplete.resubmitIncompletePublications(publication -> publication.getIdentifier().equals(id));

        eventually(() -> jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class,
                id) == 0);
        assertThat(ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select lifetime from reward_balance where person_id = ?", Integer.class,
                member.personId())).isEqualTo(10);
    }
}
