package app.rada.demo;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaAssignmentService;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaDraft;
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

    /** One demo idea in both languages, by the demo member with this e-mail name. */
    record DemoIdea(String key, String author, String category, String titleEn, String titlePl, String textEn,
                    String textPl, List<String> tags, Visibility visibility, int voters) {
    }

    static final List<String[]> CATEGORIES = List.of(
            new String[] {"delivery", "Delivery and installation", "Dostawa i montaż"},
            new String[] {"hotline", "Hotline and contact", "Infolinia i kontakt"},
            new String[] {"shop", "Online shop", "Sklep internetowy"},
            new String[] {"after-sales", "Returns and service", "Zwroty i serwis"},
            new String[] {"billing", "Invoices and payments", "Faktury i płatności"});

    static final List<DemoIdea> IDEAS = List.of(
            new DemoIdea("confirm-address", "customer", "delivery",
                    "Let me confirm the delivery address before dispatch",
                    "Potwierdzenie adresu dostawy przed wysyłką",
                    "My fridge went to the **invoice address** instead of the delivery address. A short message "
                            + "asking me to confirm where it goes would have saved two trips and a week.",
                    "Moja lodówka pojechała na **adres z faktury** zamiast na adres dostawy. Krótka wiadomość z "
                            + "prośbą o potwierdzenie adresu oszczędziłaby dwa kursy i tydzień czekania.",
                    List.of("address", "courier"), Visibility.MEMBERS, 14),
            new DemoIdea("call-before", "pawel.dudek", "delivery",
                    "The courier should call before delivering a large appliance",
                    "Kurier powinien zadzwonić przed dostawą dużego sprzętu",
                    "A call half an hour before arrival would let me be home and make room for a washing machine.",
                    "Telefon pół godziny przed przyjazdem pozwoliłby mi być w domu i zrobić miejsce na pralkę.",
                    List.of("courier"), Visibility.MEMBERS, 5),
            new DemoIdea("hotline-early", "joanna.krawczyk", "hotline",
                    "Answer the hotline from 7 a.m.",
                    "Infolinia czynna od 7:00",
                    "Our office starts at 7. Calls before 9 ring unanswered, so problems wait until our busiest hour.",
                    "Nasze biuro zaczyna pracę o 7. Telefony przed 9 nikt nie odbiera, więc sprawy czekają do "
                            + "najbardziej pracowitej godziny.",
                    List.of("hotline", "b2b"), Visibility.MEMBERS, 11),
            new DemoIdea("sms-window", "board", "delivery",
                    "Send a two-hour delivery window by text message",
                    "Dwugodzinne okno dostawy w SMS-ie",
                    "Knowing the whole day is not enough. A two-hour window on the morning of delivery would do.",
                    "Informacja o całym dniu to za mało. Wystarczyłoby dwugodzinne okno podane rano w dniu dostawy.",
                    List.of("courier", "sms"), Visibility.MEMBERS, 12),
            new DemoIdea("live-chat", "magdalena.wojcik", "shop",
                    "A chat with an adviser on the product page",
                    "Czat z doradcą na stronie produktu",
                    "Before buying an oven I had questions about its dimensions. A chat would have helped more than a "
                            + "contact form that answers after two days.",
                    "Przed zakupem piekarnika miałam pytania o wymiary. Czat pomógłby bardziej niż formularz, na "
                            + "który odpowiedź przychodzi po dwóch dniach.",
                    List.of("chat"), Visibility.MEMBERS, 7),
            new DemoIdea("pickup-return", "agnieszka.pietrzak", "after-sales",
                    "Collect returns from home",
                    "Odbiór zwrotów z domu",
                    "Carrying a microwave back to the store is hard without a car. A courier pickup would make returns "
                            + "fair for everyone.",
                    "Odniesienie mikrofalówki do sklepu bez samochodu jest trudne. Odbiór kurierem uczyniłby zwroty "
                            + "sprawiedliwymi dla wszystkich.",
                    List.of("returns", "courier"), Visibility.MEMBERS, 6),
            new DemoIdea("invoice-pdf", "lukasz.krol", "billing",
                    "The invoice PDF in my account right after purchase",
                    "Faktura PDF na koncie zaraz po zakupie",
                    "Our accounting needs invoices the same day. Today they arrive by post a week later.",
                    "Księgowość potrzebuje faktur tego samego dnia. Dziś przychodzą pocztą tydzień później.",
                    List.of("invoice", "b2b"), Visibility.MEMBERS, 9),
            new DemoIdea("installation", "ewa.lis", "delivery",
                    "Book installation together with the purchase",
                    "Rezerwacja montażu razem z zakupem",
                    "For a hotel kitchen we need the installer on the day of delivery, booked in one go.",
                    "Dla kuchni hotelowej potrzebujemy montażysty w dniu dostawy, zarezerwowanego za jednym razem.",
                    List.of("installation", "b2b"), Visibility.MEMBERS, 8),
            new DemoIdea("points-reviews", "michal.grabowski", "shop",
                    "Loyalty points for writing reviews",
                    "Punkty lojalnościowe za recenzje",
                    "I would write more reviews if they earned points towards the next purchase.",
                    "Pisałbym więcej recenzji, gdyby dawały punkty na kolejne zakupy.",
                    List.of("reviews"), Visibility.MEMBERS, 3),
            new DemoIdea("energy-filter", "natalia.jablonska", "shop",
                    "Filter appliances by energy class",
                    "Filtr sprzętu według klasy energetycznej",
                    "Energy costs matter to us. A filter by energy class would shorten the search a lot.",
                    "Koszty energii są dla nas ważne. Filtr według klasy energetycznej bardzo skróciłby szukanie.",
                    List.of("search"), Visibility.MEMBERS, 4),
            new DemoIdea("same-price", "zofia.majewska", "shop",
                    "The same price online and in the store",
                    "Ta sama cena w sklepie internetowym i stacjonarnym",
                    "The price on the shelf differed from the website. It felt unfair, even though staff fixed it.",
                    "Cena na półce różniła się od ceny na stronie. Poczułam się niesprawiedliwie potraktowana, "
                            + "choć obsługa to poprawiła.",
                    List.of("prices"), Visibility.MEMBERS, 5),
            new DemoIdea("rude-courier", "krzysztof.kaczmarek", "delivery",
                    "A courier was rude at my door",
                    "Niegrzeczny kurier pod moimi drzwiami",
                    "I would rather tell this to the team only: the courier on 3 November shouted at my elderly "
                            + "mother. Please look into it.",
                    "Wolę przekazać to tylko zespołowi: kurier 3 listopada krzyczał na moją starszą mamę. Proszę to "
                            + "sprawdzić.",
                    List.of("courier"), Visibility.STAFF, 0),
            new DemoIdea("real-answers", "piotr.mazur", "hotline",
                    "A real answer instead of an automatic thank-you",
                    "Prawdziwa odpowiedź zamiast automatycznego podziękowania",
                    "After a complaint I got only \"thank you for your message\". Tell me who handles it and when.",
                    "Po reklamacji dostałem tylko „dziękujemy za wiadomość”. Napiszcie, kto się tym zajmuje i kiedy.",
                    List.of("complaints"), Visibility.MEMBERS, 10),
            new DemoIdea("callback", "customer", "hotline",
                    "Call me back instead of keeping me on hold",
                    "Oddzwońcie zamiast trzymać mnie na linii",
                    "Twenty minutes of music is wasted time. Let me leave my number and get a call back.",
                    "Dwadzieścia minut muzyki to stracony czas. Pozwólcie zostawić numer i oddzwonić.",
                    List.of("hotline"), Visibility.MEMBERS, 7));

    /** A staff answer in both languages, moving an idea to a status. */
    record DemoAnswer(String idea, IdeaStatus status, String textEn, String textPl) {
    }

    static final List<DemoAnswer> ANSWERS = List.of(
            new DemoAnswer("confirm-address", IdeaStatus.UNDER_REVIEW,
                    "Thank you, and we are sorry about the fridge. We are checking with our couriers how an "
                            + "address check before dispatch could work.",
                    "Dziękujemy i przepraszamy za lodówkę. Sprawdzamy z firmami kurierskimi, jak mogłoby "
                            + "działać potwierdzanie adresu przed wysyłką."),
            new DemoAnswer("confirm-address", IdeaStatus.IN_PROGRESS,
                    "From December every order over 500 zł gets a message asking to confirm the delivery "
                            + "address. We are testing it in Kraków first.",
                    "Od grudnia przy każdym zamówieniu powyżej 500 zł wyślemy wiadomość z prośbą o "
                            + "potwierdzenie adresu dostawy. Najpierw testujemy to w Krakowie."),
            new DemoAnswer("hotline-early", IdeaStatus.PLANNED,
                    "The business hotline will answer from 7:00 starting next quarter. Two advisers move their "
                            + "shift earlier.",
                    "Infolinia dla firm będzie odbierać od 7:00 od następnego kwartału. Dwóch doradców zaczyna "
                            + "zmianę wcześniej."),
            new DemoAnswer("sms-window", IdeaStatus.DONE,
                    "Done: on the morning of delivery you now get a text with a two-hour window.",
                    "Gotowe: rano w dniu dostawy dostajesz SMS z dwugodzinnym oknem."),
            new DemoAnswer("invoice-pdf", IdeaStatus.DONE,
                    "Invoices now appear as PDF in your account within an hour of purchase.",
                    "Faktury pojawiają się teraz jako PDF na koncie w ciągu godziny od zakupu."),
            new DemoAnswer("live-chat", IdeaStatus.UNDER_REVIEW,
                    "We are comparing two chat tools and will ask the board which hours matter most.",
                    "Porównujemy dwa narzędzia do czatu i zapytamy radę, które godziny są najważniejsze."),
            new DemoAnswer("installation", IdeaStatus.PLANNED,
                    "Booking an installer at checkout is planned for the spring.",
                    "Rezerwacja montażysty przy zakupie jest zaplanowana na wiosnę."),
            new DemoAnswer("points-reviews", IdeaStatus.DECLINED,
                    "We will not pay for reviews: rewarded reviews are less trusted by other customers, and "
                            + "consumer law asks us to show which reviews were rewarded.",
                    "Nie będziemy płacić za recenzje: nagradzanym opiniom inni klienci ufają mniej, a prawo "
                            + "konsumenckie wymaga oznaczania takich opinii."),
            new DemoAnswer("same-price", IdeaStatus.UNDER_REVIEW,
                    "Prices are now synchronised every night; we are checking why shelf labels lag behind.",
                    "Ceny synchronizujemy teraz co noc; sprawdzamy, dlaczego etykiety na półkach się spóźniają."),
            new DemoAnswer("rude-courier", IdeaStatus.UNDER_REVIEW,
                    "We are very sorry. We have passed this to the courier company and will call you this week.",
                    "Bardzo przepraszamy. Przekazaliśmy sprawę firmie kurierskiej i zadzwonimy do Pana w tym "
                            + "tygodniu."),
            new DemoAnswer("real-answers", IdeaStatus.IN_PROGRESS,
                    "Every complaint will get the name of the person handling it and a date. We are rewriting "
                            + "the templates now.",
                    "Każda reklamacja dostanie imię osoby, która się nią zajmuje, i termin. Właśnie piszemy "
                            + "nowe szablony."));

    /** A comment in both languages by a demo member. */
    record DemoComment(String idea, String author, String textEn, String textPl) {
    }

    static final List<DemoComment> COMMENTS = List.of(
            new DemoComment("confirm-address", "ewa.lis", "Same here with a dishwasher for the hotel kitchen.",
                    "U nas to samo ze zmywarką do hotelowej kuchni."),
            new DemoComment("confirm-address", "pawel.dudek", "A text message would be enough, no app needed.",
                    "Wystarczyłby SMS, bez żadnej aplikacji."),
            new DemoComment("hotline-early", "piotr.mazur", "The clinic opens at 7:30, so this would help us too.",
                    "Klinika otwiera się o 7:30, więc nam też by to pomogło."),
            new DemoComment("callback", "agnieszka.pietrzak", "Yes, please, and tell me the expected time.",
                    "Tak, proszę, i z informacją, kiedy mniej więcej zadzwonicie."),
            new DemoComment("sms-window", "board", "It worked for my last order: the courier came within the window.",
                    "Zadziałało przy ostatnim zamówieniu: kurier przyjechał w podanym oknie."));

    private final IdeaService ideas;
    private final TriageService triage;
    private final IdeaCategoryService ideaCategories;
    private final StaffNoteService notes;
    private final IdeaAssignmentService assignment;
    private final DiscussionService discussion;
    private final PulseService pulse;
    private final PeopleService people;
    private final DemoSettings settings;

    DemoIdeas(IdeaService ideas, TriageService triage, IdeaCategoryService ideaCategories, StaffNoteService notes,
              IdeaAssignmentService assignment, DiscussionService discussion, PulseService pulse,
              PeopleService people, DemoSettings settings) {
        this.ideas = ideas;
        this.triage = triage;
        this.ideaCategories = ideaCategories;
        this.notes = notes;
        this.assignment = assignment;
        this.discussion = discussion;
        this.pulse = pulse;
        this.people = people;
        this.settings = settings;
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
        var categories = new HashMap<String, Long>();
        for (var c : CATEGORIES) {
            CategoryOption option = ideaCategories.createCategory(c[0], c[1], c[2]);
            categories.put(c[0], option.id());
        }
        boolean polish = settings.language() == Language.PL;
        var voters = new ArrayList<RadaUser>();
        for (var member : DemoTexts.MEMBERS) {
            voters.add(user(member.email()));
        }
        voters.add(user("board" + DemoSettings.DOMAIN));
        voters.add(user("customer" + DemoSettings.DOMAIN));
        var random = new Random(7);
        var ids = new HashMap<String, Long>();
        for (var idea : IDEAS) {
            var author = user(idea.author() + DemoSettings.DOMAIN);
            long id = as(author, () -> ideas.submit(new IdeaDraft(polish ? idea.titlePl() : idea.titleEn(),
                    polish ? idea.textPl() : idea.textEn(), categories.get(idea.category()), idea.tags(),
                    idea.visibility(), null), List.of()));
            ids.put(idea.key(), id);
            var shuffled = new ArrayList<>(voters);
            java.util.Collections.shuffle(shuffled, random);
            shuffled.stream().filter(v -> v.personId() != author.personId()).limit(idea.voters())
                    .forEach(v -> as(v, () -> ideas.toggleVote(id)));
        }
        var staff = user("staff" + DemoSettings.DOMAIN);
        for (var comment : COMMENTS) {
            as(user(comment.author() + DemoSettings.DOMAIN), () -> discussion.comment(ids.get(comment.idea()), null,
                    polish ? comment.textPl() : comment.textEn()));
        }
        as(staff, () -> {
            for (var answer : ANSWERS) {
                triage.changeStatus(ids.get(answer.idea()), answer.status(), polish ? answer.textPl() : answer.textEn());
            }
            triage.merge(ids.get("call-before"), ids.get("confirm-address"));
            notes.addNote(ids.get("confirm-address"), polish
                    ? "Logistyka: test w Krakowie do 15 grudnia, potem decyzja o całym kraju."
                    : "Logistics: Kraków trial until 15 December, then a decision for the whole country.");
            assignment.assign(ids.get("confirm-address"), staff.personId(), polish ? "Logistyka" : "Logistics");
            notes.addNote(ids.get("rude-courier"), polish
                    ? "Zgłoszone do firmy kurierskiej 4 listopada, numer sprawy KR-2291."
                    : "Reported to the courier company on 4 November, case KR-2291.");
            return null;
        });
        // a member flags what looks like a duplicate; it waits in the staff's reports
        as(user("board" + DemoSettings.DOMAIN), () -> {
            discussion.report(ids.get("callback"), null, polish
                    ? "Wygląda na tę samą prośbę co wcześniejsze otwarcie infolinii; może je połączyć?"
                    : "Looks like the same request as opening the hotline earlier; merge them?");
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
                    pulse.answerPulse(id, choice, choice == PulseAnswer.PARTLY ? (polish
                            ? "Okno jest, ale czasem przychodzi dopiero o 9." : "The window comes, but sometimes only at 9.")
                            : null);
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
