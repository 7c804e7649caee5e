package app.rada.imports.ui;

import app.rada.imports.BatchState;
import app.rada.imports.ImportBatch;
import app.rada.imports.ImportPreview;
import app.rada.imports.ImportService;
import app.rada.imports.PreviewRow;
import app.rada.imports.RowNote;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Confirmations;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.LimitedUpload;
import app.rada.shared.ui.Toasts;
import app.rada.shared.ui.WhileAttached;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Staff import ideas, votes and comments from another tool's CSV export: upload, a preview of every row with
 * its errors, the import in the background with its progress, and the list of imports with an undo.
 */
@Route(ImportView.ROUTE)
@RolesAllowed(Roles.STAFF)
@Menu(order = 712, title = "nav.imports", icon = "vaadin:upload")
class ImportView extends Main implements HasDynamicTitle {

    static final String ROUTE = "staff/import";
    private static final int POLL_MILLIS = 1000;

    private final ImportService imports;

    final LimitedUpload handler;
    final Upload upload;
    final Paragraph error = new Paragraph();
    final Section previewSection = new Section();
    final Paragraph totals = new Paragraph();
    final Grid<PreviewRow> previewGrid = new Grid<>();
    final Button confirm = new Button();
    final Button discard = new Button();
    final Grid<ImportBatch> batches = new Grid<>();

    private @Nullable ImportPreview preview;
    private byte @Nullable [] content;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("list-view");
        addClassName("import-view");

        var intro = new Paragraph(getTranslation("imports.intro", ImportService.MAX_ROWS,
                ImportService.MAX_BYTES / (1024 * 1024)));
        handler = LimitedUpload.inMemory(ImportService.MAX_BYTES, 1, this::received,
                name -> showError(getTranslation("imports.problem.too-large", ImportService.MAX_BYTES / (1024 * 1024))));
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> showError(getTranslation("imports.problem.rejected")));
        var uploadTexts = new UploadI18N();
        uploadTexts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add-file"))
                .setMany(getTranslation("upload.add-file")));
        uploadTexts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop-file"))
                .setMany(getTranslation("upload.drop-file")));
        uploadTexts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("imports.problem.rejected"))
                .setIncorrectFileType(getTranslation("imports.problem.rejected"))
                .setTooManyFiles(getTranslation("imports.problem.rejected")));
        upload.setI18n(uploadTexts);
        upload.getElement().setAttribute("aria-label", getTranslation("imports.upload"));

        error.setId("import-error");
        error.addClassName("form-error");
        error.setVisible(false);

        previewGrid.setId("import-preview");
        previewGrid.addColumn(PreviewRow::line).setHeader(getTranslation("imports.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        previewGrid.addColumn(PreviewRow::sourceId).setHeader(getTranslation("imports.column.id")).setAutoWidth(true);
        previewGrid.addColumn(PreviewRow::summary).setHeader(getTranslation("imports.column.summary")).setFlexGrow(1)
                .setResizable(true);
        previewGrid.addColumn(PreviewRow::email).setHeader(getTranslation("imports.column.email")).setAutoWidth(true);
        previewGrid.addColumn(r -> r.at() == null ? "" : Formats.dateTime(r.at(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("imports.column.date")).setAutoWidth(true);
        previewGrid.addColumn(r -> r.status() == null ? "" : getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("imports.column.status")).setAutoWidth(true);
        previewGrid.addColumn(this::outcome).setHeader(getTranslation("imports.column.outcome")).setFlexGrow(2);
        previewGrid.setPageSize(50);
        previewGrid.setEmptyStateText(getTranslation("imports.preview.empty"));

        totals.setId("import-totals");
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> startImport());
        discard.setId("import-discard");
        discard.setText(getTranslation("imports.discard"));
        discard.addClickListener(e -> clearPreview());
        var actions = new Div(confirm, discard);
        actions.addClassName("filters");
        previewSection.add(new H2(getTranslation("imports.preview.title")), totals, actions, previewGrid);
        previewSection.addClassName("card");
        previewSection.setVisible(false);

        batches.setId("import-batches");
        batches.addColumn(b -> Formats.dateTime(b.startedAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("imports.column.started")).setAutoWidth(true).setFlexGrow(0);
        batches.addColumn(ImportBatch::fileName).setHeader(getTranslation("imports.column.file")).setFlexGrow(1);
        batches.addColumn(b -> b.source().displayName() + " · " + getTranslation(b.kind().labelKey()))
                .setHeader(getTranslation("imports.column.kind")).setAutoWidth(true);
        batches.addComponentColumn(this::stateOf).setHeader(getTranslation("imports.column.state")).setAutoWidth(true);
        batches.addColumn(b -> getTranslation("imports.batch.counts", b.createdItems(), b.skippedRows()))
                .setHeader(getTranslation("imports.column.result")).setAutoWidth(true);
        batches.addComponentColumn(this::undoButton).setHeader(getTranslation("imports.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        batches.setEmptyStateText(getTranslation("imports.batches.empty"));
        batches.setItems(q -> imports.batches(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, imports.countBatches()));
        var history = new Section(new H2(getTranslation("imports.batches.title")), batches);
        history.addClassName("card");

        // while an import runs, its progress is read from the database every second
        WhileAttached.listen(this, ui -> {
            var poll = ui.addPollListener(e -> refreshBatches());
            ui.setPollInterval(imports.anyRunning() ? POLL_MILLIS : -1);
            return () -> {
                ui.setPollInterval(-1);
                poll.remove();
            };
        });

        add(intro, upload, error, previewSection, history);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.imports");
    }

    void received(String fileName, byte[] data) {
        error.setVisible(false);
        try {
            preview = imports.preview(fileName, data);
            content = data;
        } catch (Problem problem) {
            clearPreview();
            showError(getTranslation(problem.key(), problem.args()));
            return;
        }
        var shown = preview;
        previewGrid.setItems(q -> shown.rows().stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> shown.rows().size());
        totals.setText(getTranslation("imports.preview.totals", shown.total(), shown.importable(),
                shown.withErrors(), shown.alreadyImported(), shown.withNotes())
                + " " + getTranslation("imports.preview.shape", shown.shape().source().displayName(),
                getTranslation(shown.shape().kind().labelKey())));
        confirm.setText(getTranslation("imports.confirm", shown.importable()));
        confirm.setEnabled(shown.importable() > 0);
        previewSection.setVisible(true);
    }

    private void startImport() {
        var shown = preview;
        var data = content;
        if (shown == null || data == null) {
            return;
        }
        try {
            imports.start(shown.fileName(), data);
            Toasts.success(getTranslation("imports.started"));
            clearPreview();
            refreshBatches();
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    private void clearPreview() {
        preview = null;
        content = null;
        previewGrid.setItems(List.of());
        previewSection.setVisible(false);
        upload.clearFileList();
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        Toasts.error(text);
    }

    /** The row's errors, or what it will become with its notes, in the reader's language. */
    String outcome(PreviewRow row) {
        if (!row.errors().isEmpty()) {
            return getTranslation("imports.outcome.refused") + " " + texts(row.errors().stream());
        }
        if (row.alreadyImported()) {
            return getTranslation("imports.outcome.already");
        }
        return row.notes().isEmpty() ? getTranslation("imports.outcome.ok")
                : getTranslation("imports.outcome.ok") + " " + texts(row.notes().stream());
    }

    private String texts(Stream<RowNote> notes) {
        return notes.map(n -> getTranslation(n.key(), n.argsArray())).collect(Collectors.joining(" "));
    }

    private Component stateOf(ImportBatch batch) {
        if (batch.state() == BatchState.RUNNING) {
            var bar = new ProgressBar(0, 1, batch.progress());
            bar.getElement().setAttribute("aria-label", getTranslation("imports.progress", batch.processedRows(),
                    batch.totalRows()));
            var label = new Span(getTranslation("imports.progress", batch.processedRows(), batch.totalRows()));
            var box = new Div(label, bar);
            box.addClassName("import-progress");
            return box;
        }
        var text = getTranslation(batch.state().labelKey());
        if (batch.state() == BatchState.FAILED && batch.failure() != null) {
            text += ": " + getTranslation(batch.failure());
        }
        var span = new Span(text);
        span.addClassName("import-state");
        return span;
    }

    private Component undoButton(ImportBatch batch) {
        var undo = new Button(getTranslation("imports.undo"));
        undo.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        undo.setId("import-undo-" + batch.id());
        undo.getElement().setAttribute("aria-label", getTranslation("imports.undo.for", batch.fileName()));
        undo.setVisible(batch.undoable());
        undo.addClickListener(e -> Confirmations.ask(getTranslation("imports.undo.title"),
                getTranslation("imports.undo.text", batch.fileName()), getTranslation("imports.undo"),
                () -> undo(batch.id())));
        return undo;
    }

    void undo(long batchId) {
        try {
            imports.undo(batchId);
            Toasts.success(getTranslation("imports.undone"));
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
        refreshBatches();
    }

    /** Shows the imports as they stand now, and keeps polling only while one of them runs. */
    void refreshBatches() {
        batches.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.setPollInterval(imports.anyRunning() ? POLL_MILLIS : -1));
    }
}
