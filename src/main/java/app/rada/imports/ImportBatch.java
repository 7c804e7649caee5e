package app.rada.imports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One import as the list of imports shows it, with its progress while it runs. */
public record ImportBatch(long id, ImportSource source, ImportKind kind, String fileName, long staffId,
                          BatchState state, int totalRows, int processedRows, int createdItems, int skippedRows,
                          @Nullable String failure, Instant startedAt, @Nullable Instant finishedAt,
                          @Nullable Instant undoneAt) {

    /** Progress from 0 to 1. */
    public double progress() {
        return totalRows == 0 ? 1 : Math.min(1, (double) processedRows / totalRows);
    }

    public boolean undoable() {
        return state == BatchState.DONE && createdItems > 0;
    }
}
