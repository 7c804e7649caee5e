package app.rada.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ballots.api.BallotAudiences;
import app.rada.ballots.internal.SecretBallotBox;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class BallotServiceTest extends KaribuTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    @Autowired
    BallotReadingService reading;

    @Autowired
    BallotDiscussionService discussion;

    @Autowired
    BallotExportService export;

    @Autowired
    BallotSchedulingService scheduling;


    @Autowired

    BallotAudiences audiences;

    @Autowired
    IdeaService ideas;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SecretBallotBox secretBox;

    static BallotDraft approve(String title, boolean secret, List<Long> ideaIds, IdeaStatus passStatus) {
        var now = Instant.now();
        return new BallotDraft(title, "Should we do it?", "Some **background**.", BallotType.APPROVE_REJECT,
                List.of(), 0, ideaIds, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 50, 50, secret,
                ResultsVisibility.AFTER_CLOSE, passStatus, passStatus == null ? null : "The board said yes.");
    }

    private long openBallot(BallotDraft draft) {
        loginAs("staff");
        long id = editing.create(draft);
        lifecycle.open(id);
        return id;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private Optional<String> voteAs(String email, long ballotId, Choice choice) {
        return SystemActor.callAs(user(email), () -> voting.vote(ballotId, choice, null));
    }

    @Test
    void staff_create_edit_and_open_a_ballot_which_freezes_the_board_of_the_day() {
        loginAs("staff");
        long id = editing.create(approve("Freeze check", false, List.of(), null));
        var changed = approve("Freeze check, edited", false, List.of(), null);
        editing.update(id, changed);
        assertThat(editing.draft(id).title()).isEqualTo("Freeze check, edited");
        assertThat(jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Long.class, id))
                .isZero();

        lifecycle.open(id);
        var frozen = jdbc.queryForList("select person_id from ballot_voter where ballot_id = ? order by person_id",
                Long.class, id);
        assertThat(frozen).isEqualTo(SystemActor.call(people::currentBoardMembers));
        assertThat(frozen).contains(user("board@rada.demo").personId(), user("ewa.lis@rada.demo").personId())
                .doesNotContain(user("customer@rada.demo").personId(), user("staff@rada.demo").personId());
        assertThat(events.stream(BallotOpened.class).filter(e -> e.ballotId() == id)).hasSize(1);
        assertThat(audiences.eligible(id)).isEqualTo(frozen);
        assertThatThrownBy(() -> editing.update(id, changed)).hasMessage("ballots.problem.fixed");

        // a board member appointed after opening is not among the voters
        var late = freshMember(Role.BOARD_MEMBER, Language.EN);
        assertThatThrownBy(() -> voteAs(late, id, Choice.approve(Answer.YES)))
                .hasMessage("ballots.problem.not-eligible");
    }

    @Test
    void a_draft_is_checked_before_it_is_saved() {
        loginAs("staff");
        var now = Instant.now();
        var noOptions = new BallotDraft("Options", "Which?", "", BallotType.SINGLE_CHOICE, List.of("Only one", " "), 0,
                List.of(), now, now.plus(Duration.ofDays(1)), 50, 50, false, ResultsVisibility.LIVE, null, null);
        assertThatThrownBy(() -> editing.create(noOptions)).hasMessage("ballots.problem.options");
        var backwards = new BallotDraft("Times", "When?", "", BallotType.APPROVE_REJECT, List.of(), 0, List.of(),
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)), 50, 50, false, ResultsVisibility.LIVE,
                null, null);
        assertThatThrownBy(() -> editing.create(backwards)).hasMessage("ballots.problem.times");
        var noBudget = new BallotDraft("Points", "How?", "", BallotType.POINTS, List.of("A", "B"), 0, List.of(), now,
                now.plus(Duration.ofDays(1)), 50, 50, false, ResultsVisibility.LIVE, null, null);
        assertThatThrownBy(() -> editing.create(noBudget)).hasMessage("ballots.problem.budget");
    }

    @Test
    void no_vote_before_opening_or_after_closing() {
        loginAs("staff");
        long draft = editing.create(approve("Not yet open", false, List.of(), null));
        assertThatThrownBy(() -> voteAs("board@rada.demo", draft, Choice.approve(Answer.YES)))
                .hasMessage("ballots.problem.not-open");

        long id = openBallot(approve("Closed already", false, List.of(), null));
        voteAs("board@rada.demo", id, Choice.approve(Answer.YES));
        loginAs("staff");
        lifecycle.closeEarly(id, "The proposal was withdrawn.");
        assertThatThrownBy(() -> voteAs("ewa.lis@rada.demo", id, Choice.approve(Answer.NO)))
                .hasMessage("ballots.problem.closed");
        assertThatThrownBy(() -> voteAs("board@rada.demo", id, Choice.approve(Answer.NO)))
                .hasMessage("ballots.problem.closed");
        assertThat(jdbc.queryForObject("select choice from ballot_vote where ballot_id = ?", String.class, id))
                .isEqualTo("YES");

        // past its closing time but before the job ran: refused as well
        long late = openBallot(approve("Past its time", false, List.of(), null));
        pastItsTime(late);
        assertThatThrownBy(() -> voteAs("board@rada.demo", late, Choice.approve(Answer.YES)))
                .hasMessage("ballots.problem.closed");
    }

    @Test
    void customers_and_staff_who_are_not_on_the_board_are_refused_by_the_service() {
        long id = openBallot(approve("Refusals", false, List.of(), null));
        assertThatThrownBy(() -> voteAs("customer@rada.demo", id, Choice.approve(Answer.YES)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> voteAs("staff@rada.demo", id, Choice.approve(Answer.YES)))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("customer");
        assertThatThrownBy(() -> reading.list(BallotStatus.OPEN, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.comment(id, "Let me in")).isInstanceOf(AccessDeniedException.class);
        loginAs("board");
        assertThatThrownBy(() -> editing.create(approve("Board cannot create", false, List.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.closeEarly(id, "Because")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.list(BallotStatus.DRAFT, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.exportCsv(id, Locale.ENGLISH, new StringWriter())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote where ballot_id = ?", Long.class, id)).isZero();
    }

    @Test
    void two_tabs_voting_at_once_leave_exactly_one_named_vote() throws Exception {
        long id = openBallot(approve("Two tabs, named", false, List.of(), null));
        var results = race(id, "ewa.lis@rada.demo", Choice.approve(Answer.YES), Choice.approve(Answer.NO));
        assertThat(results).allMatch(r -> r == null);
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote where ballot_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ? and has_voted = true",
                Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BALLOT_VOTED' and target_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BALLOT_VOTE_CHANGED' "
                + "and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void two_tabs_voting_at_once_in_a_secret_ballot_give_one_vote_and_one_receipt() throws Exception {
        long id = openBallot(approve("Two tabs, secret", true, List.of(), null));
        var results = race(id, "piotr.mazur@rada.demo", Choice.approve(Answer.YES), Choice.approve(Answer.NO));
        assertThat(results).filteredOn(r -> r != null && r.startsWith("receipt:")).hasSize(1);
        assertThat(results).filteredOn("problem:ballots.problem.receipt-needed"::equals).hasSize(1);
        assertThat(secretBox.choices(id)).hasSize(1);
    }

    /** Two votes by the same member released at the same moment; each result is null, a receipt or a problem. */
    private List<String> race(long ballotId, String email, Choice first, Choice second) throws Exception {
        var member = user(email);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<CompletableFuture<String>>();
            for (var choice : List.of(first, second)) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return SystemActor.callAs(member, () -> voting.vote(ballotId, choice, null))
                                .map(code -> "receipt:" + code).orElse(null);
                    } catch (Problem problem) {
                        return "problem:" + problem.key();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_secret_ballot_stores_choices_without_any_link_to_the_person() {
        long id = openBallot(approve("Secret storage", true, List.of(), null));
        var receipt = voteAs("joanna.krawczyk@rada.demo", id, Choice.approve(Answer.NO)).orElseThrow();
        voteAs("board@rada.demo", id, Choice.approve(Answer.YES));
        voteAs("ewa.lis@rada.demo", id, Choice.approve(Answer.YES));

        // the stored slots: the ballot, a slot number, a key id and a sealed envelope, one per eligible member;
        // sealed with a key the database does not hold, so equal choices and empty slots all look different
        long eligible = jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Long.class, id);
        var rows = jdbc.queryForList("select envelope from ballot_secret_slot where ballot_id = ?", String.class, id);
        // every envelope has the same length, and no envelope holds a choice in clear: neither as text nor
        // as the length-prefixed bytes a slot is sealed from (a chance match of four bytes is negligible)
        assertThat(rows).hasSize((int) eligible).doesNotHaveDuplicates()
                .allSatisfy(envelope -> assertThat(envelope).startsWith("e2:").hasSameSizeAs(rows.getFirst())
                        .doesNotContain("ABSTAIN"))
                .allSatisfy(envelope -> assertThat(Base64.getDecoder().decode(envelope.substring(3)))
                        .satisfies(bytes -> assertThat(indexOf(bytes, new byte[] {0, 2, 'N', 'O'})).isNegative())
                        .satisfies(bytes -> assertThat(indexOf(bytes, new byte[] {0, 3, 'Y', 'E', 'S'})).isNegative()));
        assertThat(secretBox.choices(id)).containsExactlyInAnyOrder("NO", "YES", "YES");
        // the voter rows say only that someone voted, and roughly when
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote where ballot_id = ?", Long.class, id)).isZero();
        var votedAt = jdbc.queryForList("select voted_at from ballot_voter where ballot_id = ? and has_voted = true",
                Timestamp.class, id);
        assertThat(votedAt).hasSize(3).allSatisfy(t -> assertThat(t.toInstant())
                .isEqualTo(t.toInstant().truncatedTo(ChronoUnit.HOURS)));
        // the audit log tells who voted, not what
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'BALLOT_VOTED' and target_id = ?",
                String.class, String.valueOf(id))).hasSize(3).allSatisfy(d -> assertThat(d).isNull());

        // the receipt shows the member their own vote and lets them change it
        var joanna = user("joanna.krawczyk@rada.demo");
        assertThat(SystemActor.callAs(joanna, () -> voting.checkReceipt(id, receipt.toLowerCase())))
                .contains(Choice.approve(Answer.NO));
        assertThatThrownBy(() -> voteAs("joanna.krawczyk@rada.demo", id, Choice.approve(Answer.YES)))
                .hasMessage("ballots.problem.receipt-needed");
        assertThatThrownBy(() -> SystemActor.callAs(joanna, () -> voting.vote(id, Choice.approve(Answer.YES),
                "AAAAA-AAAAA-AAAAA-AAAAA"))).hasMessage("ballots.problem.receipt-unknown");
        SystemActor.callAs(joanna, () -> voting.vote(id, Choice.approve(Answer.YES), receipt));
        assertThat(SystemActor.callAs(joanna, () -> voting.checkReceipt(id, receipt)))
                .contains(Choice.approve(Answer.YES));
        assertThat(secretBox.choices(id)).containsExactlyInAnyOrder("YES", "YES", "YES");
        // the portal reads the sealed choices to count them
        var result = SystemActor.callAs(user("staff@rada.demo"), () -> {
            lifecycle.closeEarly(id, "Counting the sealed votes.");
            return reading.details(id).result().orElseThrow();
        });
        assertThat(result.yes()).isEqualTo(3);
        assertThat(result.no()).isZero();
    }

    private void pastItsTime(long ballotId) {
        jdbc.update("update ballot set opens_at = ?, closes_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(2))), Timestamp.from(Instant.now().minusSeconds(1)),
                ballotId);
    }

    private long submitIdea(String title) {
        return SystemActor.callAs(user("customer@rada.demo"), () -> ideas.submit(new IdeaDraft(title,
                "Details of " + title, null, List.of(), Visibility.MEMBERS, null), List.of()));
    }

    @Test
    void a_passing_ballot_moves_its_ideas_through_triage_with_the_outcome_statement() {
        long first = submitIdea("Ballot moves me " + System.nanoTime());
        long second = submitIdea("Ballot moves me too " + System.nanoTime());
        long id = openBallot(approve("Moves ideas", false, List.of(first, second), IdeaStatus.PLANNED));
        voteAs("board@rada.demo", id, Choice.approve(Answer.YES));
        voteAs("ewa.lis@rada.demo", id, Choice.approve(Answer.YES));
        voteAs("piotr.mazur@rada.demo", id, Choice.approve(Answer.NO));
        assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, first)).isEqualTo("NEW");

        pastItsTime(id);
        SystemActor.call(scheduling::closeDue);

        for (long idea : List.of(first, second)) {
            assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, idea))
                    .isEqualTo("PLANNED");
            assertThat(jdbc.queryForObject("select body from idea_answer where idea_id = ?", String.class, idea))
                    .isEqualTo("The board said yes.");
            assertThat(events.stream(IdeaStatusChanged.class).filter(e -> e.ideaId() == idea))
                    .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(IdeaStatus.PLANNED));
        }
        loginAs("board");
        var details = reading.details(id);
        assertThat(details.status()).isEqualTo(BallotStatus.CLOSED);
        assertThat(details.outcome()).isEqualTo(Outcome.PASSED);
        var result = details.result().orElseThrow();
        assertThat(result.yes()).isEqualTo(2);
        assertThat(result.no()).isEqualTo(1);
        assertThat(result.votes()).isEqualTo(3);
        assertThat(events.stream(BallotClosed.class).filter(e -> e.ballotId() == id)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.PASSED));
        // names are shown after closing of a named ballot
        assertThat(reading.namedVotes(id)).extracting(v -> v.name().orElseThrow())
                .contains("Katarzyna Zielińska", "Ewa Lis", "Piotr Mazur");
    }

    @Test
    void a_choice_ballot_moves_only_the_idea_of_its_winning_option() {
        var author = user(freshMember(Role.CUSTOMER, Language.EN));
        var tag = System.nanoTime();
        long lockers = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Parcel lockers " + tag,
                "Details", null, List.of(), Visibility.MEMBERS, null), List.of()));
        long evenings = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Evening deliveries " + tag,
                "Details", null, List.of(), Visibility.MEMBERS, null), List.of()));
        var now = Instant.now();
        loginAs("staff");
        var unmatched = new BallotDraft("Which first?", "Which should we build first?", "", BallotType.SINGLE_CHOICE,
                List.of("Something else", "Another thing"), 0, List.of(lockers, evenings), now,
                now.plus(Duration.ofDays(2)), 50, 50, false, ResultsVisibility.AFTER_CLOSE, IdeaStatus.PLANNED, "Chosen.");
        assertThatThrownBy(() -> editing.create(unmatched)).hasMessage("ballots.problem.choice-ideas");

        // option titles match the ideas' titles however they are written
        long id = openBallot(new BallotDraft("Which first?", "Which should we build first?", "",
                BallotType.SINGLE_CHOICE, List.of("parcel  LOCKERS " + tag, "Evening deliveries " + tag), 0,
                List.of(lockers, evenings), now, now.plus(Duration.ofDays(2)), 0, 50, false,
                ResultsVisibility.AFTER_CLOSE, IdeaStatus.PLANNED, "The board chose this one first."));
        voteAs("board@rada.demo", id, Choice.single(1));
        voteAs("ewa.lis@rada.demo", id, Choice.single(1));
        voteAs("piotr.mazur@rada.demo", id, Choice.single(0));
        loginAs("staff");
        lifecycle.closeEarly(id, "Everyone has voted.");

        assertThat(reading.details(id).result().orElseThrow().winner()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, evenings))
                .isEqualTo("PLANNED");
        assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, lockers))
                .isEqualTo("NEW");
    }

    @Test
    void a_ballot_without_quorum_leaves_its_ideas_alone() {
        long idea = submitIdea("No quorum keeps me " + System.nanoTime());
        var draft = approve("No quorum", false, List.of(idea), IdeaStatus.PLANNED);
        var strict = new BallotDraft(draft.title(), draft.question(), draft.explanation(), draft.type(), List.of(), 0,
                draft.ideaIds(), draft.opensAt(), draft.closesAt(), 100, 50, false, ResultsVisibility.AFTER_CLOSE,
                IdeaStatus.PLANNED, "Yes");
        long id = openBallot(strict);
        voteAs("board@rada.demo", id, Choice.approve(Answer.YES));
        loginAs("staff");
        lifecycle.closeEarly(id, "Enough waiting.");
        assertThat(reading.details(id).outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(reading.details(id).closeReason()).isEqualTo("Enough waiting.");
        assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, idea)).isEqualTo("NEW");
    }

    @Test
    void the_clock_opens_drafts_at_their_time() {
        loginAs("staff");
        long id = editing.create(approve("Opens by itself", false, List.of(), null));
        jdbc.update("update ballot set opens_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), id);
        SystemActor.call(scheduling::openDue);
        assertThat(jdbc.queryForObject("select status from ballot where id = ?", String.class, id)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Long.class, id))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void reminders_go_48_and_24_hours_before_closing_to_those_who_have_not_voted_once_each() {
        long id = openBallot(approve("Reminded", false, List.of(), null));
        voteAs("board@rada.demo", id, Choice.approve(Answer.YES));
        var board = user("board@rada.demo").personId();
        var ewa = user("ewa.lis@rada.demo").personId();

        jdbc.update("update ballot set closes_at = ?, opened_at = ? where id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(47))),
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))), id);
        SystemActor.call(scheduling::sendReminders);
        SystemActor.call(scheduling::sendReminders);
        var first = events.stream(BallotReminderDue.class).filter(e -> e.ballotId() == id).toList();
        assertThat(first).singleElement().satisfies(e -> assertThat(e.hoursLeft()).isEqualTo(48));
        assertThat(audiences.notYetVoted(id)).contains(ewa).doesNotContain(board);

        jdbc.update("update ballot set closes_at = ? where id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(23))), id);
        SystemActor.call(scheduling::sendReminders);
        SystemActor.call(scheduling::sendReminders);
        var all = events.stream(BallotReminderDue.class).filter(e -> e.ballotId() == id).toList();
        assertThat(all).hasSize(2).last().satisfies(e -> assertThat(e.hoursLeft()).isEqualTo(24));
        assertThat(jdbc.queryForObject("select reminded_48h and reminded_24h from ballot where id = ?",
                Boolean.class, id)).isTrue();
    }

    @Test
    void the_csv_export_lists_turnout_totals_and_runoff_rounds_under_english_column_names() {
        long id = rankedBallotWithThreeVotes("Ranked export");
        loginAs("staff");
        var out = new StringWriter();
        export.exportCsv(id, Locale.ENGLISH, out);
        assertThat(out.toString().lines().findFirst()).hasValue("Section,Round,Figure or option,Value");
        assertThat(out.toString()).contains("turnout,,votes,3", "total,,Hotline from 7,1", "round,1,SMS window,1",
                "eliminated,1,Chat,", "round,2,SMS window,2", "winner,,SMS window,");
    }

    @Test
    void a_polish_reader_gets_the_results_csv_with_polish_column_names_and_the_same_section_codes() {
        long id = rankedBallotWithThreeVotes("Ranked export in Polish");
        loginAs("staff");
        var english = new StringWriter();
        export.exportCsv(id, Locale.ENGLISH, english);
        var polish = new StringWriter();
        export.exportCsv(id, Locale.forLanguageTag("pl"), polish);
        var lines = polish.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Sekcja,Runda,Wskaźnik lub opcja,Wartość");
        assertThat(lines).contains("turnout,,votes,3", "winner,,SMS window,");
        assertThat(lines.subList(1, lines.size())).isEqualTo(english.toString().lines().skip(1).toList());
    }

    private long rankedBallotWithThreeVotes(String title) {
        var now = Instant.now();
        long id = openBallot(new BallotDraft(title, "Which first?", "", BallotType.RANKED,
                List.of("Hotline from 7", "SMS window", "Chat"), 0, List.of(), now, now.plus(Duration.ofDays(2)), 50, 50,
                false, ResultsVisibility.LIVE, null, null));
        voteAs("board@rada.demo", id, Choice.ranked(List.of(0, 1, 2)));
        voteAs("ewa.lis@rada.demo", id, Choice.ranked(List.of(1, 0)));
        voteAs("piotr.mazur@rada.demo", id, Choice.ranked(List.of(2, 1, 0)));
        return id;
    }

    @Test
    void the_demo_programme_has_an_open_ballot_and_a_closed_one_that_moved_its_ideas_both_discussed() {
        var closed = jdbc.queryForObject("select id from ballot where title = 'Confirm address and delivery window by text'",
                Long.class);
        var open = jdbc.queryForObject("select id from ballot where title = 'Which contact improvement comes first?'",
                Long.class);
        assertThat(jdbc.queryForObject("select status || ' ' || outcome from ballot where id = ?", String.class, closed))
                .isEqualTo("CLOSED PASSED");
        // closing moved both ideas to Planned; in the months since, staff took them further
        assertThat(jdbc.queryForObject("select count(*) from ballot_idea b join idea_answer a on a.idea_id = b.idea_id "
                + "where b.ballot_id = ? and a.to_status = 'PLANNED'", Long.class, closed)).isEqualTo(2);
        assertThat(jdbc.queryForList("select i.status from ballot_idea b join idea i on i.id = b.idea_id "
                + "where b.ballot_id = ?", String.class, closed)).containsExactlyInAnyOrder("IN_PROGRESS", "DONE");
        assertThat(jdbc.queryForObject("select status from ballot where id = ?", String.class, open)).isEqualTo("OPEN");
        for (long id : List.of(closed, open)) {
            assertThat(jdbc.queryForObject("select count(*) from ballot_comment where ballot_id = ?", Long.class, id))
                    .isGreaterThanOrEqualTo(2);
        }
        // the demo board member can still vote in the open one
        assertThat(jdbc.queryForObject("select has_voted from ballot_voter where ballot_id = ? and person_id = ?",
                Boolean.class, open, user("board@rada.demo").personId())).isFalse();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
