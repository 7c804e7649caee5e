package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.PulseAnswer;
import app.rada.ideas.PulseService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class DiscussionViewsTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    PulseService pulse;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long idea(String title) {
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), Visibility.MEMBERS, null),
                List.of());
    }

    private void move(long ideaId, IdeaStatus status) {
        var now = Timestamp.from(Instant.now());
        jdbc.update("update idea set status = ?, status_changed_at = ?, done_at = ? where id = ?", status.name(), now,
                status == IdeaStatus.DONE ? now : null, ideaId);
    }

    private CommentsSection openComments(long ideaId) {
        UI.getCurrent().navigate("ideas/" + ideaId);
        return _get(CommentsSection.class);
    }

    private static String html(Article comment) {
        return comment.getChildren().map(c -> c.getElement().getOuterHTML()).reduce("", String::concat);
    }

    @Test
    void a_customer_posts_a_comment_with_a_mention_picked_by_name_and_sees_it_highlighted() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Discussing with a mention");
        var board = people.findLoginAccount("board@rada.demo").orElseThrow();
        var section = openComments(id);
        assertThat(_find(section.list, Paragraph.class).getFirst().getText())
                .isEqualTo("No comments yet. Start the discussion.");
        section.text.setValue("Could you check this,");
        section.picker.setValue(new PersonName(board.personId(), board.name()));
        assertThat(section.text.getValue())
                .isEqualTo("Could you check this, @[" + board.name() + "](person:" + board.personId() + ") ");
        assertThat(section.picker.getValue()).isNull();
        _click(section.post);
        var comments = _find(section.list, Article.class);
        assertThat(comments).hasSize(1);
        assertThat(html(comments.getFirst())).contains("<span class=\"mention\">@" + board.name() + "</span>");
        assertThat(section.text.getValue()).isEmpty();
        assertThat(jdbc.queryForObject("select comment_count from idea where id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void a_reply_is_shown_under_its_thread_and_the_author_can_edit_and_delete_their_own() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Replies and edits on the page");
        long top = discussion.comment(id, null, "Top comment");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var section = openComments(id);
        var topArticle = _get(section.list, Article.class, s -> s.withId("comment-" + top));
        // someone else's comment: reply and report, but no edit or delete
        assertThat(_find(topArticle, Button.class).stream().map(Button::getText)).containsExactly("Reply", "Report");
        _click(_get(topArticle, Button.class, s -> s.withText("Reply")));
        _get(topArticle, TextArea.class, s -> s.withClasses("reply-text"))
                .setValue("My reply");
        _click(_get(topArticle, Button.class, s -> s.withText("Post reply")));
        var articles = _find(section.list, Article.class);
        assertThat(articles).hasSize(2);
        var reply = articles.get(1);
        assertThat(reply.getParent().orElseThrow().getClassNames()).contains("comment-replies");
        assertThat(_find(reply, Button.class).stream().map(Button::getText)).containsExactly("Reply", "Edit", "Delete");
        _click(_get(reply, Button.class, s -> s.withText("Edit")));
        _get(reply, TextArea.class, s -> s.withClasses("edit-text"))
                .setValue("My corrected reply");
        _click(_get(reply, Button.class, s -> s.withText("Save changes")));
        reply = _find(section.list, Article.class).get(1);
        assertThat(html(reply)).contains("My corrected reply").contains("edited");
        _click(_get(reply, Button.class, s -> s.withText("Delete")));
        _click(_get(Button.class, s -> s.withId("confirm-delete")));
        reply = _find(section.list, Article.class).get(1);
        assertThat(_get(reply, Paragraph.class).getText()).isEqualTo("Comment deleted");
        assertThat(_find(reply, Button.class)).isEmpty();
    }

    @Test
    void staff_hide_a_comment_with_a_reason_that_members_then_see() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Hiding from the page");
        long comment = discussion.comment(id, null, "Rude words");
        loginAs("staff");
        var section = openComments(id);
        var article = _get(section.list, Article.class, s -> s.withId("comment-" + comment));
        _click(_get(article, Button.class, s -> s.withText("Hide")));
        _get(TextField.class, s -> s.withId("hide-reason")).setValue("Off-topic insults");
        _click(_get(Button.class, s -> s.withId("confirm-hide")));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        section = openComments(id);
        article = _get(section.list, Article.class, s -> s.withId("comment-" + comment));
        assertThat(_get(article, Paragraph.class).getText()).isEqualTo("Hidden by staff: Off-topic insults");
        assertThat(html(article)).doesNotContain("Rude words");
        assertThat(_find(article, Button.class, s -> s.withText("Show again"))).isEmpty();

        // staff change their mind: the comment is shown again
        loginAs("staff");
        section = openComments(id);
        article = _get(section.list, Article.class, s -> s.withId("comment-" + comment));
        _click(_get(article, Button.class, s -> s.withText("Show again")));
        article = _get(section.list, Article.class, s -> s.withId("comment-" + comment));
        assertThat(html(article)).contains("Rude words");
        assertThat(_find(article, Button.class, s -> s.withText("Hide"))).hasSize(1);
    }

    @Test
    void a_customer_sees_no_hide_button_and_the_service_refuses_them() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("No hiding for customers");
        long comment = discussion.comment(id, null, "Visible words");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var section = openComments(id);
        assertThat(_find(section.list, Button.class, s -> s.withText("Hide"))).isEmpty();
        assertThatThrownBy(() -> discussion.hide(comment, "because")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void more_comments_load_page_by_page() {
        loginAs("staff");
        long id = idea("Many comments to page through");
        for (int i = 0; i < CommentsSection.PAGE + 3; i++) {
            discussion.comment(id, null, "Comment number " + i);
        }
        var section = openComments(id);
        assertThat(_find(section.list, Article.class)).hasSize(CommentsSection.PAGE);
        assertThat(section.more.isVisible()).isTrue();
        _click(section.more);
        assertThat(_find(section.list, Article.class)).hasSize(CommentsSection.PAGE + 3);
        assertThat(section.more.isVisible()).isFalse();
    }

    @Test
    void a_voter_of_a_done_idea_answers_the_pulse_with_one_click_and_staff_see_the_count() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Pulse on the idea page");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.toggleVote(id);
        move(id, IdeaStatus.DONE);
        UI.getCurrent().navigate("ideas/" + id);
        var section = _get(PulseSection.class);
        assertThat(section.isVisible()).isTrue();
        section.remark.setValue("Works for me now");
        _click(section.answers.get(PulseAnswer.YES));
        assertThat(section.answers.get(PulseAnswer.YES).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(section.status.getText()).startsWith("Thank you");
        assertThat(_find(section, Div.class, s -> s.withId("pulse-results"))).isEmpty();
        loginAs("staff");
        UI.getCurrent().navigate("ideas/" + id);
        var results = _get(PulseSection.class);
        assertThat(_get(results, Span.class, s -> s.withId("pulse-count-yes")).getText())
                .isEqualTo("Yes: 1");
        assertThat(results.results.getElement().getTextRecursively()).contains("Works for me now");
    }

    @Test
    void a_customer_who_did_not_vote_sees_no_pulse_and_cannot_read_its_results() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Pulse hidden from others");
        move(id, IdeaStatus.DONE);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        UI.getCurrent().navigate("ideas/" + id);
        // the section is there, but not shown
        assertThat(descendants(_get(IdeaView.class)).filter(PulseSection.class::isInstance))
                .singleElement().satisfies(c -> assertThat(c.isVisible()).isFalse());
        assertThat(_find(PulseSection.class)).isEmpty();
        assertThatThrownBy(() -> pulse.pulseResults(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_roadmap_shows_a_planned_idea_in_its_column_linking_to_the_idea() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long planned = idea("Roadmap column check planned");
        long progress = idea("Roadmap column check in progress");
        move(planned, IdeaStatus.PLANNED);
        move(progress, IdeaStatus.IN_PROGRESS);
        UI.getCurrent().navigate("roadmap");
        var view = _get(RoadmapView.class);
        var plannedColumn = _get(view, RoadmapView.Column.class, s -> s.withId("roadmap-planned"));
        var inProgressColumn = _get(view, RoadmapView.Column.class, s -> s.withId("roadmap-in-progress"));
        assertThat(_find(plannedColumn, Anchor.class).stream().map(Anchor::getHref)).contains("ideas/" + planned)
                .doesNotContain("ideas/" + progress);
        assertThat(_find(inProgressColumn, Anchor.class).stream().map(Anchor::getText))
                .contains("Roadmap column check in progress");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Roadmap");
    }

    @Test
    void the_roadmap_is_refused_to_visitors_who_are_not_logged_in() {
        logout();
        UI.getCurrent().navigate("roadmap");
        assertThat(_find(RoadmapView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThatThrownBy(() -> pulse.roadmap(IdeaStatus.PLANNED, 0, 10)).isInstanceOf(Exception.class);
    }

    private static Stream<Component> descendants(
            Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child),
                descendants(child)));
    }
}
