package app.rada.ballots.ui;

import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.ReceiptCode;
import app.rada.shared.ui.DraftField;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/** In a secret ballot, a member who voted checks what is recorded under their receipt code. */
class ReceiptCheckPanel extends Section {

    final TextField checkCode = new TextField();
    final Span checkResult = new Span();

    private final BallotVotingService voting;
    private final H2 heading = new H2();
    private final Button check = new Button();
    /** Checks the code against the draft's rule while it is typed; nothing is written into a draft. */
    private final Binder<ReceiptCode> binder = new Binder<>();
    private @Nullable BallotDetails ballot;

    ReceiptCheckPanel(BallotVotingService voting, Validator validator) {
        this.voting = voting;
        addClassNames("card", "ballot-check");
        checkCode.setId("ballot-check-code");
        checkResult.setId("ballot-check-result");
        checkResult.getElement().setAttribute("aria-live", "polite");
        check.setId("ballot-check");
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(e -> check());
        var row = new Div(checkCode, check);
        row.addClassName("filters");
        add(heading, row, checkResult);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(checkCode)
                .withValidator((value, context) -> value == null || value.isBlank()
                        // checking is not changing a vote, so an empty code asks for it in words of its own
                        ? ValidationResult.error(getTranslation("ballots.check.empty"))
                        : DraftField.check(validator, ReceiptCode.class, "code", value.strip(),
                        key -> new Object[0], this))
                .bind(ReceiptCode::code, (draft, value) -> { });
    }

    /** Shows the check for the ballot as it is now. */
    void show(BallotDetails b) {
        ballot = b;
        heading.setText(getTranslation("ballots.check.title"));
        checkCode.setLabel(getTranslation("ballots.check.field"));
        check.setText(getTranslation("ballots.check.button"));
    }

    private void check() {
        var b = ballot;
        if (b == null || !binder.validate().isOk()) {
            return;
        }
        var found = voting.checkReceipt(b.id(), checkCode.getValue());
        checkResult.setText(found.map(c -> getTranslation("ballots.check.found", BallotTexts.choice(this, b, c)))
                .orElse(getTranslation("ballots.check.unknown")));
    }
}
