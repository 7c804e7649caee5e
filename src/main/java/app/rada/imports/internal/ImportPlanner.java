package app.rada.imports.internal;

import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaCategoryService;
import app.rada.imports.ImportKind;
import app.rada.imports.ImportShape;
import app.rada.imports.RowNote;
import app.rada.imports.internal.ImportReader.ReadFile;
import app.rada.imports.internal.ImportReader.ReadRow;
import app.rada.people.PeopleByEmail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides how each row read from a file goes in, with the database's help, in a few queries for the whole
 * file: who its author is (an unknown address makes an idea or comment the importing staff member's, with the
 * original name kept; a vote needs a real voter), which category it is filed under, which imported idea a
 * vote or comment belongs to, and whether the row was imported before.
 */
@Component
public class ImportPlanner {

    /** A row and how it goes in; {@code personId} null means "as the importing staff member". */
    public record PlannedRow(ReadRow read, List<RowNote> errors, List<RowNote> notes, boolean alreadyImported,
                             @Nullable Long personId, @Nullable Long categoryId, @Nullable Long ideaId) {

        public boolean importable() {
            return errors.isEmpty() && !alreadyImported;
        }
    }

    public record Plan(ImportShape shape, List<PlannedRow> rows) {
    }

    private final PeopleByEmail people;
    private final IdeaCategoryService categories;
    private final ImportStore store;

    ImportPlanner(PeopleByEmail people, IdeaCategoryService categories, ImportStore store) {
        this.people = people;
        this.categories = categories;
        this.store = store;
    }

    public Plan plan(ReadFile file) {
        var shape = file.shape();
        var rows = file.rows();
        var persons = people.activeIds(rows.stream().map(ReadRow::email).toList());
        var already = store.imported(shape.source(), shape.kind(), rows.stream().map(ReadRow::sourceId).toList());
        Map<String, Long> ideas = shape.kind() == ImportKind.IDEAS ? Map.of()
                : store.importedIdeas(shape.source(), rows.stream().map(ReadRow::postId).toList());
        var byName = categoriesByName();
        var planned = new ArrayList<PlannedRow>(rows.size());
        for (var row : rows) {
            var errors = new ArrayList<>(row.errors());
            var notes = new ArrayList<RowNote>();
            Long personId = persons.get(row.email());
            if (personId == null && !row.email().isEmpty()) {
                if (shape.kind() == ImportKind.VOTES) {
                    errors.add(RowNote.of("imports.row.voter-unknown", row.email()));
                } else {
                    notes.add(RowNote.of("imports.note.author-unmatched", row.email()));
                }
            }
            Long categoryId = null;
            if (shape.kind() == ImportKind.IDEAS && !row.category().isEmpty()) {
                categoryId = category(row.category(), byName);
                if (categoryId == null) {
                    notes.add(RowNote.of("imports.note.category-unknown", row.category()));
                }
            }
            Long ideaId = null;
            if (shape.kind() != ImportKind.IDEAS && !row.postId().isEmpty()) {
                ideaId = ideas.get(row.postId());
                if (ideaId == null) {
                    errors.add(RowNote.of("imports.row.post-unknown", row.postId()));
                }
            }
            planned.add(new PlannedRow(row, errors, notes, already.contains(row.sourceId()), personId, categoryId,
                    ideaId));
        }
        return new Plan(shape, planned);
    }

    /** Categories by code and by their names in every language, retired ones left out. */
    private Map<String, Long> categoriesByName() {
        var result = new HashMap<String, Long>();
        for (CategoryOption option : categories.offeredCategories()) {
            result.putIfAbsent(key(option.code()), option.id());
            result.putIfAbsent(key(option.nameEn()), option.id());
            result.putIfAbsent(key(option.namePl()), option.id());
        }
        return result;
    }

    /** The first of the (comma or semicolon separated) names that is a category. */
    private static @Nullable Long category(String names, Map<String, Long> byName) {
        for (var name : names.split("[,;]")) {
            var id = byName.get(key(name));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
