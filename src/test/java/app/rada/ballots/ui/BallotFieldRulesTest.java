package app.rada.ballots.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotComment;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ballot page's fields show a refusal on the field, in the reader's language, and send nothing. */
class BallotFieldRulesTest extends KaribuTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    private long openBallot(String title, boolean secret) {
        var now = Instant.now();
        var staff = people.findLoginAccount("staff@rada.demo").orElseThrow().asUser();
        return SystemActor.callAs(staff, () -> {
            long id = editing.create(new BallotDraft(title, "What should come first?", "Two proposals.",
                    BallotType.APPROVE_REJECT, List.of(), 0, List.of(), now, now.plus(Duration.ofDays(2)),
                    50, 50, secret, ResultsVisibility.AFTER_CLOSE, null, null));
            lifecycle.open(id);
            return id;
        });
    }

    private BallotView openPage(long id) {
        UI.getCurrent().navigate(BallotNavigation.ballot(id));
        return _get(BallotView.class);
    }

    private int comments(long id) {
        return jdbc.queryForObject("select count(*) from ballot_comment where ballot_id = ?", Integer.class, id);
    }

    @Test
    void an_empty_or_too_long_message_is_marked_on_the_field_in_english_and_polish() {
        long id = openBallot("Message rules", false);
        for (var email : List.of("board@rada.demo", "ewa.lis@rada.demo")) {
            boolean english = email.startsWith("board");
            loginAsEmail(email);
            var view = openPage(id);
            view.comment.setValue("   ");
            _click(_get(Button.class, spec -> spec.withId("ballot-post")));
            assertThat(view.comment.isInvalid()).isTrue();
            assertThat(view.comment.getErrorMessage()).matches(english
                    ? "Write a message of at most 4,000 characters."
                    : "Napisz wiadomość o długości do 4\\h?000 znaków\\.");
            view.comment.setValue("x".repeat(BallotComment.TEXT_MAX + 1));
            assertThat(view.comment.isInvalid()).isTrue();
            _click(_get(Button.class, spec -> spec.withId("ballot-post")));
            assertThat(comments(id)).isZero();
        }
        // a good message is posted and the emptied field is not called wrong
        var view = _get(BallotView.class);
        view.comment.setValue("Dobry pomysł.");
        _click(_get(Button.class, spec -> spec.withId("ballot-post")));
        assertThat(comments(id)).isEqualTo(1);
        assertThat(view.comment.isInvalid()).isFalse();
    }

    @Test
    void closing_early_without_a_reason_is_marked_on_the_reason_in_english_and_polish() {
        long id = openBallot("Close reason rules", false);
        for (var language : List.of(Language.EN, Language.PL)) {
            loginAsEmail(freshMember(Role.STAFF, language));
            var view = openPage(id);
            view.reason.setValue(" ");
            _click(_get(Button.class, spec -> spec.withId("ballot-close")));
            assertThat(view.reason.isInvalid()).isTrue();
            assertThat(view.reason.getErrorMessage()).matches(language == Language.EN
                    ? "Give a reason for closing early, at most 1,000 characters."
                    : "Podaj powód wcześniejszego zamknięcia, najwyżej 1\\h?000 znaków\\.");
            view.reason.setValue("x".repeat(BallotLifecycleService.REASON_MAX + 1));
            assertThat(view.reason.isInvalid()).isTrue();
            _click(_get(Button.class, spec -> spec.withId("ballot-close")));
            assertThat(jdbc.queryForObject("select status from ballot where id = ?", String.class, id))
                    .isEqualTo("OPEN");
        }
    }

    @Test
    void changing_a_secret_vote_without_the_code_is_marked_on_the_code_in_english_and_polish() {
        long id = openBallot("Receipt rules", true);
        for (var email : List.of("board@rada.demo", "ewa.lis@rada.demo")) {
            boolean english = email.startsWith("board");
            var voter = people.findLoginAccount(email).orElseThrow().asUser();
            SystemActor.callAs(voter, () -> voting.vote(id, Choice.approve(Answer.NO), null));
            loginAsEmail(email);
            var view = openPage(id);
            view.answer.setValue(Answer.YES);
            view.receipt.setValue("  ");
            _click(view.cast);
            assertThat(view.receipt.isInvalid()).isTrue();
            assertThat(view.receipt.getErrorMessage()).isEqualTo(english
                    ? "You have already voted. Enter your receipt code to change your vote."
                    : "Twój głos został już oddany. Aby go zmienić, wpisz kod potwierdzenia.");
            assertThat(_find(ConfirmDialog.class)).isEmpty();

            view.checkCode.setValue(" ");
            _click(_get(Button.class, spec -> spec.withId("ballot-check")));
            assertThat(view.checkCode.isInvalid()).isTrue();
            assertThat(view.checkCode.getErrorMessage()).isEqualTo(english
                    ? "Enter the receipt code you got when you voted."
                    : "Wpisz kod potwierdzenia otrzymany przy głosowaniu.");
            assertThat(view.checkResult.getText()).isEmpty();
        }
    }
}
