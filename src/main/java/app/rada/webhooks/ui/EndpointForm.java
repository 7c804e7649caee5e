package app.rada.webhooks.ui;

import app.rada.shared.ui.DraftField;
import app.rada.webhooks.EndpointDraft;
import app.rada.webhooks.WebhookEvent;
import app.rada.webhooks.WebhookFormat;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an endpoint, bound to a draft whose Bean Validation rules show on each field as the
 * administrator types; whether the address is a public one the service says when saving.
 */
class EndpointForm extends Div {

    final TextField name = new TextField();
    final TextField url = new TextField();
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>();
    final RadioButtonGroup<WebhookFormat> format = new RadioButtonGroup<>();
    final Checkbox enabled = new Checkbox();
    private final Binder<EndpointDraft> binder = new Binder<>();

    EndpointForm(Validator validator, @Nullable EndpointDraft start) {
        addClassName("dialog-form");
        name.setLabel(getTranslation("webhooks.field.name"));
        name.setHelperText(getTranslation("webhooks.field.name.help"));
        name.setMaxLength(EndpointDraft.NAME_MAX);
        name.setId("webhook-name");
        url.setLabel(getTranslation("webhooks.field.url"));
        url.setHelperText(getTranslation("webhooks.field.url.help"));
        url.setMaxLength(EndpointDraft.URL_MAX);
        url.setPlaceholder("https://");
        url.setId("webhook-url");
        url.setWidthFull();
        events.setLabel(getTranslation("webhooks.field.events"));
        events.setItems(WebhookEvent.subscribable());
        events.setItemLabelGenerator(e -> getTranslation(e.labelKey()));
        events.setId("webhook-events");
        format.setLabel(getTranslation("webhooks.field.format"));
        format.setItems(WebhookFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        format.setId("webhook-format");
        enabled.setLabel(getTranslation("webhooks.field.enabled"));
        enabled.setId("webhook-enabled");

        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator((text, context) -> DraftField.check(validator, EndpointDraft.class, "name",
                text.strip(), EndpointDraft::messageArguments, this)).bind(EndpointDraft::name, (d, v) -> { });
        binder.forField(url).withValidator((text, context) -> DraftField.check(validator, EndpointDraft.class, "url",
                text.strip(), EndpointDraft::messageArguments, this)).bind(EndpointDraft::url, (d, v) -> { });
        binder.forField(events).withValidator((chosen, context) -> DraftField.check(validator, EndpointDraft.class,
                "events", chosen, EndpointDraft::messageArguments, this)).bind(EndpointDraft::events, (d, v) -> { });
        binder.forField(format).withValidator((chosen, context) -> DraftField.check(validator, EndpointDraft.class,
                "format", chosen, EndpointDraft::messageArguments, this)).bind(EndpointDraft::format, (d, v) -> { });
        binder.forField(enabled).bind(EndpointDraft::enabled, (d, v) -> { });
        binder.readBean(start != null ? start : new EndpointDraft("", "", EnumSet.of(WebhookEvent.IDEA_SUBMITTED),
                WebhookFormat.STANDARD, true));
        add(name, url, events, format, enabled);
    }

    /** The draft as typed, or empty (with the refusals shown on the fields) when a rule is broken. */
    Optional<EndpointDraft> draft() {
        if (binder.validate().hasErrors()) {
            return Optional.empty();
        }
        Set<WebhookEvent> chosen = events.getValue();
        return Optional.of(EndpointDraft.typed(name.getValue(), url.getValue(), chosen, format.getValue(),
                enabled.getValue()));
    }
}
