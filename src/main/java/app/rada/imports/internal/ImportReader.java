package app.rada.imports.internal;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaStatus;
import app.rada.imports.ImportKind;
import app.rada.imports.ImportShape;
import app.rada.imports.ImportShape.Field;
import app.rada.imports.RowNote;
import app.rada.shared.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded export: checks it is UTF-8 text (a byte order mark is dropped) within the size and row
 * limits, tells its shape from the header line, and reads each row into values with the errors that need no
 * database (missing or too long title, unknown status, bad date, bad e-mail, a row id seen twice).
 */
public final class ImportReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    public static final int SOURCE_ID_MAX = 200;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    /** One row read: the values its shape has (others empty) and its errors. */
    public record ReadRow(int line, String sourceId, String postId, String title, String details, String email,
                          String name, @Nullable Instant at, @Nullable IdeaStatus status, String category,
                          @Nullable Integer votes, String text, List<RowNote> errors) {
    }

    public record ReadFile(ImportShape shape, List<ReadRow> rows) {
    }

    private ImportReader() {
    }

    /** Reads the file, or refuses it whole with a {@link Problem}. */
    public static ReadFile read(byte[] content, Instant now) {
        if (content.length > MAX_BYTES) {
            throw new Problem("imports.problem.too-large", MAX_BYTES / (1024 * 1024));
        }
        var text = decode(content);
        var first = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new Problem("imports.problem.empty"));
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(text))) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new Problem("imports.problem.empty");
            }
            var header = records.next().stream().map(ImportShape::normalise).toList();
            var shape = ImportShape.of(header)
                    .orElseThrow(() -> new Problem("imports.problem.header", ImportShape.expected()));
            var rows = new ArrayList<ReadRow>();
            var seen = new HashSet<String>();
            while (records.hasNext()) {
                var record = records.next();
                if (rows.size() >= MAX_ROWS) {
                    throw new Problem("imports.problem.rows", MAX_ROWS);
                }
                rows.add(row(shape, header, record, seen, now));
            }
            if (rows.isEmpty()) {
                throw new Problem("imports.problem.empty");
            }
            return new ReadFile(shape, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Problem("imports.problem.unreadable");
        }
    }

    /** The text of the file if it is UTF-8 text, without a byte order mark; refused otherwise. */
    static String decode(byte[] content) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var text = decoder.decode(ByteBuffer.wrap(content)).toString();
            if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
                throw new Problem("imports.problem.not-text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Problem("imports.problem.not-text");
        }
    }

    private static ReadRow row(ImportShape shape, List<String> header, CSVRecord record, HashSet<String> seen,
                               Instant now) {
        int line = (int) record.getRecordNumber();
        var errors = new ArrayList<RowNote>();
        var kind = shape.kind();
        var postId = cell(shape, header, record, Field.POST);
        var email = cell(shape, header, record, Field.EMAIL).toLowerCase(Locale.ROOT);
        String sourceId = kind == ImportKind.VOTES ? postId + "|" + email : cell(shape, header, record, Field.ID);
        if (kind == ImportKind.VOTES ? postId.isEmpty() : sourceId.isEmpty()) {
            errors.add(RowNote.of("imports.row.id-missing"));
        } else if (sourceId.length() > SOURCE_ID_MAX) {
            errors.add(RowNote.of("imports.row.id-long", String.valueOf(SOURCE_ID_MAX)));
        } else if (!seen.add(sourceId)) {
            errors.add(RowNote.of("imports.row.id-twice", sourceId));
        }
        if (kind == ImportKind.COMMENTS && postId.isEmpty()) {
            errors.add(RowNote.of("imports.row.post-missing"));
        }
        if (email.isEmpty()) {
            errors.add(RowNote.of("imports.row.email-missing"));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(RowNote.of("imports.row.email", email));
        }
        var rawDate = cell(shape, header, record, Field.DATE);
        Instant at = null;
        if (rawDate.isEmpty()) {
            errors.add(RowNote.of("imports.row.date-missing"));
        } else {
            at = date(rawDate);
            if (at == null) {
                errors.add(RowNote.of("imports.row.date", rawDate));
            } else if (at.isAfter(now)) {
                errors.add(RowNote.of("imports.row.date-future", rawDate));
                at = null;
            }
        }
        var title = cell(shape, header, record, Field.TITLE);
        var details = cell(shape, header, record, Field.DETAILS);
        IdeaStatus status = null;
        Integer votes = null;
        var category = "";
        if (kind == ImportKind.IDEAS) {
            if (title.isEmpty()) {
                errors.add(RowNote.of("imports.row.title-missing"));
            } else if (title.length() < IdeaDraft.TITLE_MIN) {
                errors.add(RowNote.of("imports.row.title-short", String.valueOf(IdeaDraft.TITLE_MIN)));
            } else if (title.length() > IdeaDraft.TITLE_MAX) {
                errors.add(RowNote.of("imports.row.title-long", String.valueOf(IdeaDraft.TITLE_MAX)));
            }
            if (details.length() > IdeaImportLimits.DETAILS_MAX) {
                errors.add(RowNote.of("imports.row.details-long", String.valueOf(IdeaImportLimits.DETAILS_MAX)));
            }
            var rawStatus = cell(shape, header, record, Field.STATUS);
            status = shape.source().status(rawStatus).orElse(null);
            if (status == null) {
                errors.add(RowNote.of("imports.row.status", rawStatus));
            }
            category = cell(shape, header, record, Field.CATEGORY);
            if (category.isEmpty()) {
                category = cell(shape, header, record, Field.BOARD);
            }
            var rawVotes = cell(shape, header, record, Field.VOTES);
            if (!rawVotes.isEmpty()) {
                try {
                    votes = Math.max(0, Integer.parseInt(rawVotes));
                } catch (NumberFormatException e) {
                    errors.add(RowNote.of("imports.row.votes", rawVotes));
                }
            }
        }
        var text = cell(shape, header, record, Field.TEXT);
        if (kind == ImportKind.COMMENTS) {
            if (text.isEmpty()) {
                errors.add(RowNote.of("imports.row.text-missing"));
            } else if (text.length() > IdeaImportLimits.COMMENT_MAX) {
                errors.add(RowNote.of("imports.row.text-long", String.valueOf(IdeaImportLimits.COMMENT_MAX)));
            }
        }
        return new ReadRow(line, sourceId, postId, title, details, email, cell(shape, header, record, Field.NAME), at,
                status, category, votes, text, errors);
    }

    private static String cell(ImportShape shape, List<String> header, CSVRecord record, Field field) {
        var column = shape.column(field);
        if (column == null) {
            return "";
        }
        int index = header.indexOf(column);
        return index >= 0 && index < record.size() ? record.get(index).strip() : "";
    }

    /** An instant, an offset date-time, a date-time in UTC (with T or a space) or a date at midnight UTC. */
    static @Nullable Instant date(String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException ignored) {
            // other forms follow
        }
        try {
            return LocalDateTime.parse(raw).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // other forms follow
        }
        try {
            return LocalDateTime.parse(raw, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // other forms follow
        }
        try {
            return LocalDate.parse(raw).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
