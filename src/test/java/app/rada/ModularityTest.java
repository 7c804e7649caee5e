package app.rada;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    /**
     * What each module may use, read from the bottom up: a module only leans on modules above it in this
     * list. {@code shared} is open to everyone and uses no one; {@code rewards}, {@code dashboard},
     * {@code notifications} and {@code demo} sit at the top and nothing depends on them (except the demo
     * programme, which sets notification preferences for its members).
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("shared", Set.of()),
            entry("audit", Set.of("shared")),
            entry("mail", Set.of("shared", "audit")),
            entry("people", Set.of("shared", "audit", "mail")),
            entry("security", Set.of("shared", "audit", "mail", "people")),
            entry("home", Set.of("shared", "people")),
            entry("ideas", Set.of("shared", "audit", "people")),
            entry("ballots", Set.of("shared", "audit", "people", "ideas")),
            entry("journeys", Set.of("shared", "people", "ideas")),
            entry("sessions", Set.of("shared", "audit", "mail", "people", "ideas", "journeys")),
            entry("search", Set.of("shared", "people", "ideas", "ballots", "journeys", "sessions")),
            entry("themes", Set.of("shared", "people", "ideas", "journeys", "sessions")),
            entry("imports", Set.of("shared", "audit", "people", "ideas")),
            entry("rewards", Set.of("shared", "audit", "people", "ideas", "ballots", "journeys", "sessions")),
            entry("dashboard", Set.of("shared", "people", "ideas", "ballots", "journeys", "rewards")),
            entry("notifications", Set.of("shared", "mail", "people", "ideas", "ballots", "journeys", "sessions",
                    "rewards")),
            entry("webhooks", Set.of("shared", "audit", "ideas", "ballots", "journeys", "sessions", "rewards")),
            entry("demo", Set.of("shared", "people", "ideas", "ballots", "journeys", "sessions", "rewards",
                    "notifications", "webhooks", "api")),
            entry("api", Set.of("shared", "audit", "people", "ideas", "ballots", "journeys", "sessions", "rewards")));

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void every_module_depends_only_on_what_it_is_allowed() {
        var found = new TreeSet<String>();
        modules.forEach(module -> found.add(module.getIdentifier().toString()));
        assertThat(found).as("every module has a declared place").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        modules.forEach(module -> assertThat(uses(module))
                .as("modules used by %s", module.getIdentifier())
                .isSubsetOf(ALLOWED.get(module.getIdentifier().toString())));
    }

    @Test
    void nothing_depends_on_the_modules_at_the_top() {
        modules.forEach(module -> assertThat(uses(module)).as("modules used by %s", module.getIdentifier())
                .doesNotContain("dashboard", "demo"));
        modules.forEach(module -> {
            if (!module.getIdentifier().toString().equals("demo")) {
                assertThat(uses(module)).as("modules used by %s", module.getIdentifier()).doesNotContain("notifications");
            }
        });
    }

    private Set<String> uses(ApplicationModule module) {
        var used = new TreeSet<String>();
        module.getDirectDependencies(modules).uniqueModules()
                .forEach(dependency -> used.add(dependency.getIdentifier().toString()));
        return used;
    }

    @Test
    void module_diagrams_are_written_into_the_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new File("docs/modules/components.puml")).exists();
    }
}
