package app.rada.ideas.ui;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaAssignmentService;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaReport;
import app.rada.ideas.IdeaReportService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Moderation;
import app.rada.ideas.PulseRemarksExport;
import app.rada.ideas.TriageExportService;
import app.rada.ideas.TriageFilter;
import app.rada.ideas.TriageRow;
import app.rada.ideas.TriageService;
import app.rada.people.PersonName;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.ThemesPanels;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Staff's triage queue: every idea waiting for a reaction, oldest first, narrowed by status,
 * category, owner, department, pre-moderation, reports and words; several ideas can be moved to a
 * status with one answer, and the list can be downloaded as CSV.
 */
@Route(IdeaNavigation.TRIAGE)
@RolesAllowed(Roles.STAFF)
@Menu(order = 710, title = "nav.triage", icon = "vaadin:clipboard-check")
@StyleSheet("styles/ideas.css")
@StyleSheet("styles/ideas-staff.css")
class TriageView extends Main implements HasDynamicTitle {

    private final TriageService triage;
    private final TriageExportService exporter;
    private final List<PersonName> owners;
    private final Map<Long, CategoryOption> categories;
    private volatile TriageFilter current = TriageFilter.defaults();
    /**
     * The list counts the ideas a filter finds up to this many; when there are more, its total says so and
     * the list grows as it is scrolled, so a broad filter on a large programme costs no more than a narrow one.
     */
    static final int COUNT_CAP = 1000;
    /** The cap in use; a test lowers it rather than seeding a thousand ideas. */
    int countCap = COUNT_CAP;
    /** How many ideas the current filter finds (up to one more than the cap), counted once per change of the filter. */
    private volatile long counted;

    final MultiSelectComboBox<IdeaStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<CategoryOption> category = new ComboBox<>();
    final ComboBox<PersonName> owner = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final Checkbox awaitingApproval = new Checkbox();
    final Checkbox reported = new Checkbox();
    final TextField search = new TextField();
    final Span total = new Span();
    final Grid<TriageRow> grid = new Grid<>();

    final Span selected = new Span();
    final Select<IdeaStatus> bulkStatus = new Select<>();
    final TextArea bulkAnswer = new TextArea();
    final Button bulkApply = new Button();
    final Anchor export = new Anchor();
    /** What members wrote in the pulse of done ideas, as a CSV file. */
    final Anchor exportRemarks = new Anchor();
    /** The reports list and its count, kept reachable here as well as on their panel. */
    final Grid<IdeaReport> reports;
    final Span reportTotal;

    TriageView(TriageService triage, IdeaCategoryService ideaCategories, IdeaAssignmentService assignment,
               IdeaReportService reportService, TriageExportService exporter, PulseRemarksExport remarksExport,
               ObjectProvider<ThemesPanels> themes) {
        this.triage = triage;
        var locale = getLocale();
        exportRemarks.setText(getTranslation("exports.pulse.download"));
        exportRemarks.setHref((DownloadHandler) event -> {
            event.setFileName("pulse-remarks.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            remarksExport.exportCsv(locale, writer);
            writer.flush();
        }, AttachmentType.DOWNLOAD);
        exportRemarks.setId("pulse-remarks-export");
        exportRemarks.addClassName("button-link");
        this.exporter = exporter;
        this.owners = assignment.owners();
        this.categories = ideaCategories.categories().stream().collect(Collectors.toMap(CategoryOption::id, Function.identity()));
        addClassNames("list-view", "triage-view");
        var reportsPanel = new ReportsPanel(reportService, this::refresh);
        reports = reportsPanel.reports;
        reportTotal = reportsPanel.reportTotal;
        add(filters(), bulkBar(), listSection(), reportsPanel);
        // the recurring themes among the open ideas, from the module that finds them
        themes.ifAvailable(panels -> add(panels.forIdeas()));
        refresh();
    }

    private Section filters() {
        var language = Language.closestTo(getLocale());
        statuses.setLabel(getTranslation("triage.filter.status"));
        statuses.setItems(IdeaStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        statuses.setValue(Set.of(IdeaStatus.NEW));
        statuses.setHelperText(getTranslation("triage.filter.status.help"));
        statuses.setId("triage-status");
        category.setLabel(getTranslation("triage.filter.category"));
        category.setItems(List.copyOf(categories.values()));
        category.setItemLabelGenerator(c -> c.name(language));
        category.setClearButtonVisible(true);
        owner.setLabel(getTranslation("triage.filter.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(PersonName::name);
        owner.setClearButtonVisible(true);
        department.setLabel(getTranslation("triage.filter.department"));
        department.setItems(triage.departments());
        department.setClearButtonVisible(true);
        awaitingApproval.setLabel(getTranslation("triage.filter.pending"));
        reported.setLabel(getTranslation("triage.filter.reported"));
        search.setLabel(getTranslation("triage.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("triage-search");
        statuses.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        awaitingApproval.addValueChangeListener(e -> refresh());
        reported.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        var checks = new Div(awaitingApproval, reported);
        checks.addClassName("triage-checks");
        var fields = new Div(statuses, category, owner, department, search, checks);
        fields.addClassName("filters");
        var section = new Section(new H2(getTranslation("triage.filters")), fields);
        section.addClassName("card");
        return section;
    }

    private Section bulkBar() {
        selected.setId("triage-selected");
        bulkStatus.setLabel(getTranslation("triage.bulk.status"));
        bulkStatus.setItems(IdeaStatus.CHOOSABLE.stream().sorted().toList());
        bulkStatus.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        bulkStatus.setValue(IdeaStatus.UNDER_REVIEW);
        bulkStatus.setId("triage-bulk-status");
        bulkAnswer.setLabel(getTranslation("triage.bulk.answer"));
        bulkAnswer.setHelperText(getTranslation("staff.answer.help"));
        bulkAnswer.setMaxLength(TriageService.ANSWER_MAX);
        bulkAnswer.setWidthFull();
        bulkAnswer.setId("triage-bulk-answer");
        bulkStatus.addValueChangeListener(e -> bulkAnswer.setRequired(e.getValue() != null && e.getValue().needsReason()));
        bulkApply.setText(getTranslation("triage.bulk.apply"));
        bulkApply.addThemeVariants(ButtonVariant.PRIMARY);
        bulkApply.setId("triage-bulk-apply");
        bulkApply.addClickListener(e -> applyBulk());

        export.setText(getTranslation("triage.export"));
        export.setHref(csv(), AttachmentType.DOWNLOAD);
        export.setId("triage-export");
        export.addClassName("button-link");

        var actions = new Div(bulkStatus, bulkApply, export, exportRemarks);
        actions.addClassName("filters");
        var section = new Section(new H2(getTranslation("triage.bulk.title")), selected, bulkAnswer, actions);
        section.addClassNames("card", "triage-bulk");
        showSelection();
        return section;
    }

    private DownloadHandler csv() {
        var locale = getLocale();
        return event -> {
            event.setFileName("ideas.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            exporter.exportCsv(current, locale, writer);
            writer.flush();
        };
    }

    private Section listSection() {
        total.setId("triage-total");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(r -> {
            var link = new Anchor(IdeaNavigation.idea(r.id()), r.title());
            link.addClassName("triage-title");
            return link;
        }).setHeader(getTranslation("triage.column.title")).setFlexGrow(3).setAutoWidth(false).setWidth("16rem");
        grid.addComponentColumn(r -> IdeaStatusBadge.of(r.status())).setHeader(getTranslation("triage.column.status"))
                .setAutoWidth(true);
        grid.addColumn(this::categoryName).setHeader(getTranslation("triage.column.category")).setAutoWidth(true);
        grid.addColumn(r -> r.authorName().orElse(getTranslation("people.former-member")))
                .setHeader(getTranslation("triage.column.author")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("triage.column.votes.value", r.voteCount(), r.weightedVotes()))
                .setHeader(getTranslation("triage.column.votes")).setAutoWidth(true);
        grid.addColumn(TriageRow::commentCount).setHeader(getTranslation("triage.column.comments")).setAutoWidth(true);
        grid.addColumn(r -> Formats.duration(r.waited(), getLocale())).setHeader(getTranslation("triage.column.waited"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.ownerId() == null ? "" : r.ownerName().orElse(getTranslation("people.former-member")))
                .setHeader(getTranslation("triage.column.owner")).setAutoWidth(true);
        grid.addColumn(r -> r.department() == null ? "" : r.department())
                .setHeader(getTranslation("triage.column.department")).setAutoWidth(true);
        grid.addColumn(this::flags).setHeader(getTranslation("triage.column.flags")).setAutoWidth(true);
        grid.setItems(query -> triage.queue(current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(counted, Integer.MAX_VALUE));
        grid.setEmptyStateText(getTranslation("triage.empty"));
        grid.setId("triage-grid");
        grid.addSelectionListener(e -> showSelection());
        var heading = new Div(new H2(getTranslation("triage.list.title")), total);
        heading.addClassName("triage-heading");
        var section = new Section(heading, grid);
        section.addClassName("card");
        return section;
    }

    private String categoryName(TriageRow row) {
        var option = row.categoryId() == null ? null : categories.get(row.categoryId());
        return option == null ? "" : option.name(Language.closestTo(getLocale()));
    }

    private String flags(TriageRow row) {
        var flags = new ArrayList<String>();
        if (row.moderation() == Moderation.PENDING) {
            flags.add(getTranslation("triage.flag.pending"));
        }
        if (row.openReports() > 0) {
            flags.add(getTranslation("triage.flag.reports", row.openReports()));
        }
        return String.join(", ", flags);
    }

    TriageFilter filter() {
        var chosen = statuses.getValue().isEmpty() ? Set.<IdeaStatus>of() : EnumSet.copyOf(statuses.getValue());
        return new TriageFilter(chosen, category.getValue() == null ? null : category.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(), department.getValue(),
                awaitingApproval.getValue(), reported.getValue(), search.getValue());
    }

    private void refresh() {
        current = filter();
        counted = triage.countUpTo(current, countCap + 1);
        grid.deselectAll();
        if (counted > countCap) {
            grid.getLazyDataView().setItemCountUnknown();
            grid.getLazyDataView().setItemCountEstimate(countCap);
            total.setText(getTranslation("triage.total.more", countCap));
        } else {
            grid.getLazyDataView().setItemCountFromDataProvider();
            total.setText(getTranslation("triage.total", counted));
        }
        grid.getDataProvider().refreshAll();
    }

    private void showSelection() {
        int count = grid.getSelectedItems().size();
        selected.setText(getTranslation("triage.bulk.selected", count));
        bulkApply.setEnabled(count > 0);
    }

    private void applyBulk() {
        var ids = grid.getSelectedItems().stream().map(TriageRow::id).toList();
        var status = bulkStatus.getValue();
        if (ids.isEmpty() || status == null) {
            return;
        }
        try {
            triage.bulkChangeStatus(ids, status, bulkAnswer.getValue());
            Toasts.success(getTranslation("triage.bulk.done", ids.size(), getTranslation(status.labelKey())));
            bulkAnswer.clear();
            bulkAnswer.setInvalid(false);
            refresh();
        } catch (Problem problem) {
            bulkAnswer.setInvalid(true);
            bulkAnswer.setErrorMessage(getTranslation(problem.key(), problem.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.triage");
    }
}
