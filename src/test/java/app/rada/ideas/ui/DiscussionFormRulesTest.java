package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.PulseAnswer;
import app.rada.ideas.PulseService;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The discussion's, the staff notes' and the pulse's fields show a refusal on the field and send nothing. */
class DiscussionFormRulesTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    DiscussionService discussion;

    @Autowired
    JdbcTemplate jdbc;

    private long idea(String title) {
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), Visibility.MEMBERS, null),
                List.of());
    }

    private int count(String table, long ideaId) {
        return jdbc.queryForObject("select count(*) from " + table + " where idea_id = ?", Integer.class, ideaId);
    }

    private CommentsSection openComments(long ideaId) {
        UI.getCurrent().navigate("ideas/" + ideaId);
        return _get(CommentsSection.class);
    }

    /** Presses Reply under a comment; the reply fields open on the page afterwards. */
    private static List<TextArea> reply(CommentsSection section, long commentId) {
        section.act("reply", String.valueOf(commentId));
        return _find(section.list, TextArea.class, s -> s.withClasses("reply-text"));
    }

    @Test
    void an_empty_or_too_long_comment_is_marked_on_the_field_and_not_posted() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Comment rules in English");
        var section = openComments(id);
        section.text.setValue("x".repeat(DiscussionService.TEXT_MAX + 1));
        assertThat(section.text.isInvalid()).isTrue();
        assertThat(section.text.getErrorMessage()).isEqualTo("A comment can have at most 5,000 characters.");
        section.text.setValue("   ");
        assertThat(section.text.isInvalid()).isTrue();
        assertThat(section.text.getErrorMessage()).isEqualTo("Write something first.");
        _click(section.post);
        assertThat(count("idea_comment", id)).isZero();

        // a good comment is posted and the emptied field is not called wrong
        section.text.setValue("A fine comment");
        assertThat(section.text.isInvalid()).isFalse();
        _click(section.post);
        assertThat(count("idea_comment", id)).isEqualTo(1);
        assertThat(section.text.getValue()).isEmpty();
        assertThat(section.text.isInvalid()).isFalse();
    }

    @Test
    void a_polish_member_reads_the_comment_refusal_in_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        long id = idea("Comment rules in Polish");
        var section = openComments(id);
        section.text.setValue(" ");
        _click(section.post);
        assertThat(section.text.isInvalid()).isTrue();
        assertThat(section.text.getErrorMessage()).isEqualTo("Najpierw coś napisz.");
        section.text.setValue("x".repeat(DiscussionService.TEXT_MAX + 1));
        assertThat(section.text.getErrorMessage()).matches("Komentarz może mieć najwyżej 5\\h?000 znaków\\.");
        _click(section.post);
        assertThat(count("idea_comment", id)).isZero();
    }

    @Test
    void an_empty_reply_and_an_emptied_edit_are_marked_and_change_nothing() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Reply and edit rules");
        long top = discussion.comment(id, null, "Original words");
        var section = openComments(id);
        var reply = reply(section, top).getFirst();
        reply.setValue("  ");
        _click(_get(section.list, Button.class, s -> s.withText("Post reply")));
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).isEqualTo("Write something first.");
        assertThat(count("idea_comment", id)).isEqualTo(1);

        section.act("edit", String.valueOf(top));
        var editor = _get(section.list, TextArea.class, s -> s.withClasses("edit-text"));
        editor.setValue("x".repeat(DiscussionService.TEXT_MAX + 1));
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).isEqualTo("A comment can have at most 5,000 characters.");
        _click(_get(section.list, Button.class, s -> s.withText("Save changes")));
        assertThat(jdbc.queryForObject("select body from idea_comment where id = ?", String.class, top))
                .isEqualTo("Original words");
    }

    @Test
    void pressing_reply_twice_keeps_one_reply_form_and_a_cancelled_one_can_be_opened_again() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("One reply form");
        long top = discussion.comment(id, null, "Answer me once");
        var section = openComments(id);
        reply(section, top);
        assertThat(reply(section, top)).hasSize(1);

        _click(_get(section.list, Button.class, s -> s.withText("Cancel")));
        assertThat(_find(section.list, TextArea.class, s -> s.withClasses("reply-text"))).isEmpty();
        assertThat(reply(section, top)).hasSize(1);
    }

    @Test
    void a_polish_member_reads_the_reply_refusal_in_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Reply rules in Polish");
        long top = discussion.comment(id, null, "Top words");
        loginAsEmail(freshMember(Role.CUSTOMER, Language.PL));
        var section = openComments(id);
        assertThat(section.markupOf(top)).contains(">Odpowiedz</button>");
        var reply = reply(section, top).getFirst();
        reply.setValue("x".repeat(DiscussionService.TEXT_MAX + 1));
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).matches("Komentarz może mieć najwyżej 5\\h?000 znaków\\.");
        _click(_get(section.list, Button.class, s -> s.withClasses("send-reply")));
        assertThat(count("idea_comment", id)).isEqualTo(1);
    }

    @Test
    void hiding_without_a_reason_is_marked_on_the_reason_in_english_and_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Hide reason rules");
        long comment = discussion.comment(id, null, "Words to judge");
        for (var language : List.of(Language.EN, Language.PL)) {
            loginAsEmail(freshMember(Role.STAFF, language));
            openComments(id).act("hide", String.valueOf(comment));
            var reason = _get(TextField.class, s -> s.withId("hide-reason"));
            reason.setValue("  ");
            _click(_get(Button.class, s -> s.withId("confirm-hide")));
            assertThat(reason.isInvalid()).isTrue();
            assertThat(reason.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "Give a reason for hiding the comment." : "Podaj powód ukrycia komentarza.");
            reason.setValue("x".repeat(DiscussionService.REASON_MAX + 1));
            assertThat(reason.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "The reason can have at most 500 characters." : "Powód może mieć najwyżej 500 znaków.");
            _click(_get(Button.class, s -> s.withId("confirm-hide")));
            assertThat(jdbc.queryForObject("select hidden_by is null from idea_comment where id = ?",
                    Boolean.class, comment)).isTrue();
            _get(Dialog.class).close();
        }
    }

    @Test
    void a_report_without_words_is_marked_on_the_reason_in_english_and_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Report reason rules");
        for (var language : List.of(Language.EN, Language.PL)) {
            loginAsEmail(freshMember(Role.CUSTOMER, language));
            var reportIdea = openComments(id).reportIdea;
            assertThat(reportIdea.getText()).isEqualTo(language == Language.EN ? "Report this idea" : "Zgłoś ten pomysł");
            _click(reportIdea);
            var reason = _get(TextArea.class, s -> s.withId("report-reason"));
            reason.setValue(" ");
            _click(_get(Button.class, s -> s.withId("send-report")));
            assertThat(reason.isInvalid()).isTrue();
            assertThat(reason.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "Tell the team what is wrong." : "Napisz zespołowi, co jest nie tak.");
            reason.setValue("x".repeat(DiscussionService.REPORT_MAX + 1));
            assertThat(reason.getErrorMessage()).matches(language == Language.EN
                    ? "A report can have at most 1,000 characters." : "Zgłoszenie może mieć najwyżej 1\\h?000 znaków\\.");
            _click(_get(Button.class, s -> s.withId("send-report")));
            assertThat(count("idea_report", id)).isZero();
            _get(Dialog.class).close();
        }
    }

    @Test
    void an_empty_or_too_long_staff_note_is_marked_on_the_field_in_english_and_polish() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long id = idea("Staff note rules");
        for (var language : List.of(Language.EN, Language.PL)) {
            loginAsEmail(freshMember(Role.STAFF, language));
            UI.getCurrent().navigate("ideas/" + id);
            var panel = _get(StaffPanel.class);
            panel.note.setValue("   ");
            _click(panel.addNote);
            assertThat(panel.note.isInvalid()).isTrue();
            assertThat(panel.note.getErrorMessage()).isEqualTo(language == Language.EN
                    ? "Write the note first." : "Najpierw wpisz notatkę.");
            panel.note.setValue("x".repeat(5001));
            assertThat(panel.note.isInvalid()).isTrue();
            assertThat(panel.note.getErrorMessage()).matches(language == Language.EN
                    ? "A note can have at most 5,000 characters." : "Notatka może mieć najwyżej 5\\h?000 znaków\\.");
            _click(panel.addNote);
            assertThat(count("idea_note", id)).isZero();
        }
    }

    @Test
    void a_too_long_pulse_remark_is_marked_on_the_field_and_no_answer_is_saved() {
        for (var language : List.of(Language.EN, Language.PL)) {
            loginAsEmail(freshMember(Role.CUSTOMER, language));
            long id = idea("Pulse remark rules " + language);
            jdbc.update("update idea set status = ?, status_changed_at = ?, done_at = ? where id = ?",
                    IdeaStatus.DONE.name(), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), id);
            UI.getCurrent().navigate("ideas/" + id);
            var section = _get(PulseSection.class);
            section.remark.setValue("x".repeat(PulseService.REMARK_MAX + 1));
            assertThat(section.remark.isInvalid()).isTrue();
            assertThat(section.remark.getErrorMessage()).matches(language == Language.EN
                    ? "A remark can have at most 1,000 characters." : "Uwaga może mieć najwyżej 1\\h?000 znaków\\.");
            _click(section.answers.get(PulseAnswer.YES));
            assertThat(count("idea_pulse", id)).isZero();
            section.remark.setValue("");
            assertThat(section.remark.isInvalid()).isFalse();
        }
    }
}
