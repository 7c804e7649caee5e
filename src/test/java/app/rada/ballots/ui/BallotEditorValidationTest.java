package app.rada.ballots.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotType;
import app.rada.ideas.IdeaStatus;
import app.rada.shared.Language;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor shows a broken rule on the field that breaks it, while typing, in the user's language. */
class BallotEditorValidationTest extends KaribuTest {

    @Autowired
    BallotEditingService editing;

    private BallotEditorView newBallot(Language language) {
        loginAs("staff");
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().navigate("ballots/edit");
        return _get(BallotEditorView.class);
    }

    @Test
    void a_new_draft_shows_no_errors_before_anything_is_typed() {
        var editor = newBallot(Language.EN);
        assertThat(editor.title.isInvalid()).isFalse();
        assertThat(editor.question.isInvalid()).isFalse();
        assertThat(editor.closesAt.isInvalid()).isFalse();
    }

    @Test
    void typing_bad_values_shows_the_rule_on_the_field_in_english_and_the_service_refuses_the_same() {
        var editor = newBallot(Language.EN);
        editor.title.setValue("Hotline");
        editor.title.setValue("  ");
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Give the ballot a title of at most 160 characters.");
        editor.title.setValue("Hotline hours");
        assertThat(editor.title.isInvalid()).isFalse();

        editor.question.setValue("Earlier?");
        editor.quorum.setValue(150);
        assertThat(editor.quorum.isInvalid()).isTrue();
        assertThat(editor.quorum.getErrorMessage()).isEqualTo("The quorum is a percentage from 0 to 100.");
        assertThatThrownBy(() -> editing.create(editor.draft())).hasMessage("ballots.problem.quorum");
        editor.quorum.setValue(50);
        assertThat(editor.quorum.isInvalid()).isFalse();

        editor.closesAt.setValue(editor.opensAt.getValue().minusHours(1));
        assertThat(editor.closesAt.isInvalid()).isTrue();
        assertThat(editor.closesAt.getErrorMessage()).isEqualTo("The ballot must close after it opens.");
        assertThatThrownBy(() -> editing.create(editor.draft())).hasMessage("ballots.problem.times");
        // moving the opening earlier fixes the closing field too
        editor.opensAt.setValue(editor.closesAt.getValue().minusDays(1));
        assertThat(editor.closesAt.isInvalid()).isFalse();

        editor.type.setValue(BallotType.SINGLE_CHOICE);
        editor.options.setValue("Seven\nseven");
        assertThat(editor.options.isInvalid()).isTrue();
        assertThat(editor.options.getErrorMessage()).isEqualTo("Two options are the same; make each one different.");
        assertThatThrownBy(() -> editing.create(editor.draft())).hasMessage("ballots.problem.options-same");
    }

    @Test
    void typing_bad_values_shows_the_rule_on_the_field_in_polish() {
        var editor = newBallot(Language.PL);
        editor.title.setValue("Infolinia");
        editor.title.setValue("");
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Nadaj głosowaniu tytuł o długości do 160 znaków.");

        editor.quorum.setValue(101);
        assertThat(editor.quorum.isInvalid()).isTrue();
        assertThat(editor.quorum.getErrorMessage()).isEqualTo("Kworum to odsetek od 0 do 100.");

        editor.opensAt.setValue(LocalDateTime.now().minusDays(2));
        editor.closesAt.setValue(LocalDateTime.now().minusDays(1));
        assertThat(editor.closesAt.isInvalid()).isTrue();
        assertThat(editor.closesAt.getErrorMessage()).isEqualTo("Termin zamknięcia już minął; wybierz późniejszy.");

        editor.pass.setValue(100);
        assertThat(editor.pass.isInvalid()).isTrue();
        assertThat(editor.pass.getErrorMessage()).isEqualTo("Próg przyjęcia to odsetek od 0 do 99.");

        editor.passStatus.setValue(IdeaStatus.DECLINED);
        assertThat(editor.statement.isInvalid()).isTrue();
        assertThat(editor.statement.getErrorMessage())
                .isEqualTo("Odrzucenie pomysłów wymaga stanowiska z uzasadnieniem.");
    }
}
