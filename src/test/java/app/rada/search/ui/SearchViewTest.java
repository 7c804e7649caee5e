package app.rada.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.search.SearchService;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search box in the shell opens the results page, grouped by kind with the matched words marked. */
class SearchViewTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    SearchService search;

    private static String mark() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long submit(String title, String description) {
        return ideas.submit(new IdeaDraft(title, description, null, List.of(), Visibility.MEMBERS, null), List.of());
    }

    private static Stream<Element> marks(Element root) {
        if (root.isTextNode()) {
            return Stream.empty();
        }
        return Stream.concat(root.getTag().equals("mark") ? Stream.of(root) : Stream.empty(),
                root.getChildren().flatMap(SearchViewTest::marks));
    }

    @Test
    void enter_in_the_shell_box_shows_ideas_and_comments_in_groups_with_the_word_forms_marked() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var mark = mark();
        long idea = submit("Dostawa lodówki <b>na</b> czas " + mark, "Lodówkę przywieźli późno.");
        discussion.comment(idea, null, "Moja lodówka też czekała " + mark);
        UI.getCurrent().navigate("ideas");

        var box = _get(TextField.class, spec -> spec.withId("shell-search"));
        assertThat(box.getAriaLabel()).contains("Szukaj w portalu");
        box.setValue("lodówka " + mark);
        ComponentUtil.fireEvent(box, new KeyPressEvent(box, Key.ENTER.getKeys().getFirst()));

        var view = _get(SearchView.class);
        assertThat(view.getPageTitle()).isEqualTo("Wyniki wyszukiwania dla „lodówka " + mark + "”");
        assertThat(_find(view, H2.class)).extracting(H2::getText)
                .containsExactly("Pomysły", "Komentarze do pomysłów");
        var ideasGroup = _get(view, SearchView.Group.class, spec -> spec.withId("search-group-idea"));
        assertThat(ideasGroup.list.getElement().getTextRecursively())
                .contains("Dostawa lodówki <b>na</b> czas " + mark).contains("Lodówkę przywieźli późno.");
        assertThat(marks(ideasGroup.getElement()).map(Element::getText)).contains("lodówki", "Lodówkę", mark);
        var commentsGroup = _get(view, SearchView.Group.class, spec -> spec.withId("search-group-comment"));
        assertThat(marks(commentsGroup.list.getElement()).map(Element::getText)).contains("lodówka");
        assertThat(ideasGroup.more.isVisible()).isFalse();
    }

    @Test
    void show_more_adds_the_next_results_of_one_kind() {
        // staff may suggest many ideas in an hour
        loginAsEmail(freshMember(Role.STAFF, Language.EN));
        var mark = mark();
        for (int i = 0; i < SearchService.GROUP_SIZE + 2; i++) {
            submit("Weekend deliveries, wish " + i + " " + mark, "Parcels should come on Saturdays.");
        }
        UI.getCurrent().navigate(SearchNavigation.RESULTS, QueryParameters.of(SearchNavigation.QUERY, "delivery " + mark));
        assertThat(_get(TextField.class, spec -> spec.withId("shell-search")).getValue()).isEqualTo("delivery " + mark);
        var group = _get(SearchView.Group.class, spec -> spec.withId("search-group-idea"));
        assertThat(group.list.getChildren().count()).isEqualTo(SearchService.GROUP_SIZE);
        _click(group.more);
        assertThat(group.list.getChildren().count()).isEqualTo(SearchService.GROUP_SIZE + 2);
        assertThat(group.more.isVisible()).isFalse();
    }

    @Test
    void a_search_that_finds_nothing_says_so() {
        loginAs("customer");
        UI.getCurrent().navigate(SearchNavigation.RESULTS, QueryParameters.of(SearchNavigation.QUERY, mark()));
        assertThat(_get(SearchView.class).groups.getElement().getTextRecursively()).startsWith("Nothing found for");
    }

    @Test
    void the_board_finds_the_demo_ballot_and_a_customer_gets_no_ballots_group() {
        loginAs("board");
        UI.getCurrent().navigate(SearchNavigation.RESULTS, QueryParameters.of(SearchNavigation.QUERY, "confirm window"));
        var ballots = _get(SearchView.Group.class, spec -> spec.withId("search-group-ballot"));
        assertThat(ballots.list.getElement().getTextRecursively()).contains("Confirm address and delivery window by text");

        loginAs("customer");
        UI.getCurrent().navigate(SearchNavigation.RESULTS, QueryParameters.of(SearchNavigation.QUERY, "confirm window"));
        assertThat(_find(SearchView.Group.class, spec -> spec.withId("search-group-ballot"))).isEmpty();
    }

    @Test
    void visitors_who_are_not_logged_in_are_sent_to_the_login_page_and_the_service_refuses_them() {
        logout();
        UI.getCurrent().navigate(SearchNavigation.RESULTS, QueryParameters.of(SearchNavigation.QUERY, "delivery"));
        assertThat(_find(SearchView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThatThrownBy(() -> search.search("delivery")).isInstanceOf(Exception.class);
    }
}
