package app.rada.rewards;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.eventually;
import static app.rada.rewards.RewardTesting.ledgerPoints;
import static app.rada.rewards.RewardTesting.ledgerRows;
import static app.rada.rewards.RewardTesting.publishedMap;
import static app.rada.rewards.RewardTesting.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVoteCast;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyService;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipChange;
import app.rada.people.MembershipService;
import app.rada.rewards.internal.Ledger;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.lang.reflect.RecordComponent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Points, caps and badges earned from what members do in the other modules, and staff's changes by hand. */
class RewardPointsTest extends KaribuTest {

    @Autowired
    RewardService rewards;

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AnnotationService annotations;

    @Autowired
    JourneyService journeys;

    @Autowired
    BallotEditingService ballotEditing;

    @Autowired
    BallotLifecycleService ballotLifecycle;

    @Autowired
    BallotVotingService ballotVoting;

    @Autowired
    LoginAccounts people;

    @Autowired
    MembershipService memberships;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcTemplate jdbc;

    RadaUser staff;
    RadaUser member;

    @BeforeEach
    void people() {
        staff = user(people, "staff@rada.demo");
        member = user(people, freshMember(Role.CUSTOMER, Language.EN));
    }

    private long idea(RadaUser author, String title) {
        return as(author, () -> ideas.submit(new IdeaDraft(title, "Described well enough", null, List.of(),
                Visibility.MEMBERS, null), List.of()));
    }

    private int lifetime(RadaUser who) {
        return as(who, () -> rewards.myPoints().lifetime());
    }

    @Test
    void submitting_an_idea_earns_its_points_and_the_first_idea_badge() {
        long ideaId = idea(member, "Text me the delivery window");
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED) == 1);
        assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select source_id from reward_entry where person_id = ? and kind = ?",
                Long.class, member.personId(), "IDEA_SUBMITTED")).isEqualTo(ideaId);
        eventually(() -> !as(member, () -> rewards.badges(member.personId())).isEmpty());
        assertThat(as(member, () -> rewards.badges(member.personId()))).extracting(EarnedBadge::badge)
                .containsExactly(Badge.FIRST_IDEA);
        assertThat(lifetime(member)).isEqualTo(10);
        assertThat(as(member, () -> rewards.myPoints().spendable())).isEqualTo(10);
    }

    @Test
    void planning_and_finishing_an_idea_earn_its_author_points_once_each_and_the_first_idea_done_badge() {
        long ideaId = idea(member, "Invoices as PDF and XML");
        as(staff, () -> triage.changeStatus(ideaId, IdeaStatus.PLANNED, "We will do it."));
        as(staff, () -> triage.changeStatus(ideaId, IdeaStatus.UNDER_REVIEW, null));
        as(staff, () -> triage.changeStatus(ideaId, IdeaStatus.PLANNED, null));
        as(staff, () -> triage.changeStatus(ideaId, IdeaStatus.DONE, "Done."));
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_DONE) == 1);
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_PLANNED) == 1
                && ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED) == 1);
        assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.IDEA_PLANNED)).isEqualTo(20);
        assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.IDEA_DONE)).isEqualTo(50);
        eventually(() -> as(member, () -> rewards.badges(member.personId())).size() == 2);
        assertThat(as(member, () -> rewards.badges(member.personId()))).extracting(EarnedBadge::badge)
                .contains(Badge.FIRST_IDEA, Badge.FIRST_IDEA_DONE);
        assertThat(lifetime(member)).isEqualTo(80);
        // staff moved it and earned nothing
        assertThat(jdbc.queryForObject("select count(*) from reward_entry where person_id = ?", Integer.class,
                staff.personId())).isZero();
    }

    @Test
    void a_vote_on_someone_elses_idea_earns_a_point_and_a_vote_on_ones_own_idea_earns_nothing() {
        var author = user(people, freshMember(Role.CUSTOMER, Language.EN));
        long theirs = idea(author, "Self-service returns portal");
        long mine = idea(member, "Return labels by e-mail");
        as(member, () -> ideas.toggleVote(mine));
        as(member, () -> ideas.toggleVote(theirs));
        // taking the vote back and giving it again earns nothing more
        as(member, () -> ideas.toggleVote(theirs));
        as(member, () -> ideas.toggleVote(theirs));
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_VOTED) == 1);
        // the self-vote's event has been handled: the submission of a later idea shows up after it
        long later = idea(member, "A later idea to wait for");
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_SUBMITTED) == 2);
        RewardTesting.settled(jdbc);
        assertThat(jdbc.queryForObject("select source_id from reward_entry where person_id = ? and kind = 'IDEA_VOTED'",
                Long.class, member.personId())).isEqualTo(theirs);
        assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.IDEA_VOTED)).isEqualTo(1);
        assertThat(later).isPositive();
    }

    @Test
    void votes_beyond_the_daily_cap_earn_nothing_more_that_day() {
        var ideaIds = new ArrayList<Long>();
        for (int i = 0; i < 12; i++) {
            ideaIds.add(idea(staff, "Staff proposal number " + i));
        }
        ideaIds.forEach(id -> as(member, () -> ideas.toggleVote(id)));
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.IDEA_VOTED) == 12);
        assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.IDEA_VOTED)).isEqualTo(10);
        assertThat(lifetime(member)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from reward_entry where person_id = ? and kind = 'IDEA_VOTED' "
                + "and lifetime_points = 0", Integer.class, member.personId())).isEqualTo(2);
    }

    @Test
    void an_admin_can_change_a_rule_and_its_cap_and_the_change_is_audited() {
        var admin = user(people, "admin@rada.demo");
        var before = as(admin, () -> rewards.rules()).stream().filter(r -> r.kind() == EntryKind.COMMENT_POSTED)
                .findFirst().orElseThrow();
        try {
            as(admin, () -> rewards.changeRule(EntryKind.COMMENT_POSTED, 3, 6));
            assertThat(as(member, () -> rewards.rules())).contains(new PointRule(EntryKind.COMMENT_POSTED, 3, 6));
            long ideaId = idea(staff, "Comment on this proposal");
            for (int i = 0; i < 3; i++) {
                int n = i;
                as(member, () -> discussion.comment(ideaId, null, "My remark number " + n));
            }
            eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.COMMENT_POSTED) == 3);
            assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.COMMENT_POSTED)).isEqualTo(6);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'POINT_RULE_CHANGED'",
                    Integer.class)).isPositive();
            assertThatThrownBy(() -> as(admin, () -> rewards.changeRule(EntryKind.COMMENT_POSTED, -1, null)))
                    .isInstanceOf(Problem.class);
            assertThatThrownBy(() -> as(staff, () -> rewards.changeRule(EntryKind.COMMENT_POSTED, 5, null)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            as(admin, () -> rewards.changeRule(EntryKind.COMMENT_POSTED, before.points(), before.dailyCap()));
        }
    }

    @Test
    void annotating_a_touchpoint_earns_points_and_annotating_every_stage_earns_the_whole_journey_badge() {
        var touchpoints = publishedMap(journeys, staff, "Ordering a fridge online", 3);
        for (int i = 0; i < touchpoints.size(); i++) {
            long touchpoint = touchpoints.get(i);
            as(member, () -> annotations.add(touchpoint, new AnnotationDraft(AnnotationKind.PAIN_POINT,
                    Emotion.FRUSTRATED, 4, 4, "The courier never called", null, true)));
            if (i == 1) {
                eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.ANNOTATION_ADDED) == 2);
                RewardTesting.settled(jdbc);
                assertThat(as(member, () -> rewards.badges(member.personId()))).isEmpty();
            }
        }
        eventually(() -> ledgerRows(jdbc, member.personId(), EntryKind.ANNOTATION_ADDED) == 3);
        assertThat(ledgerPoints(jdbc, member.personId(), EntryKind.ANNOTATION_ADDED)).isEqualTo(6);
        eventually(() -> as(member, () -> rewards.badges(member.personId())).stream()
                .anyMatch(b -> b.badge() == Badge.WHOLE_JOURNEY));
    }

    @Test
    void a_first_vote_in_a_ballot_earns_points_and_changing_it_earns_nothing_more() {
        var board = boardMember(LocalDate.now().minusDays(30), LocalDate.now().plusDays(30));
        long ballotId = openBallot("Points for a ballot", false);
        as(board, () -> ballotVoting.vote(ballotId, Choice.approve(Answer.YES), null));
        as(board, () -> ballotVoting.vote(ballotId, Choice.approve(Answer.NO), null));
        eventually(() -> ledgerRows(jdbc, board.personId(), EntryKind.BALLOT_VOTED) == 1);
        assertThat(ledgerPoints(jdbc, board.personId(), EntryKind.BALLOT_VOTED)).isEqualTo(5);
        // the event says who voted in which ballot, never what they chose
        assertThat(Arrays.stream(BallotVoteCast.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactly("ballotId", "personId");
    }

    @Test
    void a_member_who_voted_in_every_ballot_of_a_term_that_ended_gets_the_badge_and_one_who_missed_one_does_not() {
        var diligent = boardMember(LocalDate.now().minusDays(60), LocalDate.now().plusDays(1));
        var absent = boardMember(LocalDate.now().minusDays(60), LocalDate.now().plusDays(1));
        long first = openBallot("First ballot of the term", true);
        long second = openBallot("Second ballot of the term", false);
        as(diligent, () -> ballotVoting.vote(first, Choice.approve(Answer.YES), null));
        as(diligent, () -> ballotVoting.vote(second, Choice.approve(Answer.NO), null));
        as(absent, () -> ballotVoting.vote(first, Choice.approve(Answer.YES), null));
        // the term ended yesterday; both ballots opened during it
        var yesterday = LocalDate.now().minusDays(1);
        jdbc.update("update person set board_term_end = ? where id in (?, ?)", Date.valueOf(yesterday),
                diligent.personId(), absent.personId());
        jdbc.update("update ballot set opened_at = ? where id in (?, ?)",
                Timestamp.from(Instant.now().minus(Duration.ofDays(5))), first, second);

        int awarded = SystemActor.call(() -> rewards.awardTermBadges());
        assertThat(awarded).isPositive();
        assertThat(as(diligent, () -> rewards.badges(diligent.personId()))).extracting(EarnedBadge::badge)
                .contains(Badge.EVERY_BALLOT_OF_TERM);
        assertThat(as(absent, () -> rewards.badges(absent.personId()))).extracting(EarnedBadge::badge)
                .doesNotContain(Badge.EVERY_BALLOT_OF_TERM);
        // once only
        SystemActor.call(() -> rewards.awardTermBadges());
        assertThat(jdbc.queryForObject("select count(*) from reward_badge where person_id = ?", Integer.class,
                diligent.personId())).isEqualTo(1);
    }

    @Test
    void five_sessions_attended_earn_their_points_and_the_badge_once_the_sessions_listener_calls_the_ledger() {
        for (long session = 1; session <= 5; session++) {
            assertThat(ledger.earn(EntryKind.SESSION_ATTENDED, 9_000_000 + session, member.personId())).contains(15);
            if (session == 4) {
                assertThat(as(member, () -> rewards.badges(member.personId()))).isEmpty();
            }
        }
        assertThat(ledger.earn(EntryKind.PULSE_ANSWERED, 9_000_001, member.personId())).contains(3);
        assertThat(as(member, () -> rewards.badges(member.personId()))).extracting(EarnedBadge::badge)
                .containsExactly(Badge.FIVE_SESSIONS);
        assertThat(lifetime(member)).isEqualTo(78);
    }

    @Test
    void staff_collect_no_points_for_what_they_do() {
        assertThat(ledger.earn(EntryKind.IDEA_SUBMITTED, 9_100_000, staff.personId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from reward_entry where person_id = ?", Integer.class,
                staff.personId())).isZero();
    }

    @Test
    void staff_award_and_deduct_points_by_hand_with_a_reason_and_both_are_audited() {
        as(staff, () -> rewards.award(member.personId(), 40, "Spoke at our customer day"));
        as(staff, () -> rewards.deduct(member.personId(), 15, "Counted twice by mistake"));
        var points = as(member, () -> rewards.myPoints());
        assertThat(points.lifetime()).isEqualTo(25);
        assertThat(points.spendable()).isEqualTo(25);
        var history = as(member, () -> rewards.history(member.personId(), 0, 10));
        assertThat(history).extracting(LedgerEntry::detail)
                .containsExactly("Counted twice by mistake", "Spoke at our customer day");
        assertThat(jdbc.queryForList("select action from audit_entry where target_id = ? and action like 'POINTS_%' "
                + "order by id", String.class, Long.toString(member.personId())))
                .containsExactly("POINTS_AWARDED", "POINTS_DEDUCTED");

        assertThatThrownBy(() -> as(staff, () -> rewards.deduct(member.personId(), 26, "Too much")))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.deduct-too-much");
        assertThatThrownBy(() -> as(staff, () -> rewards.award(member.personId(), 10, "  ")))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.reason");
        assertThat(as(member, () -> rewards.myPoints()).lifetime()).isEqualTo(25);
    }

    @Test
    void a_negative_number_neither_adds_points_by_a_deduction_nor_takes_them_by_an_award() {
        as(staff, () -> rewards.award(member.personId(), 20, "Hosted a roundtable"));
        assertThatThrownBy(() -> as(staff, () -> rewards.deduct(member.personId(), -500, "Sneaky bonus")))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.manual-points");
        assertThatThrownBy(() -> as(staff, () -> rewards.award(member.personId(), -15, "Sneaky penalty")))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.manual-points");
        assertThatThrownBy(() -> as(staff, () -> rewards.deduct(member.personId(), 0, "Nothing")))
                .isInstanceOf(Problem.class).hasMessage("rewards.problem.manual-points");
        var points = as(member, () -> rewards.myPoints());
        assertThat(points.lifetime()).isEqualTo(20);
        assertThat(points.spendable()).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from reward_entry where person_id = ?", Integer.class,
                member.personId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_id = ? "
                + "and action like 'POINTS_%'", Integer.class, Long.toString(member.personId()))).isEqualTo(1);
    }

    @Test
    void a_customer_can_neither_award_points_nor_read_someone_elses_history() {
        var other = user(people, freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> as(member, () -> rewards.award(other.personId(), 100, "For me")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> rewards.history(other.personId(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> rewards.pointsOf(other.personId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> rewards.leaderboard(LeaderboardPeriod.ALL_TIME, 999_999L, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private RadaUser boardMember(LocalDate start, LocalDate end) {
        var board = user(people, freshMember(Role.BOARD_MEMBER, Language.EN));
        SystemActor.run(() -> {
            var details = memberships.details(board.personId());
            memberships.changeMembership(board.personId(), new MembershipChange(EnumSet.of(Role.BOARD_MEMBER),
                    details.organisationId(), start, end));
        });
        return board;
    }

    private long openBallot(String title, boolean secret) {
        var now = Instant.now();
        return as(staff, () -> {
            long id = ballotEditing.create(new BallotDraft(title, "Agree?", "", BallotType.APPROVE_REJECT, List.of(), 0,
                    List.of(), now, now.plus(Duration.ofDays(2)), 0, 50, secret, ResultsVisibility.AFTER_CLOSE, null,
                    null));
            ballotLifecycle.open(id);
            return id;
        });
    }
}
