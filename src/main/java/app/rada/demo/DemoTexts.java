package app.rada.demo;

import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import java.util.List;
import java.util.Map;

/**
 * The demo programme's content in the language the installation chose for it.
 */
record DemoTexts(String strategicDescription, String growthDescription, String standardDescription,
                 Map<String, String> organisationNotes) {

    record DemoOrganisation(String key, String name, String segment) {
    }

    record DemoMember(String email, String name, String organisation, boolean board, boolean polish) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("hotel", "Hotel Pod Lipami", "strategic"),
            new DemoOrganisation("clinic", "Klinika Weterynaryjna Azor", "strategic"),
            new DemoOrganisation("bakery", "Piekarnia Złoty Kłos", "growth"),
            new DemoOrganisation("accounting", "Biuro Rachunkowe Saldo", "growth"),
            new DemoOrganisation("school", "Szkoła Językowa Lingwa", "standard"),
            new DemoOrganisation("cafe", "Kawiarnia Dobra Para", "standard"),
            new DemoOrganisation("households", "Klienci indywidualni", "standard"));

    static final List<DemoMember> MEMBERS = List.of(
            member("ewa.lis", "Ewa Lis", "hotel", true, true),
            member("piotr.mazur", "Piotr Mazur", "clinic", true, true),
            member("joanna.krawczyk", "Joanna Krawczyk", "accounting", true, false),
            member("pawel.dudek", "Paweł Dudek", "bakery", false, true),
            member("magdalena.wojcik", "Magdalena Wójcik", "school", false, false),
            member("krzysztof.kaczmarek", "Krzysztof Kaczmarek", "cafe", false, true),
            member("agnieszka.pietrzak", "Agnieszka Pietrzak", "households", false, true),
            member("michal.grabowski", "Michał Grabowski", "households", false, false),
            member("natalia.jablonska", "Natalia Jabłońska", "clinic", false, true),
            member("lukasz.krol", "Łukasz Król", "accounting", false, false),
            member("zofia.majewska", "Zofia Majewska", "hotel", false, true),
            member("adam.olszewski", "Adam Olszewski", "households", false, false));

    private static DemoMember member(String login, String name, String organisation, boolean board, boolean polish) {
        return new DemoMember(login + DemoSettings.DOMAIN, name, organisation, board, polish);
    }

    String organisationNote(String key) {
        return organisationNotes.get(key);
    }

    static DemoTexts of(Language language) {
        return language == Language.PL ? POLISH : ENGLISH;
    }

    private static final DemoTexts ENGLISH = new DemoTexts(
            "Clients who bring the most value today; their voice weighs the most.",
            "Clients with room to grow with us; we want to learn what would make them stay and buy more.",
            "Everyone else: households and smaller firms who use our services now and then.",
            Map.of(
                    "hotel", "Forty-room hotel; buys kitchen appliances and a yearly service contract.",
                    "clinic", "Veterinary clinic with three branches; relies on our hotline for urgent repairs.",
                    "bakery", "Family bakery opening a second shop this year.",
                    "accounting", "Accounting office; orders office appliances online.",
                    "school", "Language school; occasional orders.",
                    "cafe", "Small café; bought one espresso machine and a fridge.",
                    "households", "Private customers of the online shop."));

    private static final DemoTexts POLISH = new DemoTexts(
            "Klienci, którzy dziś przynoszą nam najwięcej; ich głos waży najwięcej.",
            "Klienci, z którymi możemy rosnąć; chcemy wiedzieć, co sprawi, że zostaną i kupią więcej.",
            "Pozostali: gospodarstwa domowe i mniejsze firmy, które korzystają z naszych usług od czasu do czasu.",
            Map.of(
                    "hotel", "Hotel na czterdzieści pokoi; kupuje sprzęt kuchenny i roczną umowę serwisową.",
                    "clinic", "Klinika weterynaryjna z trzema oddziałami; przy pilnych naprawach polega na naszej infolinii.",
                    "bakery", "Rodzinna piekarnia, która w tym roku otwiera drugi sklep.",
                    "accounting", "Biuro rachunkowe; sprzęt biurowy zamawia przez internet.",
                    "school", "Szkoła językowa; zamawia okazjonalnie.",
                    "cafe", "Mała kawiarnia; kupiła jeden ekspres i lodówkę.",
                    "households", "Klienci indywidualni sklepu internetowego."));
}
