package app.rada.imports;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The files the portal reads: one per tool and kind of row, told apart by their header line. Column names
 * are compared in lower case with spaces and punctuation read as underscores ("Suggestion ID" is
 * {@code suggestion_id}); columns beyond these are ignored.
 */
public enum ImportShape {
    CANNY_IDEAS(ImportSource.CANNY, ImportKind.IDEAS, Map.of(
            Field.ID, "id", Field.TITLE, "title", Field.DETAILS, "details", Field.EMAIL, "author_email",
            Field.NAME, "author_name", Field.DATE, "created_at", Field.STATUS, "status", Field.BOARD, "board",
            Field.CATEGORY, "category", Field.VOTES, "vote_count")),
    CANNY_VOTES(ImportSource.CANNY, ImportKind.VOTES, Map.of(
            Field.POST, "post_id", Field.EMAIL, "voter_email", Field.NAME, "voter_name", Field.DATE, "created_at")),
    CANNY_COMMENTS(ImportSource.CANNY, ImportKind.COMMENTS, Map.of(
            Field.ID, "id", Field.POST, "post_id", Field.EMAIL, "author_email", Field.NAME, "author_name",
            Field.TEXT, "value", Field.DATE, "created_at")),
    USERVOICE_IDEAS(ImportSource.USERVOICE, ImportKind.IDEAS, Map.of(
            Field.ID, "suggestion_id", Field.TITLE, "title", Field.DETAILS, "description",
            Field.EMAIL, "creator_email", Field.NAME, "creator_name", Field.DATE, "created_at",
            Field.STATUS, "status", Field.BOARD, "forum", Field.CATEGORY, "category", Field.VOTES, "votes")),
    USERVOICE_VOTES(ImportSource.USERVOICE, ImportKind.VOTES, Map.of(
            Field.POST, "suggestion_id", Field.EMAIL, "supporter_email", Field.NAME, "supporter_name",
            Field.DATE, "created_at")),
    USERVOICE_COMMENTS(ImportSource.USERVOICE, ImportKind.COMMENTS, Map.of(
            Field.ID, "comment_id", Field.POST, "suggestion_id", Field.EMAIL, "commenter_email",
            Field.NAME, "commenter_name", Field.TEXT, "text", Field.DATE, "created_at")),
    FIDER_IDEAS(ImportSource.FIDER, ImportKind.IDEAS, Map.of(
            Field.ID, "number", Field.TITLE, "title", Field.DETAILS, "description", Field.EMAIL, "author_email",
            Field.NAME, "author_name", Field.DATE, "created_at", Field.STATUS, "status", Field.CATEGORY, "tags",
            Field.VOTES, "votes_count")),
    FIDER_COMMENTS(ImportSource.FIDER, ImportKind.COMMENTS, Map.of(
            Field.ID, "comment_id", Field.POST, "post_number", Field.EMAIL, "author_email",
            Field.NAME, "author_name", Field.TEXT, "content", Field.DATE, "created_at"));

    /** What a column holds. */
    public enum Field {
        ID, POST, TITLE, DETAILS, EMAIL, NAME, DATE, STATUS, BOARD, CATEGORY, VOTES, TEXT
    }

    private final ImportSource source;
    private final ImportKind kind;
    private final Map<Field, String> columns;

    ImportShape(ImportSource source, ImportKind kind, Map<Field, String> columns) {
        this.source = source;
        this.kind = kind;
        var ordered = new LinkedHashMap<Field, String>();
        for (var field : Field.values()) {
            if (columns.containsKey(field)) {
                ordered.put(field, columns.get(field));
            }
        }
        this.columns = ordered;
    }

    public ImportSource source() {
        return source;
    }

    public ImportKind kind() {
        return kind;
    }

    public @Nullable String column(Field field) {
        return columns.get(field);
    }

    public List<String> columns() {
        return List.copyOf(columns.values());
    }

    public String labelKey() {
        return kind.labelKey();
    }

    /** The shape whose columns all appear in the header, if any. */
    public static Optional<ImportShape> of(Collection<String> normalisedHeader) {
        return Arrays.stream(values()).filter(shape -> normalisedHeader.containsAll(shape.columns.values()))
                .findFirst();
    }

    /** Every shape with its columns, for the message that refuses an unknown header. */
    public static String expected() {
        return Arrays.stream(values()).map(shape -> shape.source.displayName() + " " + shape.kind.name()
                .toLowerCase(Locale.ROOT) + ": " + String.join(", ", shape.columns()))
                .collect(Collectors.joining("; "));
    }

    /** A header cell as the shapes name it: lower case, anything but letters and digits as one underscore. */
    public static String normalise(String header) {
        var lower = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
