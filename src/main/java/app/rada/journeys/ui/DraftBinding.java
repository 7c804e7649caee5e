package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;

/**
 * Binds a form field to one property of a draft record, checked by the draft's own constraints as the
 * person types, with the message in their language on the field itself. The drafts are records, so the
 * binder reads them to fill the form and the view builds a new draft from the fields to save it.
 */
final class DraftBinding {

    private DraftBinding() {
    }

    static <R extends Record, V> void bind(Binder<R> binder, HasValue<?, V> field, DraftRules rules,
                                          Class<R> draft, String property, ValueProvider<R, V> value) {
        if (field instanceof HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
        }
        binder.forField(field).withValidator(rule(rules, draft, property)).bind(value, (bean, changed) -> {
        });
    }

    private static <V> Validator<V> rule(DraftRules rules, Class<? extends Record> draft, String property) {
        return (value, context) -> rules.check(draft, property, value)
                .map(problem -> ValidationResult.error(context.getComponent()
                        .map(c -> c.getTranslation(problem.key(), problem.args())).orElse(problem.key())))
                .orElse(ValidationResult.ok());
    }
}
