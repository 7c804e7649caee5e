package app.rada.ideas.ui;

import app.rada.ideas.IdeaReport;
import app.rada.ideas.IdeaReportService;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.NoSuchElementException;

/** What members reported about ideas and comments, oldest first, until staff have looked at it. */
class ReportsPanel extends Section {

    final Grid<IdeaReport> reports = new Grid<>();
    final Span reportTotal = new Span();
    private final IdeaReportService reportService;
    private final Runnable afterResolve;

    ReportsPanel(IdeaReportService reportService, Runnable afterResolve) {
        this.reportService = reportService;
        this.afterResolve = afterResolve;
        reportTotal.setId("report-total");
        reports.addComponentColumn(r -> {
            var link = new Anchor(IdeaNavigation.idea(r.ideaId()), r.ideaTitle());
            link.addClassName("triage-title");
            var what = new Span(getTranslation(r.commentId() == null ? "triage.reports.on-idea" : "triage.reports.on-comment"));
            what.addClassName("report-target");
            var cell = new Div(link, what);
            cell.addClassName("report-cell");
            return cell;
        }).setHeader(getTranslation("triage.reports.column.idea")).setFlexGrow(2);
        reports.addColumn(IdeaReport::reason).setHeader(getTranslation("triage.reports.column.reason"))
                .setFlexGrow(3);
        reports.addColumn(r -> r.reporterName().orElse(getTranslation("people.former-member")))
                .setHeader(getTranslation("triage.reports.column.reporter")).setAutoWidth(true);
        reports.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("triage.reports.column.when")).setAutoWidth(true);
        reports.addComponentColumn(r -> {
            var resolve = new Button(getTranslation("triage.reports.resolve"), e -> resolve(r));
            resolve.addThemeVariants(ButtonVariant.SMALL);
            resolve.getElement().setAttribute("aria-label",
                    getTranslation("triage.reports.resolve.label", r.ideaTitle()));
            return resolve;
        }).setHeader(getTranslation("triage.reports.column.action")).setAutoWidth(true).setKey("action");
        reports.setItems(query -> reportService.reports(query.getOffset(), query.getLimit()).stream(),
                query -> (int) reportService.countReports());
        reports.setEmptyStateText(getTranslation("triage.reports.empty"));
        reports.setAllRowsVisible(false);
        reports.setId("report-grid");
        reports.addClassName("report-grid");
        var heading = new Div(new H2(getTranslation("triage.reports.title")), reportTotal);
        heading.addClassName("triage-heading");
        var hint = new Paragraph(getTranslation("triage.reports.hint"));
        hint.addClassName("triage-hint");
        add(heading, hint, reports);
        addClassName("card");
        setId("reports");
        showReportTotal();
    }

    private void resolve(IdeaReport report) {
        try {
            reportService.resolveReport(report.id());
            Toasts.success(getTranslation("triage.reports.resolved"));
        } catch (NoSuchElementException gone) {
            // resolved by someone else in the meantime: the refreshed list shows that
        }
        reports.getDataProvider().refreshAll();
        showReportTotal();
        afterResolve.run();
    }

    private void showReportTotal() {
        reportTotal.setText(getTranslation("triage.reports.total", reportService.countReports()));
    }
}
