package app.rada.people;

import app.rada.shared.Language;
import app.rada.shared.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads pasted or uploaded invitation lists: one person per line with name, e-mail, organisation and
 * role (and optionally language), separated by commas or semicolons; a header line is skipped.
 * Each line becomes a row that is either a request or the reason it cannot be one.
 */
public final class InvitationCsv {

    public static final int MAX_ROWS = 5000;

    /** One line: its request, or a problem as a translation key with an argument. */
    public record Row(int line, String email, @Nullable InvitationRequest request, @Nullable String problemKey,
                      @Nullable String problemArgument) {
    }

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("customer", Role.CUSTOMER), Map.entry("klient", Role.CUSTOMER),
            Map.entry("board", Role.BOARD_MEMBER), Map.entry("board_member", Role.BOARD_MEMBER),
            Map.entry("board member", Role.BOARD_MEMBER), Map.entry("członek rady", Role.BOARD_MEMBER),
            Map.entry("rada", Role.BOARD_MEMBER),
            Map.entry("staff", Role.STAFF), Map.entry("pracownik", Role.STAFF));

    private InvitationCsv() {
    }

    public static List<Row> parse(String text, Function<String, Optional<Long>> organisationByName,
                                  Language defaultLanguage) {
        var delimiter = text.lines().findFirst().map(first -> first.chars().filter(c -> c == ';').count()
                > first.chars().filter(c -> c == ',').count() ? ';' : ',').orElse(',');
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
        var rows = new ArrayList<Row>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (line == 1 && isHeader(record)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    rows.add(new Row(line, "", null, "invitations.csv.too-many", String.valueOf(MAX_ROWS)));
                    break;
                }
                rows.add(row(record, line, organisationByName, defaultLanguage));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            rows.add(new Row(rows.size() + 1, "", null, "invitations.csv.unreadable", null));
        }
        return rows;
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() > 1 && !record.get(1).contains("@");
    }

    private static Row row(CSVRecord record, int line, Function<String, Optional<Long>> organisationByName,
                           Language defaultLanguage) {
        if (record.size() < 2) {
            return new Row(line, "", null, "invitations.csv.columns", null);
        }
        var name = record.get(0);
        var email = record.get(1);
        if (name.isBlank()) {
            return new Row(line, email, null, "invitations.csv.name", null);
        }
        if (!InvitationService.EMAIL.matcher(email.toLowerCase(Locale.ROOT)).matches()) {
            return new Row(line, email, null, "invitations.problem.email", email);
        }
        Long organisationId = null;
        if (record.size() > 2 && !record.get(2).isBlank()) {
            var found = organisationByName.apply(record.get(2));
            if (found.isEmpty()) {
                return new Row(line, email, null, "invitations.csv.organisation", record.get(2));
            }
            organisationId = found.get();
        }
        var role = Role.CUSTOMER;
        if (record.size() > 3 && !record.get(3).isBlank()) {
            role = ROLES.get(record.get(3).toLowerCase(Locale.ROOT).replace('-', '_').strip());
            if (role == null) {
                return new Row(line, email, null, "invitations.csv.role", record.get(3));
            }
        }
        var language = defaultLanguage;
        if (record.size() > 4 && !record.get(4).isBlank()) {
            var chosen = Language.of(record.get(4).strip());
            if (chosen.isEmpty()) {
                return new Row(line, email, null, "invitations.csv.language", record.get(4));
            }
            language = chosen.get();
        }
        return new Row(line, email, new InvitationRequest(name, email, organisationId, role, language), null, null);
    }
}
