package app.rada.imports;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.IdeaImportService;
import app.rada.ideas.IdeaImportService.ImportedThings;
import app.rada.imports.internal.ImportJob;
import app.rada.imports.internal.ImportPlanner;
import app.rada.imports.internal.ImportReader;
import app.rada.imports.internal.ImportStore;
import app.rada.shared.AfterCommit;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff import ideas, votes and comments exported from Canny, UserVoice or Fider: a preview of every row,
 * the import itself in the background, the list of imports with their progress, and the undo of one.
 * Refused with a {@link Problem} when the file is too large, not UTF-8 text, has more than
 * {@value ImportReader#MAX_ROWS} rows or a header of no known shape.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    public static final int MAX_BYTES = ImportReader.MAX_BYTES;
    public static final int MAX_ROWS = ImportReader.MAX_ROWS;
    private static final int FILE_NAME_MAX = 255;

    private final ImportPlanner planner;
    private final ImportStore store;
    private final ImportJob job;
    private final IdeaImportService ideas;
    private final AuditLog audit;
    private final Clock clock;

    ImportService(ImportPlanner planner, ImportStore store, ImportJob job, IdeaImportService ideas, AuditLog audit,
                  Clock clock) {
        this.planner = planner;
        this.store = store;
        this.job = job;
        this.ideas = ideas;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the file would import, row by row; nothing is saved. */
    @PreAuthorize(Access.STAFF)
    public ImportPreview preview(String fileName, byte[] content) {
        var plan = planner.plan(ImportReader.read(content, Instant.now(clock)));
        var rows = plan.rows().stream().map(row -> {
            var read = row.read();
            var summary = plan.shape().kind() == ImportKind.IDEAS ? read.title()
                    : plan.shape().kind() == ImportKind.COMMENTS ? read.text() : read.postId();
            return new PreviewRow(read.line(), read.sourceId(), summary, read.email(), read.at(), read.status(),
                    row.errors(), row.notes(), row.alreadyImported());
        }).toList();
        return new ImportPreview(fileName, plan.shape(), rows);
    }

    /**
     * Starts importing the file's good rows in the background and returns the import's id at once; rows
     * with errors and rows imported before are skipped. Refused when no row can be imported.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long start(String fileName, byte[] content) {
        var me = CurrentUser.require();
        var plan = planner.plan(ImportReader.read(content, Instant.now(clock)));
        if (plan.rows().stream().noneMatch(ImportPlanner.PlannedRow::importable)) {
            throw new Problem("imports.problem.nothing");
        }
        var name = fileName.length() > FILE_NAME_MAX ? fileName.substring(0, FILE_NAME_MAX) : fileName;
        long batchId = store.createBatch(plan.shape().source(), plan.shape().kind(), name, me.personId(),
                plan.rows().size(), Instant.now(clock));
        // the job's own transaction must see the batch: it starts once this one has committed
        AfterCommit.run(() -> job.submit(batchId, name, plan));
        return batchId;
    }

    /** A page of the imports, newest first. */
    @PreAuthorize(Access.STAFF)
    public List<ImportBatch> batches(int offset, int limit) {
        return store.batches(Math.max(offset, 0), Math.min(Math.max(limit, 1), 100));
    }

    @PreAuthorize(Access.STAFF)
    public long countBatches() {
        return store.countBatches();
    }

    /** Whether an import is running now (on any node). */
    @PreAuthorize(Access.STAFF)
    public boolean anyRunning() {
        return store.countRunning() > 0;
    }

    @PreAuthorize(Access.STAFF)
    public Optional<ImportBatch> batch(long batchId) {
        return store.batch(batchId);
    }

    /**
     * Removes everything the import created, in one transaction: its ideas (with the votes and comments other
     * imports put on them), or its votes or comments, with their counters and search terms. Refused with a
     * {@link Problem} when the import is not finished or already undone, or when its ideas were changed since
     * in a way that makes removing them unsafe (see {@link IdeaImportService#removalRefusal}).
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void undo(long batchId) {
        var me = CurrentUser.require();
        var batch = store.lockBatch(batchId).orElseThrow(() -> new NoSuchElementException("import " + batchId));
        if (batch.state() != BatchState.DONE) {
            throw new Problem("imports.undo.refused.state");
        }
        var items = store.items(batchId);
        ideas.remove(new ImportedThings(items.ideaIds(), items.votes(), items.commentIds()));
        store.forgetItems(batchId);
        store.markUndone(batchId, Instant.now(clock));
        audit.record(AuditRecord.of(AuditAction.IMPORT_UNDONE).by(me.personId(), me.email())
                .on("import", batchId, batch.fileName())
                .detail(batch.kind().name() + ": " + items.ideaIds().size() + " ideas, " + items.votes().size()
                        + " votes, " + items.commentIds().size() + " comments removed"));
    }
}
