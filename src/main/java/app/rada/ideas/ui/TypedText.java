package app.rada.ideas.ui;

import app.rada.shared.ui.DraftField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;

/**
 * Binds a text field to its draft's rule, so a text the service would refuse shows its refusal on the
 * field while the member types, judged without the spaces around it as the service stores it.
 */
final class TypedText {

    private TypedText() {
    }

    /**
     * The binder of one field; {@code limit} is the length a too-long message names, {@code texts} the
     * component whose language the message is read in.
     */
    static Binder<String> bind(HasValue<?, String> field, Validator validator, Class<? extends Record> draft,
                               String property, int limit, Component texts) {
        var binder = new Binder<String>();
        // the field's own length check would show an empty message; the draft's rule speaks instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(field)
                .withValidator((value, context) -> DraftField.check(validator, draft, property,
                        value == null ? "" : value.strip(), key -> new Object[] {limit}, texts))
                .bind(text -> text, (text, value) -> { });
        return binder;
    }

    /** True when the field keeps its rule; otherwise its refusal is now shown on it. */
    static boolean valid(Binder<String> binder) {
        return binder.validate().isOk();
    }
}
