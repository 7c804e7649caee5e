package app.rada.people;

import app.rada.people.internal.PeopleQueries;
import app.rada.shared.CsvFiles;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people list, narrowed as on the admin's page, as a CSV file; written a page at a time. */
@Service
@Transactional(readOnly = true)
public class PeopleExport {

    static final int PAGE = 500;

    static final List<String> HEADER = List.of("exports.people.name", "exports.people.email",
            "exports.people.organisation", "exports.people.segment", "exports.people.roles", "exports.people.status",
            "exports.people.since");

    private final PeopleQueries queries;
    private final Translations texts;

    PeopleExport(PeopleQueries queries, Translations texts) {
        this.queries = queries;
        this.texts = texts;
    }

    @PreAuthorize(Access.ADMIN)
    public void exportCsv(PeopleFilter filter, Locale locale, Writer out) {
        var csv = CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        for (int offset = 0; ; offset += PAGE) {
            var page = queries.page(filter, offset, PAGE, Sort.by("name"));
            for (var r : page) {
                CsvFiles.row(csv, CsvFiles.safe(r.name()), CsvFiles.safe(r.email()), CsvFiles.safe(r.organisationName()),
                        CsvFiles.safe(r.segmentCode()),
                        r.roles().stream().sorted().map(role -> texts.getTranslation(role.labelKey(), locale))
                                .collect(Collectors.joining(", ")),
                        texts.getTranslation(r.active() ? "people.status.active" : "people.status.inactive", locale),
                        r.createdAt().toString());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        CsvFiles.finish(csv);
    }
}
