package app.rada.ballots.ui;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ReceiptCode;
import app.rada.shared.Problem;
import app.rada.shared.ui.Confirmations;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A member's vote on a ballot page: approve / reject, one choice, a ranking with up and down buttons,
 * or points within a budget; then a confirmation, and for a first secret vote the receipt code, shown
 * once. The fields live as long as the page, so what a member typed survives the page being redrawn.
 */
class BallotVotePanel extends Section {

    final RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> single = new RadioButtonGroup<>();
    final List<Integer> ranking = new ArrayList<>();
    final Div rankingList = new Div();
    final List<IntegerField> points = new ArrayList<>();
    final Span pointsLeft = new Span();
    final TextField receipt = new TextField();
    final Button cast = new Button();
    final Div receiptBox = new Div();

    private final BallotVotingService voting;
    private final Runnable afterVote;
    /** Checks the receipt code against the draft's rule while it is typed; nothing is written into a draft. */
    private final Binder<ReceiptCode> receiptRule = new Binder<>();
    private @Nullable BallotDetails ballot;
    private @Nullable ConfirmDialog confirm;

    BallotVotePanel(BallotVotingService voting, Runnable afterVote, Validator validator) {
        this.voting = voting;
        this.afterVote = afterVote;
        receiptRule.setDefaultValidatorsEnabled(false);
        receiptRule.forField(receipt)
                .withValidator((value, context) -> DraftField.check(validator, ReceiptCode.class, "code",
                        value == null ? "" : value.strip(), key -> new Object[0], this))
                .bind(ReceiptCode::code, (draft, value) -> { });
        addClassNames("card", "ballot-vote");
        setId("ballot-vote");
        cast.addThemeVariants(ButtonVariant.PRIMARY);
        cast.setId("ballot-cast");
        cast.addClickListener(e -> askToConfirm(ballot()));
        receiptBox.setId("ballot-receipt-box");
        receiptBox.addClassName("ballot-receipt");
    }

    /** Draws the vote for the ballot as it is now. */
    void show(BallotDetails b) {
        ballot = b;
        removeAll();
        points.clear();
        add(new H2(getTranslation(b.voted() ? "ballots.vote.change" : "ballots.vote.title")));
        if (b.voted()) {
            var mine = b.myChoice().map(c -> getTranslation("ballots.vote.mine", BallotTexts.choice(this, b, c)))
                    .orElse(getTranslation("ballots.vote.mine-secret"));
            var p = new Paragraph(mine);
            p.setId("ballot-my-vote");
            add(p);
        }
        switch (b.type()) {
            case APPROVE_REJECT -> {
                answer.setLabel(b.question());
                answer.setItems(Answer.values());
                answer.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
                answer.setId("ballot-answer");
                b.myChoice().ifPresent(c -> answer.setValue(c.answer()));
                add(answer);
            }
            case SINGLE_CHOICE -> {
                single.setLabel(b.question());
                single.setItems(IntStream.range(0, b.options().size()).boxed().toList());
                single.setItemLabelGenerator(i -> b.options().get(i));
                single.setId("ballot-single");
                b.myChoice().ifPresent(c -> single.setValue(c.option()));
                add(single);
            }
            case RANKED -> {
                ranking.clear();
                b.myChoice().map(Choice::ranking).ifPresent(ranking::addAll);
                IntStream.range(0, b.options().size()).filter(i -> !ranking.contains(i)).forEach(ranking::add);
                var help = new Paragraph(getTranslation("ballots.vote.ranked.help"));
                help.setId("ballot-ranking-help");
                rankingList.setId("ballot-ranking");
                rankingList.addClassName("ballot-ranking");
                rankingList.getElement().setAttribute("role", "list");
                rankingList.getElement().setAttribute("aria-describedby", "ballot-ranking-help");
                showRanking(b, -1);
                add(help, rankingList);
            }
            case POINTS -> add(pointFields(b), pointsLeft);
        }
        if (b.secret() && b.voted()) {
            receipt.setLabel(getTranslation("ballots.receipt.field"));
            receipt.setHelperText(getTranslation("ballots.receipt.field.help"));
            receipt.setId("ballot-receipt");
            add(receipt);
        }
        cast.setText(getTranslation(b.voted() ? "ballots.vote.change.button" : "ballots.vote.cast"));
        add(cast, receiptBox);
    }

    private Div pointFields(BallotDetails b) {
        var grid = new Div();
        grid.addClassName("ballot-points");
        var mine = b.myChoice().map(Choice::pointsPerOption).orElse(List.of());
        for (int i = 0; i < b.options().size(); i++) {
            var field = new IntegerField(b.options().get(i));
            field.setMin(0);
            field.setMax(b.pointsBudget());
            field.setStepButtonsVisible(true);
            field.setValue(i < mine.size() ? mine.get(i) : 0);
            field.setId("ballot-points-" + i);
            field.addValueChangeListener(e -> showPointsLeft(b));
            points.add(field);
            grid.add(field);
        }
        pointsLeft.setId("ballot-points-left");
        pointsLeft.getElement().setAttribute("aria-live", "polite");
        showPointsLeft(b);
        return grid;
    }

    private BallotDetails ballot() {
        if (ballot == null) {
            throw new IllegalStateException("No ballot");
        }
        return ballot;
    }

    private void showRanking(BallotDetails b, int focus) {
        rankingList.removeAll();
        for (int place = 0; place < ranking.size(); place++) {
            int option = ranking.get(place);
            int at = place;
            var label = new Span((place + 1) + ". " + b.options().get(option));
            label.addClassName("ballot-rank-label");
            var up = new Button(getTranslation("ballots.vote.up"), e -> move(b, at, -1));
            up.setId("ballot-rank-up-" + place);
            up.getElement().setAttribute("aria-label", getTranslation("ballots.vote.up.label", b.options().get(option)));
            up.setEnabled(place > 0);
            var down = new Button(getTranslation("ballots.vote.down"), e -> move(b, at, 1));
            down.setId("ballot-rank-down-" + place);
            down.getElement().setAttribute("aria-label",
                    getTranslation("ballots.vote.down.label", b.options().get(option)));
            down.setEnabled(place < ranking.size() - 1);
            up.addThemeVariants(ButtonVariant.SMALL);
            down.addThemeVariants(ButtonVariant.SMALL);
            var row = new Div(label, up, down);
            row.addClassName("ballot-rank");
            row.getElement().setAttribute("role", "listitem");
            rankingList.add(row);
            if (place == focus) {
                // keep the keyboard on the option that moved
                (focus > 0 ? up : down).focus();
            }
        }
    }

    private void move(BallotDetails b, int place, int by) {
        int other = place + by;
        if (other < 0 || other >= ranking.size()) {
            return;
        }
        var moved = ranking.get(place);
        ranking.set(place, ranking.get(other));
        ranking.set(other, moved);
        showRanking(b, other);
    }

    private void showPointsLeft(BallotDetails b) {
        int used = points.stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        pointsLeft.setText(getTranslation("ballots.vote.points-left", b.pointsBudget() - used, b.pointsBudget()));
    }

    /** The member's choice from the fields, or null with the fields marked when nothing was chosen. */
    @Nullable Choice currentChoice(BallotDetails b) {
        return switch (b.type()) {
            case APPROVE_REJECT -> answer.getValue() == null ? null : Choice.approve(answer.getValue());
            case SINGLE_CHOICE -> single.getValue() == null ? null : Choice.single(single.getValue());
            case RANKED -> Choice.ranked(List.copyOf(ranking));
            case POINTS -> Choice.points(points.stream().map(f -> f.getValue() == null ? 0 : f.getValue()).toList());
        };
    }

    private void askToConfirm(BallotDetails b) {
        // a secret vote is changed only with its receipt code, asked for on its field before anything else
        if (b.secret() && b.voted() && !receiptRule.validate().isOk()) {
            return;
        }
        var choice = currentChoice(b);
        if (choice == null) {
            Toasts.error(getTranslation("ballots.problem.choose-one"));
            return;
        }
        try {
            choice.check(b.type(), b.options().size(), b.pointsBudget());
        } catch (Problem problem) {
            Toasts.problem(problem);
            return;
        }
        if (confirm != null) {
            confirm.close();
        }
        var dialog = Confirmations.ask(getTranslation("ballots.confirm.title"),
                getTranslation("ballots.confirm.text", BallotTexts.choice(this, b, choice)),
                getTranslation("ballots.confirm.ok"), () -> castVote(b, choice));
        confirm = dialog;
        dialog.setId("ballot-confirm");
        // "back", not "cancel": the member returns to the vote they were making
        dialog.setCancelText(getTranslation("ballots.confirm.cancel"));
        // closed on either answer, so no answered question stays open behind the redrawn page
        dialog.addConfirmListener(e -> dialog.close());
        dialog.addCancelListener(e -> dialog.close());
    }

    void castVote(BallotDetails b, Choice choice) {
        try {
            var code = voting.vote(b.id(), choice, receipt.getValue());
            afterVote.run();
            Toasts.success(getTranslation("ballots.vote.saved"));
            code.ifPresent(this::showReceipt);
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    private void showReceipt(String code) {
        receiptBox.removeAll();
        var value = new Span(code);
        value.setId("ballot-receipt-code");
        value.addClassName("ballot-receipt-code");
        receiptBox.add(new H3(getTranslation("ballots.receipt.title")), value,
                new Paragraph(getTranslation("ballots.receipt.help")));
        receiptBox.getElement().setAttribute("role", "status");
    }
}
