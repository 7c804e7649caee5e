package app.rada.demo;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDiscussionService;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's board ballots: one that passed and moved the delivery ideas to Planned, and a
 * secret ranked ballot on the hotline that is still open, so the demo board member can vote. Both
 * carry a short discussion. Staff and members act as themselves, through the services.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoBallots implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBallots.class);

    private final BallotEditingService editing;
    private final BallotLifecycleService lifecycle;
    private final BallotVotingService voting;
    private final BallotDiscussionService discussion;
    private final BallotReadingService reading;
    private final IdeaService ideas;
    private final PeopleService people;
    private final DemoData data;
    private final Clock clock;

    DemoBallots(BallotEditingService editing, BallotLifecycleService lifecycle, BallotVotingService voting,
                BallotDiscussionService discussion, BallotReadingService reading, IdeaService ideas,
                PeopleService people, DemoData data, Clock clock) {
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.voting = voting;
        this.discussion = discussion;
        this.reading = reading;
        this.ideas = ideas;
        this.people = people;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (people.findLoginAccount("staff" + DemoSettings.DOMAIN).isEmpty()
                    || reading.count(BallotStatus.DRAFT) + reading.count(BallotStatus.OPEN)
                    + reading.count(BallotStatus.CLOSED) > 0) {
                return;
            }
            load();
            log.info("Demo ballots loaded");
        });
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

    void load() {
        var text = data.translated("ballots.yaml", Ballots.class);
        var staff = user("staff");
        var board = user("board");
        var ewa = user("ewa.lis");
        var piotr = user("piotr.mazur");
        var joanna = user("joanna.krawczyk");
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);

        // a ballot that passed: text the delivery address and a two-hour window before dispatch
        var delivery = ideaIds("confirm-address", "sms-window");
        var passedText = text.passed();
        long passed = as(staff, () -> editing.create(new BallotDraft(passedText.title(), passedText.question(),
                passedText.background(), BallotType.APPROVE_REJECT, List.of(), 0, delivery, now,
                now.plus(Duration.ofDays(7)), 50, 50, false, ResultsVisibility.AFTER_CLOSE, IdeaStatus.PLANNED,
                passedText.decision())));
        as(staff, () -> open(passed));
        comments(passed, passedText);
        as(board, () -> voting.vote(passed, Choice.approve(Answer.YES), null));
        as(ewa, () -> voting.vote(passed, Choice.approve(Answer.YES), null));
        as(piotr, () -> voting.vote(passed, Choice.approve(Answer.YES), null));
        as(joanna, () -> voting.vote(passed, Choice.approve(Answer.ABSTAIN), null));
        as(staff, () -> closeEarly(passed, passedText.closing()));

        // a secret ranked ballot, still open: which hotline change first
        var hotline = ideaIds("hotline-early", "callback", "live-chat");
        var openText = text.open();
        long open = as(staff, () -> editing.create(new BallotDraft(openText.title(), openText.question(),
                openText.background(), BallotType.RANKED, listed(openText.options()), 0, hotline, now,
                now.plus(Duration.ofDays(5)), 50, 0, true, ResultsVisibility.AFTER_CLOSE, null, null)));
        as(staff, () -> open(open));
        as(ewa, () -> voting.vote(open, Choice.ranked(List.of(0, 1, 2)), null));
        as(piotr, () -> voting.vote(open, Choice.ranked(List.of(1, 0, 2)), null));
        comments(open, openText);
    }

    private void comments(long ballot, Ballot text) {
        for (var comment : text.comments()) {
            as(user(comment.author()), () -> comment(ballot, comment.text()));
        }
    }

    private static <T> List<T> listed(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    private List<Long> ideaIds(String... keys) {
        var written = data.translated("ideas.yaml", DemoIdeas.Texts.class).ideas();
        var wanted = new ArrayList<String>();
        for (var key : keys) {
            var idea = written.get(key);
            if (idea != null) {
                wanted.add(idea.title());
            }
        }
        var found = new ArrayList<Long>();
        var cards = ideas.board(BoardFilter.all(), BoardSort.NEWEST, 0, 100);
        for (var title : wanted) {
            cards.stream().filter(c -> c.title().equals(title)).findFirst().ifPresent(c -> found.add(c.id()));
        }
        return found;
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
