package app.rada.mail.ui;

import app.rada.mail.MailOutbox;
import app.rada.mail.MailStatus;
import app.rada.mail.OutboxFilter;
import app.rada.mail.OutboxRow;
import app.rada.shared.Language;
import app.rada.shared.Roles;
import app.rada.shared.i18n.Translations;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Every mail the portal wrote, newest first, for staff: narrowed by status and by recipient or
 * subject, each one readable as sent, with "Retry now" for mail not sent yet.
 */
@Route(OutboxView.ROUTE)
@RolesAllowed(Roles.STAFF)
@Menu(order = 750, title = "nav.outbox", icon = "vaadin:envelopes-o")
class OutboxView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/outbox";

    private final MailOutbox outbox;
    private final Translations texts;

    final Paragraph deliveryOff = new Paragraph();
    final Select<MailStatus> status = new Select<>();
    final TextField search = new TextField();
    final Grid<OutboxRow> grid = new Grid<>();

    OutboxView(MailOutbox outbox, Translations texts) {
        this.outbox = outbox;
        this.texts = texts;
        addClassName("list-view");
        addClassName("outbox-view");

        deliveryOff.setText(getTranslation("outbox.delivery-off"));
        deliveryOff.addClassName("outbox-notice");
        deliveryOff.setId("outbox-delivery-off");
        deliveryOff.setVisible(!outbox.deliveryActive());

        status.setLabel(getTranslation("outbox.filter.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.filter.any") : getTranslation(s.labelKey()));
        status.setId("outbox-status");

        search.setLabel(getTranslation("outbox.filter.text"));
        search.setPlaceholder(getTranslation("outbox.filter.text.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("outbox-search");

        var filters = new Div(status, search);
        filters.addClassName("filters");

        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("outbox.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxRow::recipient).setHeader(getTranslation("outbox.column.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("outbox.column.subject")).setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(r -> kindLabel(r.kind())).setHeader(getTranslation("outbox.column.kind")).setAutoWidth(true);
        grid.addComponentColumn(r -> badge(r.status())).setHeader(getTranslation("outbox.column.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("outbox.attempts.value", r.attempts()))
                .setHeader(getTranslation("outbox.column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            var open = new Button(getTranslation("outbox.open"), e -> open(r.id()));
            open.addThemeVariants(ButtonVariant.SMALL);
            open.getElement().setAttribute("aria-label", getTranslation("outbox.open.for", r.recipient(), r.subject()));
            return open;
        }).setHeader(getTranslation("outbox.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setId("outbox-grid");
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(query -> outbox.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filter())));
        grid.addItemClickListener(e -> open(e.getItem().id()));

        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(deliveryOff, filters, grid);
        setSizeFull();
    }

    OutboxFilter filter() {
        var text = search.getValue().isBlank() ? null : search.getValue();
        return new OutboxFilter(status.getValue(), text);
    }

    OutboxMailDialog open(long id) {
        var dialog = new OutboxMailDialog(outbox, outbox.open(id), this::kindLabel, outbox.deliveryActive(),
                () -> grid.getDataProvider().refreshAll());
        dialog.open();
        return dialog;
    }

    /** The kind's name in the reader's language; a kind without a translation shows as it is stored. */
    String kindLabel(String kind) {
        var key = "outbox.kind." + kind;
        return texts.has(key, Language.EN) ? getTranslation(key) : kind;
    }

    Span badge(MailStatus value) {
        var badge = new Span(getTranslation(value.labelKey()));
        badge.addClassNames("status-badge", "mail-" + value.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox");
    }
}
