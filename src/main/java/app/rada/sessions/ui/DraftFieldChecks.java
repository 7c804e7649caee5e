package app.rada.sessions.ui;

import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionDraftValidator;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;

/**
 * The session editor's fields checked against the draft's own rules while staff type: each field
 * shows the rule it breaks, in the reader's language, and a change to one field checks the fields
 * whose rules depend on it again (the end and the deadline on the start, say). The rules are those
 * the scheduling service applies, so the field and the service never disagree.
 */
class DraftFieldChecks {

    private final SessionEditorView editor;
    private final Validator validator;
    /** Only checks the fields; the draft is built from them on saving. */
    private final Binder<SessionDraft> binder = new Binder<>();
    private final Map<String, Binder.Binding<SessionDraft, ?>> bindings = new HashMap<>();
    private boolean paused;

    DraftFieldChecks(SessionEditorView editor, Validator validator) {
        this.editor = editor;
        this.validator = validator;
        binder.setDefaultValidatorsEnabled(false);
        check(editor.title, "title");
        check(editor.purpose, "purpose");
        check(editor.agenda, "agenda");
        check(editor.meetingUrl, "meetingUrl");
        check(editor.address, "address");
        check(editor.endsAt, "endsAt");
        check(editor.zone, "timeZone");
        check(editor.capacity, "capacity");
        check(editor.deadline, "registrationDeadline");
        check(editor.organisations, "organisationIds");
        check(editor.linkedIdeas, "ideaIds");
        check(editor.touchpoints, "touchpointIds");
        recheck(editor.format, "meetingUrl", "address");
        recheck(editor.startsAt, "endsAt", "registrationDeadline");
        recheck(editor.zone, "endsAt", "registrationDeadline");
        recheck(editor.endsAt, "registrationDeadline");
        recheck(editor.audience, "organisationIds");
        recheck(editor.segments, "organisationIds");
    }

    private <V> void check(HasValue<?, V> field, String property) {
        // no bean is ever set, so the getter and setter are never called
        bindings.put(property, binder.forField(field).withValidator((value, context) -> verdict(property))
                .bind(draft -> null, (draft, value) -> { }));
    }

    private void recheck(HasValue<?, ?> source, String... properties) {
        source.addValueChangeListener(change -> {
            if (!paused) {
                for (var property : properties) {
                    bindings.get(property).validate();
                }
            }
        });
    }

    private ValidationResult verdict(String property) {
        if (paused) {
            return ValidationResult.ok();
        }
        var problem = SessionDraftValidator.problems(validator, editor.draft()).get(property);
        return problem == null ? ValidationResult.ok()
                : ValidationResult.error(editor.getTranslation(problem.key(), problem.args()));
    }

    /** Fills the fields without judging them: a form that was just opened shows no errors. */
    void quietly(Runnable fill) {
        paused = true;
        try {
            fill.run();
        } finally {
            paused = false;
        }
    }

    /** Shows every broken rule on its field, as when staff press save. */
    void showAll() {
        binder.validate();
    }
}
