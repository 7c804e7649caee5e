package app.rada.demo;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's journey maps: the home-appliance retailer's online purchase and the B2B
 * service company's contract, service and repair. Members of every segment annotate them as
 * themselves (about a hundred annotations per map, the same on every start) and say "me too".
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoJourneys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);

    /** Text in English and Polish. */
    record T(String en, String pl) {
        String in(boolean polish) {
            return polish ? pl : en;
        }
    }

    /** Something a member might say about a touchpoint. */
    record Note(AnnotationKind kind, Emotion emotion, T text) {
    }

    /** A touchpoint with how many annotations it gathers and what members say there. */
    record Point(T name, T description, TouchpointChannel channel, T front, T back, int annotations,
                 List<Note> notes) {
    }

    record Phase(T name, T goal, List<Point> points) {
    }

    record Map(T title, T description, T persona, List<Phase> phases) {
    }

    private static T t(String en, String pl) {
        return new T(en, pl);
    }

    private static Note n(AnnotationKind kind, Emotion emotion, String en, String pl) {
        return new Note(kind, emotion, t(en, pl));
    }

    static final Map RETAIL = new Map(
            t("Buying a home appliance online", "Zakup sprzętu AGD przez internet"),
            t("From the first newsletter to the fridge standing in the kitchen: how a household buys a large "
                    + "appliance in our web shop.",
                    "Od pierwszego newslettera do lodówki stojącej w kuchni: jak gospodarstwo domowe kupuje duży "
                            + "sprzęt w naszym sklepie internetowym."),
            t("Households and small firms buying online", "Gospodarstwa domowe i małe firmy kupujące online"),
            List.of(
                    new Phase(t("Before purchase", "Przed zakupem"),
                            t("Find an appliance that fits the kitchen and the budget",
                                    "Znaleźć sprzęt, który pasuje do kuchni i budżetu"),
                            List.of(
                                    new Point(t("Newsletter and promotions", "Newsletter i promocje"),
                                            t("Weekly e-mail with offers", "Cotygodniowy e-mail z ofertami"),
                                            TouchpointChannel.EMAIL, t("Marketing", "Marketing"), t("CRM", "CRM"), 6,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.CALM,
                                                            "The energy-class discount reached me just in time.",
                                                            "Rabat na klasę energetyczną trafił do mnie w sam raz."),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED,
                                                            "Three mails a week about the same oven.",
                                                            "Trzy maile w tygodniu o tym samym piekarniku."))),
                                    new Point(t("Online reviews", "Opinie w internecie"),
                                            t("Ratings and reviews on product pages", "Oceny i recenzje na stronach produktów"),
                                            TouchpointChannel.WEB, t("E-commerce", "E-commerce"),
                                            t("Product management", "Zarządzanie produktem"), 7,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.CONFIDENT,
                                                            "Honest reviews with photos helped me choose.",
                                                            "Szczere opinie ze zdjęciami pomogły mi wybrać."),
                                                    n(AnnotationKind.QUESTION, Emotion.CONFUSED,
                                                            "Are negative reviews moderated away?",
                                                            "Czy negatywne opinie są usuwane?"))),
                                    new Point(t("Social media", "Media społecznościowe"),
                                            t("Questions asked on the company's profile", "Pytania zadawane na profilu firmy"),
                                            TouchpointChannel.SOCIAL_MEDIA, t("Social media team", "Zespół social media"),
                                            t("Customer service", "Obsługa klienta"), 6,
                                            List.of(n(AnnotationKind.HATE_POINT, Emotion.ANGRY,
                                                            "My question under the post was never answered.",
                                                            "Na moje pytanie pod postem nikt nie odpowiedział."),
                                                    n(AnnotationKind.LOVE_POINT, Emotion.GRATEFUL,
                                                            "A quick, friendly answer in private messages.",
                                                            "Szybka, życzliwa odpowiedź w wiadomości prywatnej."))),
                                    new Point(t("Shop on the phone", "Sklep w telefonie"),
                                            t("The mobile site", "Strona mobilna"), TouchpointChannel.MOBILE,
                                            t("E-commerce", "E-commerce"), t("IT", "IT"), 6,
                                            List.of(n(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED,
                                                            "The comparison table does not fit on my phone.",
                                                            "Tabela porównania nie mieści się na telefonie."),
                                                    n(AnnotationKind.LOVE_POINT, Emotion.CALM,
                                                            "Browsing on the tram was easy.",
                                                            "Przeglądanie w tramwaju było wygodne."))))),
                    new Phase(t("During purchase", "W trakcie zakupu"),
                            t("Pay, choose delivery and get the invoice right",
                                    "Zapłacić, wybrać dostawę i dostać poprawną fakturę"),
                            List.of(
                                    new Point(t("Search and comparison", "Wyszukiwarka i porównywarka"),
                                            t("Filters, dimensions and comparisons", "Filtry, wymiary i porównania"),
                                            TouchpointChannel.WEB, t("E-commerce", "E-commerce"), t("IT", "IT"), 7,
                                            List.of(n(AnnotationKind.IDEA, Emotion.CONFIDENT,
                                                            "A filter by niche width would save me measuring twice.",
                                                            "Filtr po szerokości wnęki oszczędziłby mi dwukrotnego mierzenia."),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.CONFUSED,
                                                            "Dimensions differ between the page and the leaflet.",
                                                            "Wymiary na stronie różnią się od tych w ulotce."))),
                                    new Point(t("Checkout and payment", "Koszyk i płatność"),
                                            t("Paying online", "Płatność online"), TouchpointChannel.WEB,
                                            t("E-commerce", "E-commerce"), t("Finance", "Finanse"), 8,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.DELIGHTED,
                                                            "Paying by instant transfer took seconds.",
                                                            "Płatność szybkim przelewem trwała kilka sekund."),
                                                    n(AnnotationKind.HATE_POINT, Emotion.ANGRY,
                                                            "The delivery fee appeared only on the last step.",
                                                            "Koszt dostawy pojawił się dopiero na ostatnim kroku."))),
                                    new Point(t("Invoice, warranty and returns", "Faktura, gwarancja i zwroty"),
                                            t("Company invoice and the rules for returns", "Faktura firmowa i zasady zwrotów"),
                                            TouchpointChannel.EMAIL, t("Customer service", "Obsługa klienta"),
                                            t("Accounting", "Księgowość"), 7,
                                            List.of(n(AnnotationKind.QUESTION, Emotion.ANXIOUS,
                                                            "Does the warranty still count if the installer is not yours?",
                                                            "Czy gwarancja obowiązuje, jeśli montażysta nie jest od Was?"),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.DISAPPOINTED,
                                                            "The invoice arrived by post a week later.",
                                                            "Faktura przyszła pocztą tydzień później."))),
                                    new Point(t("Delivery address and slot", "Adres i termin dostawy"),
                                            t("Choosing where and when the courier comes", "Wybór, gdzie i kiedy przyjedzie kurier"),
                                            TouchpointChannel.WEB, t("E-commerce", "E-commerce"),
                                            t("Logistics", "Logistyka"), 8,
                                            List.of(n(AnnotationKind.MOMENT_OF_TRUTH, Emotion.ANXIOUS,
                                                            "The form swapped my delivery address for the invoice address.",
                                                            "Formularz zamienił mój adres dostawy na adres z faktury."),
                                                    n(AnnotationKind.IDEA, Emotion.CONFIDENT,
                                                            "Show both addresses side by side before I pay.",
                                                            "Pokażcie oba adresy obok siebie, zanim zapłacę."))))),
                    new Phase(t("After purchase", "Po zakupie"),
                            t("Get the appliance working and get help when something goes wrong",
                                    "Uruchomić sprzęt i dostać pomoc, gdy coś pójdzie nie tak"),
                            List.of(
                                    new Point(t("Delivery to the door", "Dostawa pod drzwi"),
                                            t("The courier brings the appliance", "Kurier przywozi sprzęt"),
                                            TouchpointChannel.IN_PERSON, t("Couriers", "Kurierzy"),
                                            t("Warehouse and logistics", "Magazyn i logistyka"), 14,
                                            List.of(n(AnnotationKind.MOMENT_OF_TRUTH, Emotion.ANGRY,
                                                            "The fridge went to the invoice address, not to my flat.",
                                                            "Lodówka pojechała na adres z faktury, a nie do mieszkania."),
                                                    n(AnnotationKind.HATE_POINT, Emotion.FRUSTRATED,
                                                            "Four delivery attempts before it reached the right door.",
                                                            "Cztery próby dostawy, zanim trafiła pod właściwe drzwi."),
                                                    n(AnnotationKind.LOVE_POINT, Emotion.RELIEVED,
                                                            "The courier called ahead and carried it upstairs.",
                                                            "Kurier zadzwonił wcześniej i wniósł sprzęt na górę."))),
                                    new Point(t("Installation", "Montaż"), t("Connecting and starting the appliance",
                                            "Podłączenie i uruchomienie sprzętu"), TouchpointChannel.IN_PERSON,
                                            t("Installers", "Monterzy"), t("Service planning", "Planowanie serwisu"), 6,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.GRATEFUL,
                                                            "The installer explained every programme.",
                                                            "Monter wyjaśnił każdy program."),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.DISAPPOINTED,
                                                            "Installation only a week after delivery.",
                                                            "Montaż dopiero tydzień po dostawie."))),
                                    new Point(t("Hotline and complaints", "Infolinia i reklamacje"),
                                            t("Calling about a problem", "Zgłoszenie problemu telefonicznie"),
                                            TouchpointChannel.PHONE, t("Call centre", "Call center"),
                                            t("Complaints department", "Dział reklamacji"), 12,
                                            List.of(n(AnnotationKind.MOMENT_OF_TRUTH, Emotion.DISAPPOINTED,
                                                            "All I got was an automatic thank-you for my complaint.",
                                                            "Dostałem tylko automatyczne podziękowanie za reklamację."),
                                                    n(AnnotationKind.HATE_POINT, Emotion.ANGRY,
                                                            "Each consultant asked me to tell the story again.",
                                                            "Każdy konsultant kazał mi opowiadać wszystko od nowa."),
                                                    n(AnnotationKind.LOVE_POINT, Emotion.RELIEVED,
                                                            "One consultant took ownership and called me back.",
                                                            "Jedna konsultantka wzięła sprawę na siebie i oddzwoniła."))),
                                    new Point(t("Satisfaction survey", "Ankieta satysfakcji"),
                                            t("E-mail survey after delivery", "Ankieta e-mailowa po dostawie"),
                                            TouchpointChannel.EMAIL, t("CX team", "Zespół CX"),
                                            t("Analytics", "Analityka"), 5,
                                            List.of(n(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED,
                                                            "The survey came before the fridge did.",
                                                            "Ankieta przyszła przed lodówką."),
                                                    n(AnnotationKind.IDEA, Emotion.CALM,
                                                            "Ask one question, not twenty.",
                                                            "Zadajcie jedno pytanie, a nie dwadzieścia."))),
                                    new Point(t("Loyalty programme", "Program lojalnościowy"),
                                            t("Points in the mobile app", "Punkty w aplikacji mobilnej"),
                                            TouchpointChannel.MOBILE, t("Marketing", "Marketing"), t("CRM", "CRM"), 5,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.DELIGHTED,
                                                            "Points paid for the filters for a year.",
                                                            "Punkty pokryły filtry na cały rok."),
                                                    n(AnnotationKind.QUESTION, Emotion.CONFUSED,
                                                            "Why do points expire so quickly?",
                                                            "Dlaczego punkty tak szybko wygasają?")))))));

    static final Map SERVICE = new Map(
            t("Service contract for firms", "Umowa serwisowa dla firm"),
            t("How a client firm signs, uses and renews our maintenance contract, and what happens when a "
                    + "machine breaks down early in the morning.",
                    "Jak firma klienta podpisuje, wykorzystuje i odnawia umowę serwisową i co się dzieje, gdy "
                            + "urządzenie psuje się wczesnym rankiem."),
            t("Business clients: hotels, clinics, offices", "Klienci biznesowi: hotele, kliniki, biura"),
            List.of(
                    new Phase(t("Contract", "Umowa"), t("Agree what is covered and how fast we come",
                            "Ustalić zakres umowy i czas reakcji"),
                            List.of(
                                    new Point(t("Account manager visit", "Wizyta opiekuna klienta"),
                                            t("First meeting at the client's site", "Pierwsze spotkanie u klienta"),
                                            TouchpointChannel.IN_PERSON, t("Sales", "Sprzedaż"), t("Legal", "Dział prawny"), 9,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.CONFIDENT,
                                                            "Our manager knew our kitchen before the meeting.",
                                                            "Opiekun znał naszą kuchnię jeszcze przed spotkaniem."),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.CONFUSED,
                                                            "The promised response time was not in the contract.",
                                                            "Obiecanego czasu reakcji nie było w umowie."))),
                                    new Point(t("Offer and contract", "Oferta i umowa"),
                                            t("The written offer and signing", "Oferta na piśmie i podpisanie"),
                                            TouchpointChannel.EMAIL, t("Sales", "Sprzedaż"), t("Legal", "Dział prawny"), 9,
                                            List.of(n(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED,
                                                            "Three rounds of paper signatures.",
                                                            "Trzy rundy podpisów na papierze."),
                                                    n(AnnotationKind.IDEA, Emotion.CALM,
                                                            "Let us sign electronically.",
                                                            "Pozwólcie podpisać elektronicznie."))))),
                    new Phase(t("Everyday service", "Codzienna obsługa"), t("Keep machines running without thinking about it",
                            "Utrzymać sprzęt w ruchu bez zaprzątania sobie głowy"),
                            List.of(
                                    new Point(t("Service portal", "Portal serwisowy"),
                                            t("Reporting and tracking requests", "Zgłaszanie i śledzenie zleceń"),
                                            TouchpointChannel.WEB, t("Customer service", "Obsługa klienta"), t("IT", "IT"), 10,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.CALM,
                                                            "I can see where the technician is.",
                                                            "Widzę, gdzie jest technik."),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.FRUSTRATED,
                                                            "The portal logs me out every ten minutes.",
                                                            "Portal wylogowuje mnie co dziesięć minut."))),
                                    new Point(t("Monthly invoice", "Faktura miesięczna"),
                                            t("Billing for the contract", "Rozliczenie umowy"), TouchpointChannel.EMAIL,
                                            t("Accounting", "Księgowość"), t("Billing", "Fakturowanie"), 9,
                                            List.of(n(AnnotationKind.PAIN_POINT, Emotion.CONFUSED,
                                                            "Visits are not itemised, so we cannot check them.",
                                                            "Wizyty nie są wyszczególnione, więc nie możemy ich sprawdzić."),
                                                    n(AnnotationKind.LOVE_POINT, Emotion.CONFIDENT,
                                                            "Always on time, always the same amount.",
                                                            "Zawsze na czas, zawsze ta sama kwota."))))),
                    new Phase(t("Breakdown and repair", "Awaria i naprawa"), t("Get the machine working again before guests arrive",
                            "Naprawić urządzenie, zanim przyjdą goście"),
                            List.of(
                                    new Point(t("Hotline before 9 a.m.", "Infolinia przed 9:00"),
                                            t("Calling about a breakdown early in the morning", "Zgłoszenie awarii wcześnie rano"),
                                            TouchpointChannel.PHONE, t("Call centre", "Call center"),
                                            t("Field service dispatch", "Dyspozytornia serwisu"), 26,
                                            List.of(n(AnnotationKind.MOMENT_OF_TRUTH, Emotion.ANGRY,
                                                            "The hotline rings unanswered until 9, and our kitchen opens at 6.",
                                                            "Infolinia nie odpowiada do 9, a nasza kuchnia rusza o 6."),
                                                    n(AnnotationKind.HATE_POINT, Emotion.ANXIOUS,
                                                            "A fridge full of vaccines and nobody picks up.",
                                                            "Lodówka pełna szczepionek, a nikt nie odbiera."),
                                                    n(AnnotationKind.IDEA, Emotion.CONFIDENT,
                                                            "An emergency number for contract clients from 6 a.m.",
                                                            "Numer alarmowy dla klientów z umową od 6:00."))),
                                    new Point(t("Technician visit", "Wizyta technika"),
                                            t("The repair on site", "Naprawa na miejscu"), TouchpointChannel.IN_PERSON,
                                            t("Field technicians", "Technicy serwisu"),
                                            t("Spare parts warehouse", "Magazyn części"), 16,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.GRATEFUL,
                                                            "The technician fixed it in an hour and cleaned up.",
                                                            "Technik naprawił w godzinę i posprzątał."),
                                                    n(AnnotationKind.MOMENT_OF_TRUTH, Emotion.DISAPPOINTED,
                                                            "He came without the part and needed a second visit.",
                                                            "Przyjechał bez części i potrzebna była druga wizyta."))),
                                    new Point(t("Repair report", "Raport z naprawy"),
                                            t("What was done and what it cost", "Co zrobiono i ile to kosztowało"),
                                            TouchpointChannel.EMAIL, t("Field service", "Serwis terenowy"),
                                            t("Quality", "Jakość"), 8,
                                            List.of(n(AnnotationKind.QUESTION, Emotion.CONFUSED,
                                                            "Is this part covered by the contract or not?",
                                                            "Czy ta część jest objęta umową, czy nie?"),
                                                    n(AnnotationKind.LOVE_POINT, Emotion.CALM,
                                                            "A clear report with photos.",
                                                            "Czytelny raport ze zdjęciami."))))),
                    new Phase(t("Renewal", "Odnowienie"), t("Decide whether to stay with us", "Zdecydować, czy zostać z nami"),
                            List.of(
                                    new Point(t("Renewal talk", "Rozmowa o odnowieniu"),
                                            t("Reviewing the year together", "Wspólne podsumowanie roku"),
                                            TouchpointChannel.IN_PERSON, t("Account management", "Opieka nad klientem"),
                                            t("Finance", "Finanse"), 9,
                                            List.of(n(AnnotationKind.LOVE_POINT, Emotion.CONFIDENT,
                                                            "They came with figures on every breakdown.",
                                                            "Przyszli z danymi o każdej awarii."),
                                                    n(AnnotationKind.PAIN_POINT, Emotion.DISAPPOINTED,
                                                            "Price up, but nothing said about the morning hotline.",
                                                            "Cena w górę, a o porannej infolinii ani słowa.")))))));

    private final JourneyService journeys;
    private final MapEditingService mapEditing;
    private final StageEditingService stageEditing;
    private final TouchpointEditingService touchpointEditing;
    private final MapVersionService mapVersions;
    private final AnnotationService annotations;
    private final PeopleService people;
    private final DemoSettings settings;

    DemoJourneys(JourneyService journeys, MapEditingService mapEditing, StageEditingService stageEditing,
                 TouchpointEditingService touchpointEditing, MapVersionService mapVersions,
                 AnnotationService annotations, PeopleService people, DemoSettings settings) {
        this.journeys = journeys;
        this.mapEditing = mapEditing;
        this.stageEditing = stageEditing;
        this.touchpointEditing = touchpointEditing;
        this.mapVersions = mapVersions;
        this.annotations = annotations;
        this.people = people;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (journeys.countMaps() > 0) {
                return;
            }
            int count = load(RETAIL, 11) + load(SERVICE, 23);
            log.info("Demo journey maps loaded ({} annotations)", count);
        });
    }

    /** Draws, publishes and annotates one map; returns the number of annotations. */
    int load(Map map, long seed) {
        boolean polish = settings.language() == Language.PL;
        var members = new ArrayList<RadaUser>();
        for (var member : DemoTexts.MEMBERS) {
            members.add(user(member.email()));
        }
        members.add(user("board" + DemoSettings.DOMAIN));
        members.add(user("customer" + DemoSettings.DOMAIN));
        long mapId = mapEditing.create(new MapDraft(map.title().in(polish), map.description().in(polish),
                map.persona().in(polish)));
        var random = new Random(seed);
        var touchpoints = new ArrayList<Long>();
        for (var phase : map.phases()) {
            long stage = stageEditing.addStage(mapId, new StageDraft(phase.name().in(polish), phase.goal().in(polish)));
            for (var point : phase.points()) {
                touchpoints.add(touchpointEditing.addTouchpoint(stage, new TouchpointDraft(point.name().in(polish),
                        point.description().in(polish), point.channel(), point.front().in(polish),
                        point.back().in(polish))));
            }
        }
        mapEditing.publish(mapId);
        int count = 0;
        boolean turned = false;
        // first the annotations of the spring workshop, saved as version 1, then those gathered since
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                mapVersions.snapshot(mapId, polish ? "Po warsztacie wiosennym 2026" : "After the spring 2026 workshop");
            }
            int index = 0;
            for (var phase : map.phases()) {
                for (var point : phase.points()) {
                    long touchpoint = touchpoints.get(index++);
                    int first = (point.annotations() * 3 + 4) / 5;
                    int from = pass == 0 ? 0 : first;
                    int to = pass == 0 ? first : point.annotations();
                    for (int i = from; i < to; i++) {
                        turned = annotate(point, touchpoint, members, random, polish, !turned) || turned;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Adds one annotation and some "me too"s; returns whether it was turned into an idea. */
    private boolean annotate(Point point, long touchpoint, List<RadaUser> members, Random random, boolean polish,
                             boolean mayTurnIntoIdea) {
        var note = point.notes().get(random.nextInt(point.notes().size()));
        var author = members.get(random.nextInt(members.size()));
        boolean negative = !note.emotion().positive();
        int intensity = negative ? 3 + random.nextInt(3) : 2 + random.nextInt(4);
        int importance = note.kind() == AnnotationKind.MOMENT_OF_TRUTH ? 5 : (negative ? 3 : 2) + random.nextInt(3);
        var happened = random.nextInt(3) == 0 ? LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28)) : null;
        var draft = new AnnotationDraft(note.kind(), note.emotion(), intensity, importance, note.text().in(polish),
                happened, random.nextInt(10) < 7);
        long annotation = SystemActor.callAs(author, () -> annotations.add(touchpoint, draft));
        // some others recognise themselves in it
        int reactions = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        var others = new LinkedHashSet<RadaUser>();
        for (int r = 0; r < reactions; r++) {
            var other = members.get(random.nextInt(members.size()));
            if (other.personId() != author.personId()) {
                others.add(other);
            }
        }
        others.forEach(other -> SystemActor.callAs(other, () -> annotations.toggleMeToo(annotation)));
        if (mayTurnIntoIdea && note.kind() == AnnotationKind.IDEA) {
            // one suggestion per map became an idea on the board, linked to its touchpoint
            SystemActor.callAs(author, () -> annotations.turnIntoIdea(annotation,
                    note.text().in(polish).replaceAll("\\.$", ""), note.text().in(polish)));
            return true;
        }
        return false;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }
}
