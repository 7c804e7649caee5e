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
import app.rada.shared.Language;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
    private final DemoSettings settings;
    private final Clock clock;

    DemoBallots(BallotEditingService editing, BallotLifecycleService lifecycle, BallotVotingService voting,
                BallotDiscussionService discussion, BallotReadingService reading, IdeaService ideas,
                PeopleService people, DemoSettings settings, Clock clock) {
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.voting = voting;
        this.discussion = discussion;
        this.reading = reading;
        this.ideas = ideas;
        this.people = people;
        this.settings = settings;
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

    void load() {
        boolean pl = settings.language() == Language.PL;
        var staff = user("staff");
        var board = user("board");
        var ewa = user("ewa.lis");
        var piotr = user("piotr.mazur");
        var joanna = user("joanna.krawczyk");
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);

        // a ballot that passed: text the delivery address and a two-hour window before dispatch
        var delivery = ideaIds("confirm-address", "sms-window");
        long passed = as(staff, () -> editing.create(new BallotDraft(
                pl ? "Potwierdzenie adresu i okna dostawy SMS-em" : "Confirm address and delivery window by text",
                pl ? "Czy przed wysyłką dużego sprzętu wysyłać SMS z prośbą o potwierdzenie adresu i z dwugodzinnym "
                        + "oknem dostawy?"
                        : "Before a large appliance is dispatched, should we text the customer to confirm the address "
                        + "and give a two-hour delivery window?",
                pl ? "Lodówka jednej z klientek pojechała na **adres z faktury** zamiast na adres dostawy. Kurier "
                        + "przyjeżdżał dwa razy, a infolinia nie przekazała informacji dalej.\n\n"
                        + "- SMS z adresem dzień przed wysyłką, z odpowiedzią TAK lub linkiem do zmiany\n"
                        + "- rano w dniu dostawy: dwugodzinne okno\n\nKoszt: około 0,12 zł za wiadomość."
                        : "One customer's fridge went to the **invoice address** instead of the delivery address. The "
                        + "courier came twice, and the hotline passed nothing on.\n\n"
                        + "- a text with the address the day before dispatch, answered YES or with a link to change it\n"
                        + "- on the morning of delivery: a two-hour window\n\nCost: about 3 cents per message.",
                BallotType.APPROVE_REJECT, List.of(), 0, delivery, now, now.plus(Duration.ofDays(7)), 50, 50, false,
                ResultsVisibility.AFTER_CLOSE, IdeaStatus.PLANNED,
                pl ? "Rada klientów poparła zmianę. Wprowadzamy SMS z potwierdzeniem adresu i oknem dostawy w "
                        + "pierwszym kwartale."
                        : "The advisory board backed the change. We will introduce the address check and the "
                        + "delivery window by text in the first quarter.")));
        as(staff, () -> open(passed));
        as(ewa, () -> comment(passed, pl ? "U nas w hotelu to by rozwiązało połowę problemów z dostawami pościeli."
                : "At our hotel this would solve half of our problems with linen deliveries."));
        as(piotr, () -> comment(passed, pl ? "Czy klient bez telefonu komórkowego dostanie e-mail?"
                : "Will a customer without a mobile phone get an e-mail instead?"));
        as(staff, () -> comment(passed, pl ? "Tak, wtedy wysyłamy e-mail z tym samym linkiem."
                : "Yes, they get an e-mail with the same link."));
        as(board, () -> voting.vote(passed, Choice.approve(Answer.YES), null));
        as(ewa, () -> voting.vote(passed, Choice.approve(Answer.YES), null));
        as(piotr, () -> voting.vote(passed, Choice.approve(Answer.YES), null));
        as(joanna, () -> voting.vote(passed, Choice.approve(Answer.ABSTAIN), null));
        as(staff, () -> closeEarly(passed, pl ? "Zagłosowali wszyscy członkowie rady."
                : "Every board member has voted."));

        // a secret ranked ballot, still open: which hotline change first
        var hotline = ideaIds("hotline-early", "callback", "live-chat");
        long open = as(staff, () -> editing.create(new BallotDraft(
                pl ? "Co najpierw poprawić w kontakcie z nami?" : "Which contact improvement comes first?",
                pl ? "Ułóż trzy propozycje w kolejności, w jakiej mamy je wprowadzać."
                        : "Put the three proposals in the order we should introduce them.",
                pl ? "Klienci B2B dzwonią przed 9:00 i nikt nie odbiera. Na jedną zmianę wystarczy budżetu w tym "
                        + "półroczu, na kolejne w następnym."
                        : "Business clients call before 9 a.m. and nobody answers. This half-year's budget covers one "
                        + "change; the others follow in the next.",
                BallotType.RANKED,
                pl ? List.of("Infolinia od 7:00", "Oddzwanianie zamiast czekania", "Czat na stronie produktu")
                        : List.of("Hotline from 7 a.m.", "Call back instead of waiting", "Chat on the product page"),
                0, hotline, now, now.plus(Duration.ofDays(5)), 50, 0, true, ResultsVisibility.AFTER_CLOSE, null,
                null)));
        as(staff, () -> open(open));
        as(ewa, () -> voting.vote(open, Choice.ranked(List.of(0, 1, 2)), null));
        as(piotr, () -> voting.vote(open, Choice.ranked(List.of(1, 0, 2)), null));
        as(joanna, () -> comment(open, pl ? "Nasze biuro rachunkowe zaczyna o 7. Infolinia od 7:00 to dla nas priorytet."
                : "Our accounting office starts at 7. A hotline from 7 a.m. matters most to us."));
        as(staff, () -> comment(open, pl ? "Wyniki pokażemy po zamknięciu; głosowanie jest tajne."
                : "Results show after closing; the ballot is secret."));
    }

    private List<Long> ideaIds(String... keys) {
        boolean pl = settings.language() == Language.PL;
        var wanted = new ArrayList<String>();
        for (var key : keys) {
            DemoIdeas.IDEAS.stream().filter(i -> i.key().equals(key)).findFirst()
                    .ifPresent(i -> wanted.add(pl ? i.titlePl() : i.titleEn()));
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

    private Void closeEarly(long id, String reason) {
        lifecycle.closeEarly(id, reason);
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
