package app.rada.demo;

import app.rada.shared.DemoSettings;
import java.util.List;

/**
 * The demo members the ideas' voters are drawn from; the same people {@code programme.yaml} lists.
 */
final class DemoTexts {

    private DemoTexts() {
    }

    record DemoMember(String email, String name, String organisation, boolean board, boolean polish) {
    }

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
}
