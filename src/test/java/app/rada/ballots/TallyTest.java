package app.rada.ballots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every expected figure here was worked out by hand; the comments show the working. */
class TallyTest {

    private static List<Choice> answers(int yes, int no, int abstain) {
        var all = new ArrayList<Choice>();
        all.addAll(Collections.nCopies(yes, Choice.approve(Answer.YES)));
        all.addAll(Collections.nCopies(no, Choice.approve(Answer.NO)));
        all.addAll(Collections.nCopies(abstain, Choice.approve(Answer.ABSTAIN)));
        return all;
    }

    private static List<Choice> ranked(int copies, Integer... preference) {
        return Collections.nCopies(copies, Choice.ranked(List.of(preference)));
    }

    @Test
    void approve_passes_on_quorum_and_more_yes_than_the_threshold_with_abstentions_counting_for_turnout_only() {
        // 10 eligible, quorum 60 %: 7 voted (70 % ≥ 60 %); yes 4 of yes+no 6 = 66.7 % > 60 %
        var result = Tally.count(BallotType.APPROVE_REJECT, 0, 10, 60, 60, answers(4, 2, 1));
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result.quorumReached()).isTrue();
        assertThat(result.votes()).isEqualTo(7);
        assertThat(result.turnoutPercent()).isEqualTo(70.0);
        assertThat(result.yesPercent()).isEqualTo(66.7);
        assertThat(result.totals()).containsExactly(4L, 2L, 1L);
    }

    @Test
    void approve_exactly_at_the_threshold_fails_because_it_must_be_more() {
        // yes 3 of 6 = 50 %, threshold 50 %: 3·100 = 300 is not > 50·6 = 300
        var result = Tally.count(BallotType.APPROVE_REJECT, 0, 6, 50, 50, answers(3, 3, 0));
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.yesPercent()).isEqualTo(50.0);
    }

    @Test
    void approve_below_quorum_has_no_quorum_however_many_said_yes() {
        // 10 eligible, quorum 50 %: 4 voted, 40 % < 50 %
        var result = Tally.count(BallotType.APPROVE_REJECT, 0, 10, 50, 50, answers(4, 0, 0));
        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(result.quorumReached()).isFalse();
        // exactly at quorum counts: 5 of 10 = 50 %
        assertThat(Tally.count(BallotType.APPROVE_REJECT, 0, 10, 50, 50, answers(4, 0, 1)).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void approve_with_only_abstentions_fails() {
        assertThat(Tally.count(BallotType.APPROVE_REJECT, 0, 3, 50, 50, answers(0, 0, 3)).outcome())
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void single_choice_is_won_by_the_most_votes_and_a_shared_first_place_has_no_winner() {
        // options A B C; votes A, B, B, C, B → B 3
        var votes = List.of(Choice.single(0), Choice.single(1), Choice.single(1), Choice.single(2), Choice.single(1));
        var result = Tally.count(BallotType.SINGLE_CHOICE, 3, 5, 50, 50, votes);
        assertThat(result.totals()).containsExactly(1L, 3L, 1L);
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);

        // A 2, B 2, C 1 → tie
        var tied = List.of(Choice.single(0), Choice.single(1), Choice.single(0), Choice.single(1), Choice.single(2));
        var tie = Tally.count(BallotType.SINGLE_CHOICE, 3, 5, 50, 50, tied);
        assertThat(tie.tie()).isTrue();
        assertThat(tie.winner()).isNull();
        assertThat(tie.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void ranked_choice_runs_off_until_an_option_holds_more_than_half_of_the_continuing_ballots() {
        // options A(0) B(1) C(2), 9 ballots:
        //   4 × A>B>C, 3 × B>C>A, 2 × C>B>A
        // round 1: A 4, B 3, C 2 of 9 — nobody > 4.5; C fewest, eliminated
        // round 2: C's 2 go to B: A 4, B 5 of 9 — B > 4.5 wins
        var ballots = new ArrayList<Choice>();
        ballots.addAll(ranked(4, 0, 1, 2));
        ballots.addAll(ranked(3, 1, 2, 0));
        ballots.addAll(ranked(2, 2, 1, 0));
        var result = Tally.count(BallotType.RANKED, 3, 10, 50, 50, ballots);
        assertThat(result.rounds()).hasSize(2);
        assertThat(result.rounds().get(0).counts()).containsExactly(4L, 3L, 2L);
        assertThat(result.rounds().get(0).eliminated()).isEqualTo(2);
        assertThat(result.rounds().get(1).counts()).containsExactly(4L, 5L, -1L);
        assertThat(result.rounds().get(1).eliminated()).isNull();
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.totals()).containsExactly(4L, 3L, 2L);
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void ranked_tie_for_fewest_is_broken_by_fewer_first_preferences() {
        // options A(0) B(1) C(2) D(3), 10 ballots:
        //   4 × A, 3 × B>C, 2 × C>B, 1 × D>C
        // round 1: A 4, B 3, C 2, D 1 → D eliminated
        // round 2: D's ballot goes to C: A 4, B 3, C 3 — B and C tie for fewest;
        //          first preferences B 3, C 2 → C eliminated
        // round 3: C's 3 ballots: 2 × C>B go to B, D>C is exhausted: A 4, B 5 of 9 → B wins
        var ballots = new ArrayList<Choice>();
        ballots.addAll(ranked(4, 0));
        ballots.addAll(ranked(3, 1, 2));
        ballots.addAll(ranked(2, 2, 1));
        ballots.addAll(ranked(1, 3, 2));
        var result = Tally.count(BallotType.RANKED, 4, 10, 50, 50, ballots);
        assertThat(result.rounds()).extracting(BallotResult.Round::eliminated).containsExactly(3, 2, null);
        assertThat(result.rounds().get(1).counts()).containsExactly(4L, 3L, 3L, -1L);
        assertThat(result.rounds().get(2).counts()).containsExactly(4L, 5L, -1L, -1L);
        assertThat(result.rounds().get(2).continuing()).isEqualTo(9);
        assertThat(result.rounds().get(2).exhausted()).isEqualTo(1);
        assertThat(result.winner()).isEqualTo(1);
    }

    @Test
    void ranked_complete_tie_eliminates_the_option_listed_later() {
        // options A(0) B(1) C(2), 4 ballots: 2 × A>C, 2 × B>C; C has no first preference
        // round 1: A 2, B 2, C 0 → C eliminated (fewest)
        // round 2: A 2, B 2 of 4 — nobody > 2; tie in votes and in first preferences (2 and 2),
        //          B is listed after A → B eliminated
        // round 3: A is the last option left → A wins
        var ballots = new ArrayList<Choice>();
        ballots.addAll(ranked(2, 0, 2));
        ballots.addAll(ranked(2, 1, 2));
        var result = Tally.count(BallotType.RANKED, 3, 4, 50, 50, ballots);
        assertThat(result.rounds()).extracting(BallotResult.Round::eliminated).containsExactly(2, 1, null);
        assertThat(result.rounds().get(2).counts()).containsExactly(2L, -1L, -1L);
        assertThat(result.winner()).isEqualTo(0);
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void points_are_added_per_option_and_the_highest_total_wins() {
        // budget 100, options A B C:
        //   60/30/10, 20/50/30, 0/40/60 → A 80, B 120, C 100 → B
        var ballots = List.of(Choice.points(List.of(60, 30, 10)), Choice.points(List.of(20, 50, 30)),
                Choice.points(List.of(0, 40, 60)));
        var result = Tally.count(BallotType.POINTS, 3, 4, 75, 50, ballots);
        assertThat(result.totals()).containsExactly(80L, 120L, 100L);
        assertThat(result.winner()).isEqualTo(1);
        assertThat(result.quorumReached()).isTrue(); // 3 of 4 = 75 %
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);

        // 50/50/0 and 50/50/0 → A 100, B 100 → tie, no winner
        var tied = Tally.count(BallotType.POINTS, 3, 2, 50, 50,
                List.of(Choice.points(List.of(50, 50, 0)), Choice.points(List.of(50, 50, 0))));
        assertThat(tied.tie()).isTrue();
        assertThat(tied.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void a_choice_that_does_not_fit_the_ballot_is_refused() {
        Assertions.assertThatThrownBy(() -> Choice.points(List.of(50, 40, 0)).check(
                BallotType.POINTS, 3, 100)).hasMessage("ballots.problem.points");
        Assertions.assertThatThrownBy(() -> Choice.ranked(List.of(0, 0)).check(
                BallotType.RANKED, 3, 0)).hasMessage("ballots.problem.ranking");
        Assertions.assertThatThrownBy(() -> Choice.single(3).check(
                BallotType.SINGLE_CHOICE, 3, 0)).hasMessage("ballots.problem.choose-one");
        Assertions.assertThatThrownBy(() -> new Choice("MAYBE").check(
                BallotType.APPROVE_REJECT, 0, 0)).hasMessage("ballots.problem.choose-one");
        Choice.points(List.of(50, 50, 0)).check(BallotType.POINTS, 3, 100);
    }
}
