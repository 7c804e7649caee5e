package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class PulseServiceTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    PulseService pulse;

    @Autowired
    JdbcTemplate jdbc;

    static void move(JdbcTemplate jdbc, long ideaId, IdeaStatus status, int daysAgo) {
        var at = Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo)));
        jdbc.update("update idea set status = ?, status_changed_at = ?, done_at = ? where id = ?", status.name(), at,
                status == IdeaStatus.DONE ? at : null, ideaId);
    }

    @Test
    void the_author_and_voters_of_a_done_idea_answer_once_and_may_change_their_answer() {
        var author = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = ideas.submit(new IdeaDraft("Pulse after done", "Did it help?", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        var voter = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.toggleVote(id);
        assertThat(pulse.canAnswerPulse(id)).isFalse();
        assertThatThrownBy(() -> pulse.answerPulse(id, PulseAnswer.YES, null))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("pulse.not-done"));
        move(jdbc, id, IdeaStatus.DONE, 0);
        assertThat(pulse.canAnswerPulse(id)).isTrue();
        pulse.answerPulse(id, PulseAnswer.NO, "Still slow");
        pulse.answerPulse(id, PulseAnswer.PARTLY, "Better, not perfect");
        assertThat(pulse.myPulse(id)).contains(PulseAnswer.PARTLY);
        login(author);
        pulse.answerPulse(id, PulseAnswer.YES, "  ");

        loginAs("staff");
        var results = pulse.pulseResults(id);
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.count(PulseAnswer.PARTLY)).isEqualTo(1);
        assertThat(results.count(PulseAnswer.YES)).isEqualTo(1);
        assertThat(results.count(PulseAnswer.NO)).isZero();
        assertThat(results.remarks()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Better, not perfect");
            assertThat(r.personId()).isEqualTo(voter.personId());
        });
    }

    @Test
    void a_member_who_neither_wrote_nor_voted_is_not_asked_and_cannot_read_the_results() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = ideas.submit(new IdeaDraft("Pulse refusal check", "Text", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        move(jdbc, id, IdeaStatus.DONE, 0);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThat(pulse.canAnswerPulse(id)).isFalse();
        assertThatThrownBy(() -> pulse.answerPulse(id, PulseAnswer.YES, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pulse.pulseResults(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_roadmap_lists_planned_in_progress_and_recently_done_ideas_members_may_see() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long planned = ideas.submit(new IdeaDraft("Roadmap planned check", "T", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        long hidden = ideas.submit(new IdeaDraft("Roadmap private check", "T", null, List.of(), Visibility.STAFF,
                null), List.of());
        long oldDone = ideas.submit(new IdeaDraft("Roadmap long done check", "T", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        long newDone = ideas.submit(new IdeaDraft("Roadmap new done check", "T", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        move(jdbc, planned, IdeaStatus.PLANNED, 0);
        move(jdbc, hidden, IdeaStatus.PLANNED, 0);
        move(jdbc, oldDone, IdeaStatus.DONE, 120);
        move(jdbc, newDone, IdeaStatus.DONE, 3);
        assertThat(pulse.roadmap(IdeaStatus.PLANNED, 0, 100)).extracting(RoadmapCard::id)
                .contains(planned).doesNotContain(hidden);
        assertThat(pulse.roadmap(IdeaStatus.DONE, 0, 100)).extracting(RoadmapCard::id)
                .contains(newDone).doesNotContain(oldDone);
        assertThat(pulse.roadmapCount(IdeaStatus.DONE)).isEqualTo(pulse.roadmap(IdeaStatus.DONE, 0, 100).size());
    }
}
