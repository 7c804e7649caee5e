package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.CurrentUser;
import app.rada.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class DiscussionServiceTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private long idea(String title, Visibility visibility) {
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), visibility, null), List.of());
    }

    private int commentCount(long ideaId) {
        return jdbc.queryForObject("select comment_count from idea where id = ?", Integer.class, ideaId);
    }

    private long personId(String email) {
        return people.findLoginAccount(email).orElseThrow().personId();
    }

    @Test
    void a_reply_to_a_reply_joins_the_top_level_thread_and_the_commenter_follows_the_idea() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Threads stay one level deep", Visibility.MEMBERS);
        long top = discussion.comment(id, null, "First thought");
        var replier = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long reply = discussion.comment(id, top, "A reply");
        long replyToReply = discussion.comment(id, reply, "A reply to the reply");
        var page = discussion.comments(id, 0, 10);
        assertThat(page).extracting(CommentEntry::id).containsExactly(top);
        assertThat(page.getFirst().replies()).extracting(CommentEntry::id).containsExactly(reply, replyToReply);
        assertThat(page.getFirst().replies()).allMatch(r -> r.parentId() == top && r.replies().isEmpty());
        assertThat(commentCount(id)).isEqualTo(3);
        assertThat(discussion.topLevelCount(id)).isEqualTo(1);
        assertThat(ideas.page(id).followedByMe()).isTrue();
        assertThat(events.stream(IdeaCommented.class).filter(e -> e.commentId() == reply))
                .singleElement().satisfies(e -> assertThat(e.authorId()).isEqualTo(replier.personId()));
    }

    @Test
    void mentions_count_only_for_real_active_members_and_are_highlighted() {
        long board = personId("board@rada.demo");
        var boardName = people.findLoginAccount("board@rada.demo").orElseThrow().name();
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Mentions resolve to members", Visibility.MEMBERS);
        var text = "Ask " + DiscussionService.mentionToken(new PersonName(board, boardName))
                + " and @[Nobody Real](person:987654321) and @[" + boardName + "](person:" + (board + 100000) + ")";
        long comment = discussion.comment(id, null, text);
        var published = events.stream(IdeaCommented.class).filter(e -> e.commentId() == comment).findFirst().orElseThrow();
        assertThat(published.mentionedIds()).containsExactly(board);
        var html = discussion.comments(id, 0, 10).getFirst().html();
        // the sanitiser writes "@" as a character reference; the reader sees "@"
        assertThat(html).contains("<span class=\"mention\">&#64;" + boardName + "</span>")
                .contains("&#64;Nobody Real").doesNotContain("person:");
    }

    @Test
    void on_a_staff_only_idea_only_staff_and_the_author_can_be_mentioned() {
        long customer = personId("customer@rada.demo");
        long staff = personId("staff@rada.demo");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("A private matter with mentions", Visibility.STAFF);
        long comment = discussion.comment(id, null, "@[" + people.findLoginAccount("customer@rada.demo").orElseThrow()
                .name() + "](person:" + customer + ") and @[" + people.findLoginAccount("staff@rada.demo").orElseThrow()
                .name() + "](person:" + staff + ")");
        var published = events.stream(IdeaCommented.class).filter(e -> e.commentId() == comment).findFirst().orElseThrow();
        assertThat(published.mentionedIds()).containsExactly(staff);
    }

    @Test
    void the_author_edits_within_fifteen_minutes_and_is_refused_afterwards() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Edit window check", Visibility.MEMBERS);
        long comment = discussion.comment(id, null, "Typo hree");
        discussion.edit(comment, "Typo here");
        var entry = discussion.comments(id, 0, 10).getFirst();
        assertThat(entry.html()).contains("Typo here");
        assertThat(entry.editedAt()).isNotNull();
        assertThat(entry.editable()).isTrue();
        jdbc.update("update idea_comment set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))), comment);
        assertThat(discussion.comments(id, 0, 10).getFirst().editable()).isFalse();
        assertThatThrownBy(() -> discussion.edit(comment, "Too late"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("discussion.edit.too-late"));
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> discussion.edit(comment, "Not mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_author_deletes_a_comment_and_the_counter_drops_once() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Delete keeps counts right", Visibility.MEMBERS);
        long comment = discussion.comment(id, null, "Soon gone");
        discussion.comment(id, comment, "A reply that stays");
        assertThat(commentCount(id)).isEqualTo(2);
        var author = CurrentUser.require();
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> discussion.delete(comment)).isInstanceOf(AccessDeniedException.class);
        login(author);
        discussion.delete(comment);
        discussion.delete(comment);
        assertThat(commentCount(id)).isEqualTo(1);
        var entry = discussion.comments(id, 0, 10).getFirst();
        assertThat(entry.state()).isEqualTo(CommentState.DELETED);
        assertThat(entry.html()).isNull();
        assertThat(entry.replies()).hasSize(1);
    }

    @Test
    void only_staff_hide_a_comment_and_must_give_a_reason() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Hiding needs staff", Visibility.MEMBERS);
        long comment = discussion.comment(id, null, "Something rude");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> discussion.hide(comment, "I do not like it")).isInstanceOf(AccessDeniedException.class);
        loginAs("staff");
        assertThatThrownBy(() -> discussion.hide(comment, "  "))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("discussion.hide.reason-empty"));
        discussion.hide(comment, "Personal attack");
        assertThat(commentCount(id)).isZero();
        assertThat(discussion.comments(id, 0, 10).getFirst().html()).contains("Something rude");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var seen = discussion.comments(id, 0, 10).getFirst();
        assertThat(seen.state()).isEqualTo(CommentState.HIDDEN);
        assertThat(seen.hiddenReason()).isEqualTo("Personal attack");
        assertThat(seen.html()).isNull();

        assertThatThrownBy(() -> discussion.unhide(comment)).isInstanceOf(AccessDeniedException.class);
        loginAs("staff");
        discussion.unhide(comment);
        assertThat(commentCount(id)).isEqualTo(1);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var shownAgain = discussion.comments(id, 0, 10).getFirst();
        assertThat(shownAgain.state()).isEqualTo(CommentState.SHOWN);
        assertThat(shownAgain.hiddenReason()).isNull();
        assertThat(shownAgain.html()).contains("Something rude");
    }

    @Test
    void a_member_reports_a_comment_once_while_the_report_is_open() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Reports go to staff", Visibility.MEMBERS);
        long comment = discussion.comment(id, null, "Spam spam spam");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        discussion.report(id, comment, "Spam");
        assertThatThrownBy(() -> discussion.report(id, comment, "Still spam"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("discussion.report.already"));
        discussion.report(id, null, "The idea itself is spam too");
        assertThat(jdbc.queryForObject("select count(*) from idea_report where idea_id = ?", Long.class, id))
                .isEqualTo(2);
    }

    @Test
    void nobody_comments_on_or_reads_the_discussion_of_an_idea_they_cannot_see() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Staff only discussion", Visibility.STAFF);
        discussion.comment(id, null, "For the team");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        assertThatThrownBy(() -> discussion.comment(id, null, "Let me in")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.comments(id, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.report(id, null, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void empty_and_too_long_texts_and_floods_are_refused() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Limits on comments", Visibility.MEMBERS);
        assertThatThrownBy(() -> discussion.comment(id, null, "   "))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("discussion.text-empty"));
        assertThatThrownBy(() -> discussion.comment(id, null, "x".repeat(DiscussionService.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("discussion.text-long"));
        for (int i = 0; i < 20; i++) {
            discussion.comment(id, null, "Comment " + i);
        }
        assertThatThrownBy(() -> discussion.comment(id, null, "One too many"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("discussion.flood"));
        assertThat(commentCount(id)).isEqualTo(20);
        assertThat(discussion.comments(id, 10, 5)).extracting(c -> c.html()).first().asString().contains("Comment 10");
    }
}
