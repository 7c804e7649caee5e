package app.rada.demo;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDiscussionService;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.IdeaStatus;
import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo programme's board ballots, planned into the ideas' history: one that passed months ago and moved
 * the delivery ideas to Planned (staff answered them later), and a secret ranked ballot on the hotline opened
 * two days before installation and still open, so the demo board member can vote. Both carry a short
 * discussion. Staff and members act as themselves, through the services.
 */
@Component
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoBallots {

    /** How many days before installation the passed ballot opened; it closed early three days later. */
    static final double PASSED_DAYS_AGO = 292;

    private final BallotEditingService editing;
    private final BallotLifecycleService lifecycle;
    private final BallotVotingService voting;
    private final BallotDiscussionService discussion;
    private final PeopleService people;
    private final DemoData data;

    DemoBallots(BallotEditingService editing, BallotLifecycleService lifecycle, BallotVotingService voting,
                BallotDiscussionService discussion, PeopleService people, DemoData data) {
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.voting = voting;
        this.discussion = discussion;
        this.people = people;
        this.data = data;
    }

    /** The ballots as {@code ballots.yaml} in the programme's language describes them. */
    record Ballots(Ballot passed, Ballot open) {
    }

    /** A ballot's texts and the comments made on it, each by the login given. */
    record Ballot(String title, String question, String background, @Nullable List<String> options,
                  @Nullable String decision, List<Comment> comments, @Nullable String closing) {
    }

    record Comment(String author, String text) {
    }

    /** Plans both ballots into the timeline; the ideas they link are found by key when the step runs. */
    void plan(Timeline timeline, Map<String, Long> ideas) {
        var text = data.translated("ballots.yaml", Ballots.class);
        var staff = user("staff");
        var board = user("board");
        var ewa = user("ewa.lis");
        var piotr = user("piotr.mazur");
        var joanna = user("joanna.krawczyk");
        long[] ids = new long[2];

        // a ballot that passed: text the delivery address and a two-hour window before dispatch
        var passedText = text.passed();
        double opened = PASSED_DAYS_AGO;
        timeline.daysAgo(opened, () -> {
            var at = timeline.daysAgo(opened).truncatedTo(ChronoUnit.MINUTES);
            ids[0] = as(staff, () -> editing.create(new BallotDraft(passedText.title(), passedText.question(),
                    passedText.background(), BallotType.APPROVE_REJECT, List.of(), 0,
                    keys(ideas, "confirm-address", "sms-window"), at, at.plus(Duration.ofDays(7)), 50, 50, false,
                    ResultsVisibility.AFTER_CLOSE, IdeaStatus.PLANNED, passedText.decision())));
            as(staff, () -> open(ids[0]));
        });
        comments(timeline, opened - 0.3, () -> ids[0], passedText);
        timeline.daysAgo(opened - 0.5, () -> as(board, () -> voting.vote(ids[0], Choice.approve(Answer.YES), null)));
        timeline.daysAgo(opened - 1, () -> as(ewa, () -> voting.vote(ids[0], Choice.approve(Answer.YES), null)));
        timeline.daysAgo(opened - 1.8, () -> as(piotr, () -> voting.vote(ids[0], Choice.approve(Answer.YES), null)));
        timeline.daysAgo(opened - 2.5, () -> as(joanna, () -> voting.vote(ids[0], Choice.approve(Answer.ABSTAIN),
                null)));
        timeline.daysAgo(opened - 3, () -> as(staff, () -> closeEarly(ids[0], passedText.closing())));

        // a secret ranked ballot, still open: which hotline change first
        var openText = text.open();
        timeline.daysAgo(2, () -> {
            var at = timeline.daysAgo(2).truncatedTo(ChronoUnit.MINUTES);
            ids[1] = as(staff, () -> editing.create(new BallotDraft(openText.title(), openText.question(),
                    openText.background(), BallotType.RANKED, listed(openText.options()), 0,
                    keys(ideas, "hotline-early", "callback", "live-chat"), at,
                    timeline.installed().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES), 50, 0, true,
                    ResultsVisibility.AFTER_CLOSE, null, null)));
            as(staff, () -> open(ids[1]));
        });
        timeline.daysAgo(1.6, () -> as(ewa, () -> voting.vote(ids[1], Choice.ranked(List.of(0, 1, 2)), null)));
        timeline.daysAgo(0.9, () -> as(piotr, () -> voting.vote(ids[1], Choice.ranked(List.of(1, 0, 2)), null)));
        comments(timeline, 1.4, () -> ids[1], openText);
    }

    /** The ideas of these keys that exist. */
    private static List<Long> keys(Map<String, Long> ideas, String... keys) {
        var found = new ArrayList<Long>();
        for (var key : keys) {
            var id = ideas.get(key);
            if (id != null) {
                found.add(id);
            }
        }
        return found;
    }

    /** The discussion, a comment every few hours from the day given. */
    private void comments(Timeline timeline, double from, LongSupplier ballot, Ballot text) {
        double day = from;
        for (var comment : text.comments()) {
            var author = user(comment.author());
            timeline.daysAgo(day, () -> as(author, () -> comment(ballot.getAsLong(), comment.text())));
            day -= 0.15;
        }
    }

    private static <T> List<T> listed(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    private Void open(long id) {
        lifecycle.open(id);
        return null;
    }

    private Void closeEarly(long id, @Nullable String reason) {
        lifecycle.closeEarly(id, reason == null ? "" : reason);
        return null;
    }

    private Void comment(long id, String text) {
        discussion.comment(id, text);
        return null;
    }

    private RadaUser user(String login) {
        return people.findLoginAccount(login + DemoSettings.DOMAIN).orElseThrow().asUser();
    }

    private static <T> T as(RadaUser user, Supplier<T> work) {
        return SystemActor.callAs(user, work);
    }
}
