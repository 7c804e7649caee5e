package app.rada.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaFiguresService;
import app.rada.ideas.IdeaSummary;
import app.rada.people.LoginAccount;
import app.rada.people.LoginAccounts;
import app.rada.people.OrganisationService;
import app.rada.shared.DemoSettings;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.TestProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo programme started with the modules it builds on, which is every module it calls, and security
 * (the password encoder), with the dashboard that reads its history. On start it reads its YAML files and loads them through those modules' services;
 * the tests read the same files on their own and look for every member and every idea through the
 * services staff use. The demo programme hears no event, so there is no {@code Scenario}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "security", "dashboard"})
@ActiveProfiles(resolver = TestProfiles.class)
class DemoModuleTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Autowired
    LoginAccounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    IdeaFiguresService ideas;

    private static JsonNode file(String name) {
        try (InputStream in = DemoModuleTest.class.getResourceAsStream("/demo/" + name)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LoginAccount account(String login) {
        return accounts.findLoginAccount(login + DemoSettings.DOMAIN)
                .orElseThrow(() -> new AssertionError("No demo member " + login));
    }

    @Test
    void every_member_of_the_programme_file_can_sign_in_with_their_organisation_and_role() {
        var programme = file("programme.yaml");
        var organisationNames = new HashMap<String, String>();
        programme.get("organisations").forEach(org ->
                organisationNames.put(org.get("key").asString(), org.get("name").asString()));
        var members = programme.get("members");
        assertThat(members.size()).isPositive();
        for (var member : members) {
            var account = account(member.get("login").asString());
            var organisation = organisationNamed(organisationNames.get(member.get("organisation").asString()));
            assertThat(account.active()).isTrue();
            assertThat(account.name()).isEqualTo(member.get("name").asString());
            assertThat(account.organisationId()).isEqualTo(organisation);
            assertThat(account.roles().contains(Role.BOARD_MEMBER))
                    .as("board membership of %s", account.email())
                    .isEqualTo(member.path("board").asBoolean(false));
        }
        assertThat(account("admin").roles()).contains(Role.ADMIN);
        assertThat(account("staff").roles()).contains(Role.STAFF);
    }

    @Test
    void every_idea_of_the_ideas_file_is_there_under_its_author_with_its_english_title() {
        var ideaList = file("ideas.yaml").get("ideas");
        var titles = file("en/ideas.yaml").get("ideas");
        var staff = account("staff").asUser();
        assertThat(ideaList.size()).isPositive();
        for (var idea : ideaList) {
            var author = account(idea.get("author").asString());
            var title = titles.get(idea.get("key").asString()).get("title").asString();
            List<IdeaSummary> theirs = SystemActor.callAs(staff, () -> ideas.contributions(List.of(author.personId()),
                    Instant.EPOCH, Instant.now().plus(Duration.ofDays(1)), 50)).latest();
            assertThat(theirs).extracting(IdeaSummary::title).as("ideas of %s", author.email()).contains(title);
        }
    }

    private long organisationNamed(String name) {
        return SystemActor.call(() -> organisations.organisationIdByName(name))
                .orElseThrow(() -> new AssertionError("No organisation " + name));
    }
}
