package app.rada.audit.ui;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditExport;
import app.rada.audit.AuditFilter;
import app.rada.audit.AuditRow;
import app.rada.audit.AuditTrail;
import app.rada.audit.LoginFailureReason;
import app.rada.shared.Roles;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/** The audit log for admins: newest first, narrowed by action, person and dates. Read only. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 850, title = "nav.admin.audit", icon = "vaadin:records")
class AuditLogView extends Main implements HasDynamicTitle {

    /** The entries the filters show, as a CSV file. */
    final Anchor download = new Anchor();

    final ComboBox<AuditAction> action = new ComboBox<>();
    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditRow> grid = new Grid<>();
    private final ZoneId zone = ZoneId.systemDefault();

    AuditLogView(AuditTrail trail, AuditExport export) {
        addClassName("list-view");

        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation(a.labelKey()))).toList());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.filter.any"));
        action.setId("audit-action");

        text.setLabel(getTranslation("audit.filter.text"));
        text.setPlaceholder(getTranslation("audit.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("audit-text");

        LocalisedPickers.localise(from, this);

        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        from.setLocale(getLocale());
        from.setClearButtonVisible(true);
        LocalisedPickers.localise(to, this);
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        to.setLocale(getLocale());
        to.setClearButtonVisible(true);

        var locale = getLocale();
        download.setText(getTranslation("exports.audit.download"));
        download.setHref((DownloadHandler) event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.exportCsv(filter(), locale, writer);
            writer.flush();
        }, AttachmentType.DOWNLOAD);
        download.setId("audit-export");
        download.addClassName("button-link");
        var filters = new Div(action, text, from, to, download);
        filters.addClassName("filters");

        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale(), zone))
                .setHeader(getTranslation("audit.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.action().labelKey()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.actorLabel(), getTranslation("audit.system")))
                .setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(r -> r.targetLabel() == null ? "" : r.targetLabel())
                .setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(this::detail)
                .setHeader(getTranslation("audit.column.detail")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
                .setHeader(getTranslation("audit.column.address")).setAutoWidth(true);
        grid.setId("audit-grid");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> trail.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter())));

        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(filters, grid);
        setSizeFull();
    }

    /** A refused login's reason in the reader's language; other details as written. */
    private String detail(AuditRow row) {
        if (row.action() == AuditAction.LOGIN_FAILED && row.detail() != null) {
            return getTranslation(LoginFailureReason.ofDetail(row.detail()).labelKey());
        }
        return row.detail() == null ? "" : row.detail();
    }

    AuditFilter filter() {
        var start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        var end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        var search = text.getValue().isBlank() ? null : text.getValue();
        return new AuditFilter(action.getValue(), search, start, end);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
