package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.RefusedView;
import app.rada.support.KaribuTest;
import app.rada.support.TestImages;
import app.rada.support.Uploads;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class IdeaViewsTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    private long idea(String title, Visibility visibility) {
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of("delivery-test"), visibility,
                null), List.of());
    }

    @Test
    void the_board_shows_demo_ideas_as_cards_and_keeps_filters_in_the_address() {
        loginAs("customer");
        UI.getCurrent().navigate("ideas");
        var board = _get(BoardView.class);
        assertThat(board.loaded()).isBetween(1, BoardView.PAGE);
        assertThat(_find(board.list, IdeaCardView.class)).hasSize(board.loaded());
        board.sort.setValue(BoardSort.TOP);
        board.mine.setValue(true);
        assertThat(board.parameters().getQueryString()).contains("sort=top").contains("mine=1");
        // every card on "mine" belongs to the member
        var me = CurrentUser.require().personId();
        assertThat(ideas.board(board.filter(), BoardSort.TOP, 0, 50)).allMatch(c -> c.authorId() == me);
    }

    @Test
    void opening_a_link_with_filters_shows_the_same_list() {
        loginAs("customer");
        UI.getCurrent().navigate("ideas", QueryParameters.fromString("sort=newest&q=address"));
        var board = _get(BoardView.class);
        assertThat(board.sort.getValue()).isEqualTo(BoardSort.NEWEST);
        assertThat(board.search.getValue()).isEqualTo("address");
        var shown = _find(board.list, IdeaCardView.class).stream().map(IdeaCardView::ideaId).toList();
        var expected = ideas.board(BoardFilter.all().withText("address"), BoardSort.NEWEST, 0, BoardView.PAGE).stream()
                .map(c -> c.id()).toList();
        assertThat(shown).isNotEmpty().isEqualTo(expected);
        assertThat(_find(board.list, IdeaCardView.class).getFirst().html()).containsIgnoringCase("address");
    }

    @Test
    void voting_on_a_card_counts_once_and_a_second_click_takes_it_back() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Card vote toggling check <b>bold</b>", Visibility.MEMBERS);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas", QueryParameters.fromString("sort=newest"));
        var board = _get(BoardView.class);
        var card = _find(board.list, IdeaCardView.class).stream().filter(c -> c.ideaId() == id).findFirst().orElseThrow();
        // the title is shown as text, never as markup
        assertThat(card.html()).contains("Card vote toggling check &lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold");
        assertThat(card.html()).contains("no votes").contains("aria-pressed=\"false\"");
        board.voteOn(id);
        assertThat(card.html()).contains(">1 vote<").contains("aria-pressed=\"true\"");
        board.voteOn(id);
        assertThat(card.html()).contains("no votes");
        assertThat(ideas.votes(id).voteCount()).isZero();
    }

    @Test
    void submitting_shows_similar_ideas_then_saves_and_opens_the_new_idea() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas/new");
        var view = _get(SubmitView.class);
        view.form.title.setValue("Confirm the delivery address by message");
        assertThat(view.similar.getChildren().count()).isGreaterThan(0);
        view.form.description.setValue("A message before dispatch would help.");
        _click(view.form.save);
        var page = _get(IdeaView.class);
        assertThat(page.idea()).isNotNull();
        assertThat(page.idea().title()).isEqualTo("Confirm the delivery address by message");
        assertThat(page.idea().mine()).isTrue();
    }

    @Test
    void an_image_over_5_mb_is_refused_on_the_server_after_reading_no_more_than_the_limit() throws Exception {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas/new");
        var form = _get(SubmitView.class).form;
        long limit = IdeaDraft.IMAGE_BYTES_MAX;

        // a client that skips the browser's check and announces no length streams 2 GB
        var unannounced = Uploads.send(form.imageHandler, form.images, "huge.png", -1, TestImages.png(),
                2L * 1024 * 1024 * 1024);
        assertThat(unannounced.bytesRead()).isLessThanOrEqualTo(limit + 1);
        assertThat(form.images()).isEmpty();
        assertThat(form.error.getText()).isEqualTo("“huge.png” is larger than 5 MB. Choose a smaller image.");

        // one that announces its size is refused before a byte is read
        var announced = Uploads.send(form.imageHandler, form.images, "big.png", limit + 1, TestImages.png(),
                limit + 1);
        assertThat(announced.bytesRead()).isZero();
        assertThat(form.images()).isEmpty();

        var small = TestImages.png();
        Uploads.send(form.imageHandler, form.images, "small.png", small.length, small, small.length);
        assertThat(form.images()).singleElement().satisfies(image -> assertThat(image.content()).isEqualTo(small));
    }

    @Test
    void a_too_short_title_is_explained_and_nothing_is_saved() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        long before = jdbc.queryForObject("select count(*) from idea", Long.class);
        UI.getCurrent().navigate("ideas/new");
        var view = _get(SubmitView.class);
        view.form.title.setValue("Hej");
        view.form.description.setValue("Opis");
        _click(view.form.save);
        assertThat(view.form.error.getText()).isEqualTo("Tytuł musi mieć co najmniej 5 znaków.");
        assertThat(jdbc.queryForObject("select count(*) from idea", Long.class)).isEqualTo(before);
    }

    @Test
    void a_too_short_title_is_marked_on_the_field_while_typing() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas/new");
        var form = _get(SubmitView.class).form;
        form.title.setValue("Hey");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("The title needs at least 5 characters.");
        form.description.setValue("   ");
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage())
                .isEqualTo("Describe the idea: what happens today and what would be better.");

        form.title.setValue("Hey, a title long enough");
        assertThat(form.title.isInvalid()).isFalse();
        assertThat(form.description.isInvalid()).isTrue();
    }

    @Test
    void a_too_short_title_is_marked_on_the_field_in_polish() {
        loginAsEmail("ewa.lis@rada.demo");
        UI.getCurrent().navigate("ideas/new");
        var form = _get(SubmitView.class).form;
        form.title.setValue("Hej");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Tytuł musi mieć co najmniej 5 znaków.");
        form.description.setValue("   ");
        assertThat(form.description.getErrorMessage())
                .isEqualTo("Opisz pomysł: co dzieje się dziś i co mogłoby działać lepiej.");
    }

    @Test
    void editing_an_idea_marks_a_title_cut_too_short_on_the_field() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Editable idea with a title", Visibility.MEMBERS);
        UI.getCurrent().navigate("ideas/" + id + "/edit");
        var form = _get(EditIdeaView.class).form;
        assertThat(form).isNotNull();
        assertThat(form.title.isInvalid()).isFalse();
        form.title.setValue("Edit");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("The title needs at least 5 characters.");
        _click(form.save);
        assertThat(form.error.getText()).isEqualTo("The title needs at least 5 characters.");
        assertThat(ideas.page(id).title()).isEqualTo("Editable idea with a title");
    }

    @Test
    void the_idea_page_shows_raw_and_weighted_votes_and_updates_live_when_someone_votes() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Live vote count on the idea page", Visibility.MEMBERS);
        UI.getCurrent().navigate("ideas/" + id);
        var page = _get(IdeaView.class);
        assertThat(page.voteCount.getText()).isEqualTo("0");
        var viewer = UI.getCurrent();
        // a board member votes in another session; the open page follows
        var board = loginAs("board");
        ideas.toggleVote(id);
        MockVaadin.runUIQueue();
        assertThat(page.voteCount.getText()).isEqualTo("1");
        assertThat(Integer.parseInt(page.weightedCount.getText())).isEqualTo(3);
        assertThat(viewer).isNotNull();
        assertThat(board.personId()).isPositive();
    }

    @Test
    void a_customer_cannot_open_a_staff_only_idea_of_someone_else() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Private matter for the team", Visibility.STAFF);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas/" + id);
        assertThat(_find(IdeaView.class)).isEmpty();
        assertThat(_find(RefusedView.class)).hasSize(1);
    }

    @Test
    void a_customer_cannot_edit_another_members_idea_through_the_address() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Someone else's idea to edit", Visibility.MEMBERS);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas/" + id + "/edit");
        assertThat(_find(EditIdeaView.class).stream().filter(v -> v.form != null)).isEmpty();
        assertThat(_find(RefusedView.class)).hasSize(1);
    }

    @Test
    void a_visitor_who_is_not_logged_in_is_sent_to_the_login() {
        logout();
        UI.getCurrent().navigate("ideas");
        assertThat(_find(BoardView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void the_idea_page_lists_related_ideas_but_not_itself() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long first = idea("Parcel locker delivery for small appliances", Visibility.MEMBERS);
        long second = idea("Parcel locker delivery for kettles and toasters", Visibility.MEMBERS);
        UI.getCurrent().navigate("ideas/" + first);
        var related = _get(Section.class, spec -> spec.withId("related-ideas"));
        var links = _find(related, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("ideas/" + second).doesNotContain("ideas/" + first);
    }
}
