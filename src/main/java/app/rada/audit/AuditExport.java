package app.rada.audit;

import app.rada.audit.internal.AuditQueries;
import app.rada.shared.CsvFiles;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log, narrowed as on its page, as a CSV file for admins; written a page at a time. */
@Service
@Transactional(readOnly = true)
public class AuditExport {

    static final int PAGE = 500;

    static final List<String> HEADER = List.of("exports.audit.time", "exports.audit.action", "exports.audit.actor",
            "exports.audit.target-type", "exports.audit.target", "exports.audit.detail", "exports.audit.address");

    private final AuditQueries queries;
    private final Translations texts;

    AuditExport(AuditQueries queries, Translations texts) {
        this.queries = queries;
        this.texts = texts;
    }

    /** A refused login's reason in the reader's language, as the page shows it; other details as written. */
    private String detail(AuditRow row, Locale locale) {
        if (row.action() == AuditAction.LOGIN_FAILED && row.detail() != null) {
            return texts.getTranslation(LoginFailureReason.ofDetail(row.detail()).labelKey(), locale);
        }
        return row.detail() == null ? "" : row.detail();
    }

    @PreAuthorize(Access.ADMIN)
    public void exportCsv(AuditFilter filter, Locale locale, Writer out) {
        var csv = CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        for (int offset = 0; ; offset += PAGE) {
            var page = queries.page(filter, offset, PAGE);
            for (var r : page) {
                CsvFiles.row(csv, r.occurredAt().toString(), texts.getTranslation(r.action().labelKey(), locale),
                        CsvFiles.safe(r.actorLabel()), CsvFiles.safe(r.targetType()), CsvFiles.safe(r.targetLabel()),
                        CsvFiles.safe(detail(r, locale)), CsvFiles.safe(r.clientAddress()));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        CsvFiles.finish(csv);
    }
}
