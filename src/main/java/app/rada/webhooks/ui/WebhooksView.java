package app.rada.webhooks.ui;

import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Confirmations;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StatusBadge;
import app.rada.shared.ui.Toasts;
import app.rada.webhooks.DeliveryRow;
import app.rada.webhooks.DeliveryStatus;
import app.rada.webhooks.EndpointRow;
import app.rada.webhooks.NewSecret;
import app.rada.webhooks.WebhookEvent;
import app.rada.webhooks.WebhookService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * The administrators' page for webhooks: the endpoints (a page at a time), a form to add or change
 * one, a new secret, a test event, and the deliveries of the chosen endpoint with "Send again".
 */
@Route(WebhooksView.ROUTE)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 817, title = "nav.admin.webhooks", icon = "vaadin:connect")
class WebhooksView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/webhooks";

    private final WebhookService webhooks;
    private final Validator validator;

    final Grid<EndpointRow> endpoints = new Grid<>();
    final Grid<DeliveryRow> deliveries = new Grid<>();
    final H2 deliveriesTitle = new H2();
    final Paragraph deliveriesHint = new Paragraph();
    @Nullable EndpointRow shown;

    WebhooksView(WebhookService webhooks, Validator validator) {
        this.webhooks = webhooks;
        this.validator = validator;
        addClassName("list-view");
        addClassName("webhooks-view");

        endpoints.addColumn(EndpointRow::name).setHeader(getTranslation("webhooks.column.name")).setFlexGrow(1)
                .setResizable(true);
        endpoints.addColumn(EndpointRow::url).setHeader(getTranslation("webhooks.column.url")).setFlexGrow(1)
                .setResizable(true);
        endpoints.addColumn(e -> getTranslation(e.format().labelKey())).setHeader(getTranslation("webhooks.column.format"))
                .setAutoWidth(true);
        endpoints.addColumn(e -> getTranslation("webhooks.events.count", e.events().size()))
                .setHeader(getTranslation("webhooks.column.events")).setAutoWidth(true);
        endpoints.addComponentColumn(e -> StatusBadge.of(getTranslation(e.enabled() ? "webhooks.state.enabled"
                        : "webhooks.state.disabled"), e.enabled() ? "badge-success" : "badge-contrast"))
                .setHeader(getTranslation("webhooks.column.state")).setAutoWidth(true);
        endpoints.addComponentColumn(this::actions).setHeader(getTranslation("webhooks.column.actions"))
                .setWidth("19rem").setFlexGrow(0).setKey("actions");
        endpoints.setId("webhook-endpoints");
        endpoints.setEmptyStateText(getTranslation("webhooks.empty"));
        endpoints.setHeight("18rem");
        endpoints.setPageSize(20);
        endpoints.setItems(query -> webhooks.endpoints(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, webhooks.countEndpoints()));

        var add = new Button(getTranslation("webhooks.new"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("webhook-new");
        var endpointSection = new Section(new H2(getTranslation("webhooks.title")),
                new Paragraph(getTranslation("webhooks.intro")), endpoints, add);
        endpointSection.addClassName("card");

        deliveries.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("webhooks.delivery.column.time")).setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(d -> WebhookEvent.ofType(d.eventType()).map(e -> getTranslation(e.labelKey()))
                .orElse(d.eventType())).setHeader(getTranslation("webhooks.delivery.column.event")).setAutoWidth(true);
        deliveries.addComponentColumn(d -> StatusBadge.of(statusText(d), "webhook-status-", d.status()))
                .setHeader(getTranslation("webhooks.delivery.column.status")).setAutoWidth(true);
        deliveries.addColumn(DeliveryRow::attempts).setHeader(getTranslation("webhooks.delivery.column.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(d -> d.responseCode() == null ? "—" : String.valueOf(d.responseCode()))
                .setHeader(getTranslation("webhooks.delivery.column.code")).setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(WebhooksView::excerpt).setHeader(getTranslation("webhooks.delivery.column.excerpt"))
                .setFlexGrow(1).setResizable(true);
        deliveries.addComponentColumn(d -> {
            var replay = small(new Button(getTranslation("webhooks.delivery.replay")),
                    getTranslation("webhooks.delivery.replay.for", d.id()));
            replay.addClickListener(e -> replay(d));
            return replay;
        }).setHeader(getTranslation("webhooks.delivery.column.actions")).setAutoWidth(true).setFlexGrow(0)
                .setKey("replay");
        deliveries.setId("webhook-deliveries");
        deliveries.setEmptyStateText(getTranslation("webhooks.deliveries.empty"));
        deliveries.setPageSize(25);
        deliveries.setItems(query -> shown == null ? java.util.stream.Stream.empty()
                        : webhooks.deliveries(shown.id(), query.getOffset(), query.getLimit()).stream(),
                query -> shown == null ? 0 : (int) Math.min(Integer.MAX_VALUE, webhooks.countDeliveries(shown.id())));
        deliveries.setVisible(false);
        deliveriesTitle.setText(getTranslation("webhooks.deliveries.show"));
        deliveriesTitle.setId("webhook-deliveries-title");
        deliveriesHint.setText(getTranslation("webhooks.deliveries.none"));
        var deliverySection = new Section(deliveriesTitle, deliveriesHint, deliveries);
        deliverySection.addClassName("card");

        add(endpointSection, deliverySection);
    }

    private Div actions(EndpointRow endpoint) {
        var edit = small(new Button(getTranslation("webhooks.edit")), getTranslation("webhooks.edit.for", endpoint.name()));
        edit.addClickListener(e -> edit(endpoint));
        var toggle = small(new Button(getTranslation(endpoint.enabled() ? "webhooks.disable" : "webhooks.enable")),
                getTranslation(endpoint.enabled() ? "webhooks.disable.for" : "webhooks.enable.for", endpoint.name()));
        toggle.addClickListener(e -> {
            webhooks.enable(endpoint.id(), !endpoint.enabled());
            Toasts.success(getTranslation("common.saved"));
            endpoints.getDataProvider().refreshAll();
        });
        var secret = small(new Button(getTranslation("webhooks.secret.new")),
                getTranslation("webhooks.secret.new.for", endpoint.name()));
        secret.addClickListener(e -> Confirmations.ask(getTranslation("webhooks.secret.confirm.title"),
                getTranslation("webhooks.secret.confirm.text", endpoint.name()),
                getTranslation("webhooks.secret.confirm.ok"), () -> showSecret(webhooks.regenerateSecret(endpoint.id()))));
        var test = small(new Button(getTranslation("webhooks.test")), getTranslation("webhooks.test.for", endpoint.name()));
        test.addClickListener(e -> {
            webhooks.sendTest(endpoint.id());
            Toasts.success(getTranslation("webhooks.test.queued", endpoint.name()));
            if (shown != null && shown.id() == endpoint.id()) {
                deliveries.getDataProvider().refreshAll();
            }
        });
        var show = small(new Button(getTranslation("webhooks.deliveries.show")),
                getTranslation("webhooks.deliveries.show.for", endpoint.name()));
        show.addClickListener(e -> showDeliveries(endpoint));
        var box = new Div(edit, toggle, secret, test, show);
        box.addClassName("row-actions");
        return box;
    }

    /** Shows the deliveries to one endpoint, newest first. */
    void showDeliveries(EndpointRow endpoint) {
        shown = endpoint;
        deliveriesTitle.setText(getTranslation("webhooks.deliveries.title", endpoint.name()));
        deliveriesHint.setVisible(false);
        deliveries.setVisible(true);
        deliveries.getDataProvider().refreshAll();
    }

    EndpointForm edit(@Nullable EndpointRow endpoint) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(endpoint == null ? "webhooks.dialog.new" : "webhooks.dialog.edit"));
        var form = new EndpointForm(validator, endpoint == null ? null : endpoint.draft());
        dialog.add(form);
        var save = new Button(getTranslation("common.save"), e -> {
            var draft = form.draft();
            if (draft.isEmpty()) {
                return;
            }
            try {
                if (endpoint == null) {
                    var created = webhooks.create(draft.get());
                    dialog.close();
                    showSecret(created);
                } else {
                    webhooks.update(endpoint.id(), draft.get());
                    dialog.close();
                    Toasts.success(getTranslation("common.saved"));
                }
                endpoints.getDataProvider().refreshAll();
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("webhook-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        return form;
    }

    private void showSecret(NewSecret secret) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("webhooks.secret.title"));
        var field = new TextField(getTranslation("webhooks.secret.field"));
        field.setValue(secret.secret());
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId("webhook-secret");
        dialog.add(new Paragraph(getTranslation("webhooks.secret.intro")), field);
        var done = new Button(getTranslation("webhooks.secret.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("webhook-secret-done");
        dialog.getFooter().add(done);
        dialog.open();
        field.focus();
    }

    private void replay(DeliveryRow delivery) {
        webhooks.replay(delivery.id());
        Toasts.success(getTranslation("webhooks.delivery.replayed"));
        deliveries.getDataProvider().refreshAll();
    }

    private String statusText(DeliveryRow delivery) {
        var text = getTranslation(delivery.status().labelKey());
        if (delivery.status() == DeliveryStatus.PENDING && delivery.attempts() > 0) {
            text += " (" + getTranslation("webhooks.delivery.next",
                    Formats.dateTime(delivery.nextAttemptAt(), getLocale(), Formats.zone())) + ")";
        }
        return text;
    }

    private static String excerpt(DeliveryRow delivery) {
        var text = delivery.responseExcerpt() != null && !delivery.responseExcerpt().isBlank()
                ? delivery.responseExcerpt() : delivery.lastError();
        if (text == null) {
            return "";
        }
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    private static Button small(Button button, String label) {
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.webhooks");
    }
}
