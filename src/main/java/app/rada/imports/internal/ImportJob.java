package app.rada.imports.internal;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.IdeaImportService;
import app.rada.ideas.IdeaImportService.ImportedComment;
import app.rada.ideas.IdeaImportService.ImportedIdea;
import app.rada.ideas.IdeaImportService.ImportedVote;
import app.rada.imports.BatchState;
import app.rada.imports.ImportKind;
import app.rada.imports.ImportShape;
import app.rada.imports.internal.ImportPlanner.Plan;
import app.rada.imports.internal.ImportPlanner.PlannedRow;
import app.rada.shared.Problem;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in the background, one at a time per node, as the staff member who started it. All rows go
 * in within one transaction, so a failure leaves nothing half imported; the progress is written beside it in
 * short transactions of its own, so the page can show it, also after a reload.
 */
@Component
public class ImportJob {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);
    private static final int PROGRESS_EVERY = 25;
    private static final int VOTE_CHUNK = 200;

    private final IdeaImportService ideas;
    private final ImportStore store;
    private final AuditLog audit;
    private final Translations texts;
    private final Clock clock;
    private final TransactionTemplate main;
    private final TransactionTemplate side;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "rada-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJob(IdeaImportService ideas, ImportStore store, AuditLog audit, Translations texts, Clock clock,
              PlatformTransactionManager transactions) {
        this.ideas = ideas;
        this.store = store;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
        this.main = new TransactionTemplate(transactions);
        this.side = new TransactionTemplate(transactions);
        this.side.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Starts the import of a planned file into a batch already written; returns at once. */
    public void submit(long batchId, String fileName, Plan plan) {
        var context = SecurityContextHolder.getContext();
        executor.submit(new DelegatingSecurityContextRunnable(() -> run(batchId, fileName, plan), context));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run(long batchId, String fileName, Plan plan) {
        try {
            main.executeWithoutResult(status -> importRows(batchId, fileName, plan));
        } catch (RuntimeException e) {
            String reason;
            if (e instanceof Problem problem) {
                reason = problem.key();
            } else if (e instanceof DataIntegrityViolationException) {
                reason = "imports.failure.duplicate";
            } else {
                reason = "imports.failure.unexpected";
            }
            log.warn("Import {} failed; nothing of it was kept", batchId, e);
            side.executeWithoutResult(status -> store.finish(batchId, BatchState.FAILED, 0, 0, 0, reason,
                    Instant.now(clock)));
        }
    }

    private void importRows(long batchId, String fileName, Plan plan) {
        var me = CurrentUser.require();
        var shape = plan.shape();
        int processed = 0;
        int created = 0;
        int skipped = 0;
        var votes = new ArrayList<PlannedRow>();
        for (var row : plan.rows()) {
            processed++;
            if (!row.importable()) {
                skipped++;
            } else if (shape.kind() == ImportKind.VOTES) {
                votes.add(row);
                if (votes.size() == VOTE_CHUNK) {
                    int added = addVotes(batchId, shape, votes);
                    created += added;
                    skipped += votes.size() - added;
                    votes.clear();
                }
            } else {
                try {
                    addOne(batchId, shape, row, me);
                    created++;
                } catch (Problem refused) {
                    skipped++;
                }
            }
            if (processed % PROGRESS_EVERY == 0) {
                int now = processed;
                side.executeWithoutResult(status -> store.progress(batchId, now));
            }
        }
        int added = addVotes(batchId, shape, votes);
        created += added;
        skipped += votes.size() - added;
        store.finish(batchId, BatchState.DONE, processed, created, skipped, null, Instant.now(clock));
        audit.record(AuditRecord.of(AuditAction.IMPORT_RUN).by(me.personId(), me.email())
                .on("import", batchId, fileName)
                .detail(shape.name() + ": " + created + " created, " + skipped + " skipped"));
    }

    private void addOne(long batchId, ImportShape shape, PlannedRow row, RadaUser me) {
        var read = row.read();
        var at = Objects.requireNonNull(read.at());
        boolean matched = row.personId() != null;
        long author = matched ? row.personId() : me.personId();
        if (shape.kind() == ImportKind.IDEAS) {
            var note = new StringBuilder(text(me, "imports.origin.idea", shape.source().displayName(),
                    read.sourceId()));
            if (read.votes() != null) {
                note.append(' ').append(text(me, "imports.origin.votes", read.votes()));
            }
            if (!matched) {
                note.append(' ').append(text(me, "imports.origin.author", plainName(read)));
            }
            var description = read.details().isEmpty() ? "_" + note + "_" : read.details() + "\n\n_" + note + "_";
            long ideaId = ideas.createIdea(new ImportedIdea(read.title(), description, row.categoryId(), author,
                    matched, Objects.requireNonNull(read.status()), at));
            store.addItem(batchId, shape.source(), ImportKind.IDEAS, read.sourceId(), ideaId, author, null);
        } else {
            var ideaId = Objects.requireNonNull(row.ideaId());
            var text = matched ? read.text()
                    : read.text() + "\n\n_" + text(me, "imports.origin.author", plainName(read)) + "_";
            long commentId = ideas.addComment(new ImportedComment(ideaId, author, text, at));
            store.addItem(batchId, shape.source(), ImportKind.COMMENTS, read.sourceId(), ideaId, author, commentId);
        }
    }

    private int addVotes(long batchId, ImportShape shape, List<PlannedRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        var votes = rows.stream().map(r -> new ImportedVote(Objects.requireNonNull(r.ideaId()),
                Objects.requireNonNull(r.personId()), Objects.requireNonNull(r.read().at()))).toList();
        var added = ideas.addVotes(votes);
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (added.get(i)) {
                var vote = votes.get(i);
                store.addItem(batchId, shape.source(), ImportKind.VOTES, rows.get(i).read().sourceId(), vote.ideaId(),
                        vote.personId(), null);
                count++;
            }
        }
        return count;
    }

    /** The original author's name (or address) without the characters Markdown would read as formatting. */
    private static String plainName(ImportReader.ReadRow read) {
        var name = read.name().isBlank() ? read.email() : read.name();
        return name.replaceAll("[\\\\`*_\\[\\]()<>#!|~]", "").strip();
    }

    private String text(RadaUser me, String key, Object... args) {
        return texts.getTranslation(key, me.language().locale(), args);
    }
}
