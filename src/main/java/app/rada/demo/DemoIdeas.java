package app.rada.demo;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaAssignmentService;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.PulseAnswer;
import app.rada.ideas.PulseService;
import app.rada.ideas.StaffNoteService;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The demo programme's ideas: a home-appliance retailer's customers and a B2B service company's
 * clients suggest improvements, vote and follow. Members act as themselves, through the services.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoIdeas implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdeas.class);

    /** The ideas as {@code ideas.yaml} lists them, the same in every language. */
    record Ideas(List<String> categories, List<DemoIdea> ideas) {
    }

    /**
     * One demo idea, by the demo member with this login, with as many voters as given, submitted this many days
     * before installation and answered on the days listed (one per answer of the idea in the language file).
     */
    record DemoIdea(String key, String author, String category, List<String> tags, Visibility visibility,
                    int voters, double daysAgo, @Nullable List<Double> answered, @Nullable Double merged) {

        /** The days of the idea's answers; a file without them has staff answer every three days from submission. */
        List<Double> answerDays(int answers) {
            if (answered != null) {
                return answered;
            }
            var days = new ArrayList<Double>();
            for (int i = 1; i <= answers; i++) {
                days.add(Math.max(0, daysAgo - 3.0 * i));
            }
            return days;
        }
    }

    /** The texts of one language: category names, idea texts by key, comments, answers and triage notes. */
    record Texts(Map<String, String> categories, Map<String, Written> ideas, List<Comment> comments,
                 List<Answer> answers, Triage triage, String report, String pulseComment) {
    }

    record Written(String title, String text) {
    }

    /** A comment by a demo member on an idea. */
    record Comment(String idea, String author, String text) {
    }

    /** A staff answer moving an idea to a status. */
    record Answer(String idea, IdeaStatus status, String text) {
    }

    /** The notes staff keep on the address and courier ideas, and the team the address idea goes to. */
    record Triage(String addressNote, String addressTeam, String courierNote) {
    }

    private final IdeaService ideas;
    private final TriageService triage;
    private final IdeaCategoryService ideaCategories;
    private final StaffNoteService notes;
    private final IdeaAssignmentService assignment;
    private final DiscussionService discussion;
    private final PulseService pulse;
    private final PeopleService people;
    private final DemoSettings settings;
    private final DemoData data;
    private final DemoBallots ballots;
    private final Clock clock;

    DemoIdeas(IdeaService ideas, TriageService triage, IdeaCategoryService ideaCategories, StaffNoteService notes,
              IdeaAssignmentService assignment, DiscussionService discussion, PulseService pulse,
              PeopleService people, DemoSettings settings, DemoData data, DemoBallots ballots, Clock clock) {
        this.ideas = ideas;
        this.triage = triage;
        this.ideaCategories = ideaCategories;
        this.notes = notes;
        this.assignment = assignment;
        this.discussion = discussion;
        this.pulse = pulse;
        this.people = people;
        this.settings = settings;
        this.data = data;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (!ideaCategories.categories().isEmpty()) {
                return;
            }
            var created = load();
            log.info("Demo ideas loaded ({})", created.size());
        });
    }

    /**
     * Creates the categories, then plays the ideas' history in the order it happened: submissions, votes in the
     * weeks after, comments, staff answers days later (a few late), merges and notes, the board's ballots that
     * move ideas, and pulse answers after an idea is done. Returns the idea ids by key.
     */
    Map<String, Long> load() {
        var programme = data.read("ideas.yaml", Ideas.class);
        var english = data.inLanguage(Language.EN, "ideas.yaml", Texts.class);
        var polish = data.inLanguage(Language.PL, "ideas.yaml", Texts.class);
        var text = settings.language() == Language.PL ? polish : english;
        var timeline = new Timeline(Instant.now(clock));
        var categories = new HashMap<String, Long>();
        // the categories were set up before the first idea came in
        double first = programme.ideas().stream().mapToDouble(DemoIdea::daysAgo).max().orElse(0) + 1;
        Timeline.as(timeline.daysAgo(first), () -> {
            for (var key : programme.categories()) {
                CategoryOption option = ideaCategories.createCategory(key, english.categories().get(key),
                        polish.categories().get(key));
                categories.put(key, option.id());
            }
        });
        var voters = new ArrayList<RadaUser>();
        for (var email : data.people().memberEmails()) {
            voters.add(user(email));
        }
        voters.add(user("board" + DemoSettings.DOMAIN));
        voters.add(user("customer" + DemoSettings.DOMAIN));
        var random = new Random(7);
        var ids = new HashMap<String, Long>();
        var byKey = new HashMap<String, DemoIdea>();
        var staff = user("staff" + DemoSettings.DOMAIN);
        var answers = new HashMap<String, List<Answer>>();
        for (var answer : text.answers()) {
            answers.computeIfAbsent(answer.idea(), k -> new ArrayList<>()).add(answer);
        }
        for (var idea : programme.ideas()) {
            byKey.put(idea.key(), idea);
            var author = user(idea.author() + DemoSettings.DOMAIN);
            var written = text.ideas().get(idea.key());
            var submitted = timeline.daysAgo(idea.daysAgo());
            timeline.at(submitted, () -> ids.put(idea.key(), as(author, () -> ideas.submit(new IdeaDraft(
                    written.title(), written.text(), categories.get(idea.category()), idea.tags(), idea.visibility(),
                    null), List.of()))));
            var theirs = answers.getOrDefault(idea.key(), List.of());
            var answerDays = idea.answerDays(theirs.size());
            if (theirs.size() != answerDays.size()) {
                throw new IllegalStateException("Idea " + idea.key() + " has " + theirs.size() + " answers but "
                        + answerDays.size() + " answer days");
            }
            // votes come in the weeks after submission, before the idea is done or declined
            double lastVote = Math.max(0.05, idea.daysAgo() - 45);
            if (idea.merged() != null) {
                lastVote = Math.max(lastVote, idea.merged() + 0.1);
            }
            for (int i = 0; i < theirs.size(); i++) {
                double day = answerDays.get(i);
                if (day > idea.daysAgo()) {
                    throw new IllegalStateException("Idea " + idea.key() + " is answered before it is submitted");
                }
                var answer = theirs.get(i);
                if (answer.status().isClosed()) {
                    lastVote = Math.max(lastVote, day + 0.1);
                }
                // staff answer a couple of hours past the day given, so an answer never lands on the submission
                timeline.daysAgo(Math.max(0, day - 0.1), () -> as(staff, () -> {
                    triage.changeStatus(ids.get(idea.key()), answer.status(), answer.text());
                    return null;
                }));
            }
            var shuffled = new ArrayList<>(voters);
            Collections.shuffle(shuffled, random);
            double span = idea.daysAgo() - lastVote;
            var chosen = shuffled.stream().filter(v -> v.personId() != author.personId()).limit(idea.voters()).toList();
            for (var voter : chosen) {
                double day = Math.max(0, idea.daysAgo() - 0.05 - random.nextDouble() * Math.max(0, span - 0.05));
                timeline.daysAgo(day, () -> as(voter, () -> ideas.toggleVote(ids.get(idea.key()))));
            }
        }
        // comments in the days after the idea came in
        var commented = new HashMap<String, Integer>();
        for (var comment : text.comments()) {
            var idea = byKey.get(comment.idea());
            int n = commented.merge(comment.idea(), 1, Integer::sum);
            double day = Math.min(idea.daysAgo(), Math.max(0.02 * n, idea.daysAgo() - 0.6 * n - random.nextDouble() * 2));
            timeline.daysAgo(day, () -> as(user(comment.author() + DemoSettings.DOMAIN), () ->
                    discussion.comment(ids.get(comment.idea()), null, comment.text())));
        }
        // staff see that the courier idea is the address idea again, and keep notes on two of them
        var merged = byKey.get("call-before").merged();
        timeline.daysAgo(merged == null ? 0 : merged, () -> as(staff, () -> {
            triage.merge(ids.get("call-before"), ids.get("confirm-address"));
            return null;
        }));
        timeline.daysAgo(24, () -> as(staff, () -> {
            notes.addNote(ids.get("confirm-address"), text.triage().addressNote());
            assignment.assign(ids.get("confirm-address"), staff.personId(), text.triage().addressTeam());
            return null;
        }));
        timeline.daysAgo(byKey.get("rude-courier").daysAgo() - 1.5, () -> as(staff, () -> {
            notes.addNote(ids.get("rude-courier"), text.triage().courierNote());
            return null;
        }));
        // a member flags what looks like a duplicate; it waits in the staff's reports
        timeline.daysAgo(1, () -> as(user("board" + DemoSettings.DOMAIN), () -> {
            discussion.report(ids.get("callback"), null, text.report());
            return null;
        }));
        // the board's ballots, which move the ideas they decide on
        ballots.plan(timeline, ids);
        // members who asked for the done ideas say whether the fix worked, in the days after
        var choices = List.of(PulseAnswer.YES, PulseAnswer.YES, PulseAnswer.PARTLY, PulseAnswer.YES, PulseAnswer.NO);
        for (var key : List.of("invoice-pdf", "sms-window", "order-tracking")) {
            var idea = byKey.get(key);
            var days = idea.answerDays(answers.getOrDefault(key, List.of()).size());
            if (days.isEmpty()) {
                continue;
            }
            double done = days.getLast();
            var given = new int[1];
            for (int i = 0; i < voters.size(); i++) {
                var voter = voters.get(i);
                var choice = choices.get(i % choices.size());
                timeline.daysAgo(Math.max(0.01, done - 1 - 0.7 * (i % 8)), () -> as(voter, () -> {
                    long id = ids.get(key);
                    if (given[0] < choices.size() && pulse.canAnswerPulse(id) && pulse.myPulse(id).isEmpty()) {
                        given[0]++;
                        pulse.answerPulse(id, choice, choice == PulseAnswer.PARTLY ? text.pulseComment() : null);
                    }
                    return null;
                }));
            }
        }
        timeline.run();
        return ids;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private static <T> @Nullable T as(RadaUser user, Supplier<T> work) {
        return SystemActor.callAs(user, work);
    }
}
