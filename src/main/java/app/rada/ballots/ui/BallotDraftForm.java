package app.rada.ballots.ui;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotDraftErrors;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The editor's fields bound to the rules of {@link BallotDraft}: each field is checked as it changes
 * (text while typing) against the same constraints the service applies, and a broken rule shows on the
 * field it is about, in the user's language. A draft is a record, so the binder only reads a draft into
 * the fields; saving builds a new draft from them.
 */
class BallotDraftForm {

    private final BallotEditorView view;
    private final Validator validator;
    private final Binder<BallotDraft> binder = new Binder<>();
    private final List<Binder.Binding<BallotDraft, ?>> bindings;
    private boolean reading;

    BallotDraftForm(BallotEditorView view, Validator validator) {
        this.view = view;
        this.validator = validator;
        // the draft's own messages say what is wrong; the fields' built-in checks would say it twice
        binder.setDefaultValidatorsEnabled(false);
        var zone = Formats.zone();
        view.title.setValueChangeMode(ValueChangeMode.LAZY);
        for (var area : List.of(view.question, view.explanation, view.options, view.statement)) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
        var closes = checked(view.closesAt, "closesAt", d -> LocalDateTime.ofInstant(d.closesAt(), zone));
        var options = checked(view.options, "options", d -> String.join("\n", d.options()));
        var budget = checked(view.budget, "pointsBudget", d -> d.pointsBudget() == 0 ? 100 : d.pointsBudget());
        var passStatus = checked(view.passStatus, "passStatus", BallotDraft::passStatus);
        var statement = checked(view.statement, "outcomeStatement",
                d -> d.outcomeStatement() == null ? "" : d.outcomeStatement());
        bindings = List.of(checked(view.title, "title", BallotDraft::title),
                checked(view.question, "question", BallotDraft::question),
                checked(view.explanation, "explanation", BallotDraft::explanation), options, budget,
                checked(view.linked, "ideaIds", view::linkedOptions),
                checked(view.opensAt, "opensAt", d -> LocalDateTime.ofInstant(d.opensAt(), zone)), closes,
                checked(view.quorum, "quorumPercent", BallotDraft::quorumPercent),
                checked(view.pass, "passPercent", BallotDraft::passPercent), passStatus, statement);
        unchecked(view.type, BallotDraft::type);
        unchecked(view.secret, BallotDraft::secret);
        unchecked(view.visibility, BallotDraft::resultsVisibility);
        // rules that join two fields: a change to one checks the other again
        view.opensAt.addValueChangeListener(e -> recheck(closes));
        view.type.addValueChangeListener(e -> {
            recheckIfShown(options);
            recheckIfShown(budget);
        });
        view.linked.addValueChangeListener(e -> recheck(passStatus));
        view.passStatus.addValueChangeListener(e -> recheck(statement));
    }

    /** Puts a draft into the fields, without judging it: a new draft starts empty. */
    void read(BallotDraft draft) {
        reading = true;
        try {
            binder.readBean(draft);
        } finally {
            reading = false;
        }
    }

    /** Checks every field, for instance after the service refused the draft. */
    void showErrors() {
        bindings.forEach(Binder.Binding::validate);
    }

    private <V> Binder.Binding<BallotDraft, V> checked(HasValue<?, V> field, String property,
                                                        ValueProvider<BallotDraft, V> value) {
        return binder.forField(field).withValidator((ignored, context) -> check(property))
                .bind(value, (draft, ignored) -> { });
    }

    private <V> void unchecked(HasValue<?, V> field, ValueProvider<BallotDraft, V> value) {
        binder.forField(field).bind(value, (draft, ignored) -> { });
    }

    private void recheck(Binder.Binding<BallotDraft, ?> binding) {
        if (!reading) {
            binding.validate();
        }
    }

    /** Checks a field again only when it already shows an error, which the other field's change may fix. */
    private void recheckIfShown(Binder.Binding<BallotDraft, ?> binding) {
        if (!reading && binding.getField() instanceof HasValidation shown
                && shown.isInvalid()) {
            binding.validate();
        }
    }

    /** The first broken rule about one part of the draft the fields make now, translated. */
    private ValidationResult check(String property) {
        var broken = validator.validate(view.draft()).stream()
                .filter(v -> v.getPropertyPath().toString().equals(property)).toList();
        return BallotDraftErrors.first(broken).map(v -> {
            var key = BallotDraftErrors.key(v);
            return ValidationResult.error(view.getTranslation(key, BallotDraftErrors.arguments(key)));
        }).orElseGet(ValidationResult::ok);
    }
}
