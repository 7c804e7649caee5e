package app.rada.people.ui;

import app.rada.people.OrganisationOption;
import app.rada.people.PeopleFilter;
import app.rada.people.MembershipService;
import app.rada.people.OrganisationService;
import app.rada.people.PersonRow;
import app.rada.people.SegmentOption;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.Roles;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import app.rada.people.PeopleExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Everyone in the programme, as a lazy list an admin can search and narrow down.
 */
@Route("admin/people")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 800, title = "nav.admin.people", icon = "vaadin:users")
class AdminPeopleView extends Main implements HasDynamicTitle {

    /** The people the filters show, as a CSV file. */
    final Anchor download = new Anchor();

    enum Status { ACTIVE, INACTIVE }

    final TextField search = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    final Select<SegmentOption> segment = new Select<>();
    final Select<Status> status = new Select<>();
    final Grid<PersonRow> grid = new Grid<>();
    private final MembershipService people;
    private final OrganisationService organisations;
    private final Validator validator;

    AdminPeopleView(MembershipService people, OrganisationService organisations, Validator validator,
                    PeopleExport export) {
        this.people = people;
        this.validator = validator;
        this.organisations = organisations;
        addClassName("list-view");
        var language = Language.closestTo(getLocale());
        var segments = organisations.segments();
        Map<Long, SegmentOption> segmentsById = segments.stream()
                .collect(Collectors.toMap(SegmentOption::id, Function.identity()));
        Map<String, SegmentOption> segmentsByCode = segments.stream()
                .collect(Collectors.toMap(SegmentOption::code, Function.identity()));

        search.setLabel(getTranslation("people.search"));
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("people-search");

        role.setLabel(getTranslation("people.filter.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("people.filter.any"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("people.filter.any") : getTranslation(r.labelKey()));

        organisation.setLabel(getTranslation("people.filter.organisation"));
        organisation.setItems(organisations.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("people.filter.any"));

        segment.setLabel(getTranslation("people.filter.segment"));
        segment.setItems(segments);
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption(getTranslation("people.filter.any"));
        segment.setItemLabelGenerator(s -> s == null ? getTranslation("people.filter.any")
                : language == Language.PL ? s.namePl() : s.nameEn());

        status.setLabel(getTranslation("people.filter.status"));
        status.setItems(Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("people.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("people.filter.any")
                : getTranslation(s == Status.ACTIVE ? "people.status.active" : "people.status.inactive"));

        var locale = getLocale();
        download.setText(getTranslation("exports.people.download"));
        download.setHref((DownloadHandler) event -> {
            event.setFileName("people.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            export.exportCsv(filter(), locale, writer);
            writer.flush();
        }, AttachmentType.DOWNLOAD);
        download.setId("people-export");
        download.addClassName("button-link");
        var filters = new Div(search, role, organisation, segment, status, download);
        filters.addClassName("filters");

        grid.addColumn(r -> r.name().isEmpty() ? getTranslation("people.former-member") : r.name()).setHeader(getTranslation("people.column.name"))
                .setKey("name").setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("people.column.email"))
                .setKey("email").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.organisationName() == null ? "" : r.organisationName())
                .setHeader(getTranslation("people.column.organisation")).setKey("organisation").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> {
            var s = r.segmentCode() == null ? null : segmentsByCode.get(r.segmentCode());
            return s == null ? "" : getTranslation("people.segment-weight",
                    language == Language.PL ? s.namePl() : s.nameEn(), s.voteWeight());
        }).setHeader(getTranslation("people.column.segment")).setAutoWidth(true);
        grid.addColumn(r -> r.roles().stream().sorted().map(x -> getTranslation(x.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("people.column.roles")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            return StatusBadge.of(getTranslation(r.active() ? "people.status.active" : "people.status.inactive"),
                    r.active() ? "status-active" : "status-inactive");
        }).setHeader(getTranslation("people.column.status")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.createdAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("people.column.since")).setKey("createdAt").setSortable(true)
                .setAutoWidth(true);
        grid.setId("people-grid");
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());

        grid.setItems(query -> people.findPeople(filter(), query.getOffset(), query.getLimit(),
                        sortOf(query.getSortOrders())).stream(),
                query -> (int) people.countPeople(filter()));

        grid.addItemClickListener(e -> openPerson(e.getItem().id()));
        grid.addComponentColumn(r -> {
            var edit = new Button(getTranslation("people.edit"), click -> openPerson(r.id()));
            edit.addThemeVariants(ButtonVariant.SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("people.edit.for", r.name()));
            return edit;
        }).setHeader(getTranslation("invitations.actions")).setAutoWidth(true).setFrozenToEnd(true);

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        organisation.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        segment.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(filters, grid);
        setSizeFull();
    }

    PersonDialog openPerson(long personId) {
        var dialog = new PersonDialog(people, organisations.organisations(), people.details(personId),
                () -> grid.getDataProvider().refreshAll(), validator);
        dialog.open();
        return dialog;
    }

    PeopleFilter filter() {
        return new PeopleFilter(search.getValue(), role.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                segment.getValue() == null ? null : segment.getValue().id(),
                status.getValue() == null ? null : status.getValue() == Status.ACTIVE);
    }

    private static Sort sortOf(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.people");
    }
}
