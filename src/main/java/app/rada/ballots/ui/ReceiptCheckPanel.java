package app.rada.ballots.ui;

import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotVotingService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** In a secret ballot, a member who voted checks what is recorded under their receipt code. */
class ReceiptCheckPanel extends Section {

    final TextField checkCode = new TextField();
    final Span checkResult = new Span();

    private final BallotVotingService voting;
    private final H2 heading = new H2();
    private final Button check = new Button();
    private @Nullable BallotDetails ballot;

    ReceiptCheckPanel(BallotVotingService voting) {
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
        if (b == null) {
            return;
        }
        var found = voting.checkReceipt(b.id(), checkCode.getValue());
        checkResult.setText(found.map(c -> getTranslation("ballots.check.found", BallotTexts.choice(this, b, c)))
                .orElse(getTranslation("ballots.check.unknown")));
    }
}
