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

    /** One demo idea, by the demo member with this login, with as many voters as given. */
    record DemoIdea(String key, String author, String category, List<String> tags, Visibility visibility,
                    int voters) {
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

    DemoIdeas(IdeaService ideas, TriageService triage, IdeaCategoryService ideaCategories, StaffNoteService notes,
              IdeaAssignmentService assignment, DiscussionService discussion, PulseService pulse,
              PeopleService people, DemoSettings settings, DemoData data) {
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

    /** Creates the categories and ideas; returns the idea ids by key. */
    Map<String, Long> load() {
        var programme = data.read("ideas.yaml", Ideas.class);
        var english = data.inLanguage(Language.EN, "ideas.yaml", Texts.class);
        var polish = data.inLanguage(Language.PL, "ideas.yaml", Texts.class);
        var text = settings.language() == Language.PL ? polish : english;
        var categories = new HashMap<String, Long>();
        for (var key : programme.categories()) {
            CategoryOption option = ideaCategories.createCategory(key, english.categories().get(key),
                    polish.categories().get(key));
            categories.put(key, option.id());
        }
        var voters = new ArrayList<RadaUser>();
        for (var email : data.people().memberEmails()) {
            voters.add(user(email));
        }
        voters.add(user("board" + DemoSettings.DOMAIN));
        voters.add(user("customer" + DemoSettings.DOMAIN));
        var random = new Random(7);
        var ids = new HashMap<String, Long>();
        for (var idea : programme.ideas()) {
            var author = user(idea.author() + DemoSettings.DOMAIN);
            var written = text.ideas().get(idea.key());
            long id = as(author, () -> ideas.submit(new IdeaDraft(written.title(), written.text(),
                    categories.get(idea.category()), idea.tags(), idea.visibility(), null), List.of()));
            ids.put(idea.key(), id);
            var shuffled = new ArrayList<>(voters);
            Collections.shuffle(shuffled, random);
            shuffled.stream().filter(v -> v.personId() != author.personId()).limit(idea.voters())
                    .forEach(v -> as(v, () -> ideas.toggleVote(id)));
        }
        var staff = user("staff" + DemoSettings.DOMAIN);
        for (var comment : text.comments()) {
            as(user(comment.author() + DemoSettings.DOMAIN), () -> discussion.comment(ids.get(comment.idea()), null,
                    comment.text()));
        }
        as(staff, () -> {
            for (var answer : text.answers()) {
                triage.changeStatus(ids.get(answer.idea()), answer.status(), answer.text());
            }
            triage.merge(ids.get("call-before"), ids.get("confirm-address"));
            notes.addNote(ids.get("confirm-address"), text.triage().addressNote());
            assignment.assign(ids.get("confirm-address"), staff.personId(), text.triage().addressTeam());
            notes.addNote(ids.get("rude-courier"), text.triage().courierNote());
            return null;
        });
        // a member flags what looks like a duplicate; it waits in the staff's reports
        as(user("board" + DemoSettings.DOMAIN), () -> {
            discussion.report(ids.get("callback"), null, text.report());
            return null;
        });
        // members who asked for the done ideas say whether the fix worked
        var answers = List.of(PulseAnswer.YES, PulseAnswer.YES, PulseAnswer.PARTLY, PulseAnswer.YES, PulseAnswer.NO);
        for (var key : List.of("sms-window", "invoice-pdf")) {
            long id = ids.get(key);
            int n = 0;
            for (var voter : voters) {
                if (n >= answers.size()) {
                    break;
                }
                var choice = answers.get(n);
                boolean answered = Boolean.TRUE.equals(as(voter, () -> {
                    if (!pulse.canAnswerPulse(id)) {
                        return false;
                    }
                    pulse.answerPulse(id, choice, choice == PulseAnswer.PARTLY ? text.pulseComment() : null);
                    return true;
                }));
                if (answered) {
                    n++;
                }
            }
        }
        return ids;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private static <T> @Nullable T as(RadaUser user, Supplier<T> work) {
        return SystemActor.callAs(user, work);
    }
}
