package app.rada.imports;

import java.util.List;

/** What a file would import: its shape, every row with its errors and notes, and the totals. */
public record ImportPreview(String fileName, ImportShape shape, List<PreviewRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public int total() {
        return rows.size();
    }

    public long importable() {
        return rows.stream().filter(PreviewRow::importable).count();
    }

    public long withErrors() {
        return rows.stream().filter(r -> !r.errors().isEmpty()).count();
    }

    public long alreadyImported() {
        return rows.stream().filter(r -> r.errors().isEmpty() && r.alreadyImported()).count();
    }

    public long withNotes() {
        return rows.stream().filter(r -> r.importable() && !r.notes().isEmpty()).count();
    }
}
