package app.rada.imports;

import app.rada.ideas.IdeaStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a file as it would be imported: what it says, the errors that keep it out and the notes about
 * how it goes in (an author imported as the staff member, a category not found).
 *
 * @param alreadyImported the same row of the same tool was imported before; it is skipped
 */
public record PreviewRow(int line, String sourceId, String summary, String email, @Nullable Instant at,
                         @Nullable IdeaStatus status, List<RowNote> errors, List<RowNote> notes,
                         boolean alreadyImported) {

    public PreviewRow {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean importable() {
        return errors.isEmpty() && !alreadyImported;
    }
}
