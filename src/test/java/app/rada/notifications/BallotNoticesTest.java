package app.rada.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.BallotType;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BallotNoticesTest extends KaribuTest {

    @Autowired
    BallotEditingService ballotEditing;

    @Autowired
    BallotLifecycleService ballotLifecycle;

    @Autowired
    BallotVotingService ballotVoting;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private List<String> noticesOf(long personId, long ballotId) throws InterruptedException {
        List<String> keys = List.of();
        // listeners run after commit, on another thread
        for (int i = 0; i < 100; i++) {
            keys = jdbc.queryForList("select title_key from notification where person_id = ? and link = ? "
                    + "and kind = 'BALLOTS' order by id", String.class, personId, "ballots/" + ballotId);
            if (keys.size() >= 2) {
                break;
            }
            Thread.sleep(100);
        }
        return keys;
    }

    @Test
    void board_members_hear_that_a_ballot_opened_and_how_it_ended_and_customers_hear_nothing() throws Exception {
        var now = Instant.now();
        long id = SystemActor.callAs(user("staff@rada.demo"), () -> {
            long created = ballotEditing.create(new BallotDraft("Notice check", "Yes?", "", BallotType.APPROVE_REJECT,
                    List.of(), 0, List.of(), now, now.plus(Duration.ofDays(1)), 0, 50, false,
                    ResultsVisibility.AFTER_CLOSE, null, null));
            ballotLifecycle.open(created);
            return created;
        });
        SystemActor.callAs(user("ewa.lis@rada.demo"), () -> ballotVoting.vote(id, Choice.approve(Answer.YES), null));
        SystemActor.callAs(user("staff@rada.demo"), () -> {
            ballotLifecycle.closeEarly(id, "Checked.");
            return null;
        });
        // the two listeners run on their own threads after each commit, so either may write first
        assertThat(noticesOf(user("joanna.krawczyk@rada.demo").personId(), id))
                .containsExactlyInAnyOrder("notifications.ballots.opened", "notifications.ballots.closed.passed");
        assertThat(jdbc.queryForObject("select count(*) from notification where person_id = ? and link = ?",
                Long.class, user("customer@rada.demo").personId(), "ballots/" + id)).isZero();
    }
}
