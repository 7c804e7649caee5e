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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** The labels of a shown comment's buttons, from the markup the browser gets. */
    private static List<String> buttons(CommentsSection section, long commentId) {
        var labels = new ArrayList<String>();
        var matcher = Pattern.compile("<button[^>]*data-act=\"[a-z]+\"[^>]*>([^<]*)</button>")
                .matcher(section.markupOf(commentId));
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }

    /** A shown comment's element, found by its id anywhere in the list. */
    private static Element article(CommentsSection section, long commentId) {
        return descendants(section.list.getElement())
                .filter(e -> ("comment-" + commentId).equals(e.getAttribute("id")))
                .findFirst().orElseThrow();
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
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
        var comments = section.shownComments();
        assertThat(comments).hasSize(1);
        assertThat(section.markupOf(comments.getFirst()))
                .contains("<span class=\"mention\">&#64;" + board.name() + "</span>");
        assertThat(_find(section.list, Paragraph.class)).isEmpty();
        assertThat(section.text.getValue()).isEmpty();
        assertThat(jdbc.queryForObject("select comment_count from idea where id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void an_author_name_with_markup_is_shown_as_text() {
        var author = freshMember(Role.CUSTOMER, Language.EN);
        loginAsEmail(author);
        jdbc.update("update person set name = ? where email = ?", "<img src=x onerror=alert(1)>", author);
        long id = idea("A name that looks like markup");
        long comment = discussion.comment(id, null, "Plain words");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var markup = openComments(id).markupOf(comment);
        assertThat(markup).contains("<span class=\"comment-author\">&lt;img src=x onerror=alert(1)&gt;</span>");
        assertThat(markup).doesNotContain("<img");
    }

    @Test
    void a_reply_is_shown_under_its_thread_and_the_author_can_edit_and_delete_their_own() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Replies and edits on the page");
        long top = discussion.comment(id, null, "Top comment");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var section = openComments(id);
        // someone else's comment: reply and report, but no edit or delete
        assertThat(buttons(section, top)).containsExactly("Reply", "Report");
        section.act("reply", String.valueOf(top));
        _get(section.list, TextArea.class, s -> s.withClasses("reply-text")).setValue("My reply");
        _click(_get(section.list, Button.class, s -> s.withText("Post reply")));
        var shown = section.shownComments();
        assertThat(shown).hasSize(2);
        long reply = shown.get(1);
        assertThat(article(section, reply).getParent().getClassList()).contains("comment-replies");
        assertThat(buttons(section, reply)).containsExactly("Reply", "Edit", "Delete");
        section.act("edit", String.valueOf(reply));
        _get(section.list, TextArea.class, s -> s.withClasses("edit-text")).setValue("My corrected reply");
        _click(_get(section.list, Button.class, s -> s.withText("Save changes")));
        assertThat(section.markupOf(reply)).contains("My corrected reply").contains("edited");
        assertThat(_find(section.list, TextArea.class, s -> s.withClasses("edit-text"))).isEmpty();
        section.act("delete", String.valueOf(reply));
        _click(_get(Button.class, s -> s.withId("confirm-delete")));
        assertThat(section.markupOf(reply)).contains("<p class=\"comment-removed\">Comment deleted</p>")
                .doesNotContain("My corrected reply");
        assertThat(buttons(section, reply)).isEmpty();
    }

    @Test
    void an_edit_that_is_cancelled_shows_the_comment_as_it_was() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Cancelling an edit");
        long mine = discussion.comment(id, null, "Words kept");
        var section = openComments(id);
        var before = section.markupOf(mine);
        section.act("edit", String.valueOf(mine));
        assertThat(section.markupOf(mine)).doesNotContain("Words kept");
        _get(section.list, TextArea.class, s -> s.withClasses("edit-text")).setValue("Words thrown away");
        _click(_get(section.list, Button.class, s -> s.withText("Cancel")));
        assertThat(section.markupOf(mine)).isEqualTo(before);
        assertThat(_find(section.list, TextArea.class)).isEmpty();
        assertThat(jdbc.queryForObject("select body from idea_comment where id = ?", String.class, mine))
                .isEqualTo("Words kept");
    }

    @Test
    void staff_hide_a_comment_with_a_reason_that_members_then_see() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Hiding from the page");
        long comment = discussion.comment(id, null, "Rude words");
        loginAs("staff");
        var section = openComments(id);
        assertThat(buttons(section, comment)).contains("Hide");
        section.act("hide", String.valueOf(comment));
        _get(TextField.class, s -> s.withId("hide-reason")).setValue("Off-topic insults");
        _click(_get(Button.class, s -> s.withId("confirm-hide")));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        section = openComments(id);
        assertThat(section.markupOf(comment)).contains("Hidden by staff: Off-topic insults")
                .doesNotContain("Rude words");
        assertThat(buttons(section, comment)).isEmpty();

        // staff change their mind: the comment is shown again
        loginAs("staff");
        section = openComments(id);
        assertThat(buttons(section, comment)).containsExactly("Show again");
        section.act("unhide", String.valueOf(comment));
        assertThat(section.markupOf(comment)).contains("Rude words");
        assertThat(buttons(section, comment)).contains("Hide");
    }

    @Test
    void a_customer_sees_no_hide_button_and_neither_the_page_nor_the_service_hides_for_them() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("No hiding for customers");
        long comment = discussion.comment(id, null, "Visible words");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var section = openComments(id);
        assertThat(buttons(section, comment)).doesNotContain("Hide");
        // a hide or edit sent from a doctored page, or for a comment the page does not show, opens nothing
        section.act("hide", String.valueOf(comment));
        section.act("edit", String.valueOf(comment));
        section.act("delete", String.valueOf(comment));
        section.act("reply", String.valueOf(comment + 1000));
        section.act("reply", "1; drop table idea");
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(section.list, TextArea.class)).isEmpty();
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
        assertThat(section.shownComments()).hasSize(CommentsSection.PAGE);
        assertThat(section.more.isVisible()).isTrue();
        _click(section.more);
        assertThat(section.shownComments()).hasSize(CommentsSection.PAGE + 3);
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
