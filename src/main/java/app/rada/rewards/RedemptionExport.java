package app.rada.rewards;

import app.rada.shared.CsvFiles;
import app.rada.shared.Language;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved redemptions still to hand over, oldest first, as a CSV file for the staff who send the
 * rewards out; read a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class RedemptionExport {

    static final int PAGE = 100;

    static final List<String> HEADER = List.of("exports.redemptions.id", "exports.redemptions.member",
            "exports.redemptions.reward", "exports.redemptions.cost", "exports.redemptions.requested",
            "exports.redemptions.approved");

    private final CatalogueService catalogue;
    private final Translations texts;

    RedemptionExport(CatalogueService catalogue, Translations texts) {
        this.catalogue = catalogue;
        this.texts = texts;
    }

    @PreAuthorize(Access.STAFF)
    public void exportCsv(Locale locale, Writer out) {
        var language = Language.closestTo(locale);
        var statuses = EnumSet.of(RedemptionStatus.APPROVED);
        var csv = CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        for (int offset = 0; ; offset += PAGE) {
            var page = catalogue.queue(statuses, offset, PAGE);
            for (var r : page) {
                CsvFiles.row(csv, r.id(),
                        CsvFiles.safe(r.personName().orElse(texts.getTranslation("people.former-member", locale))),
                        CsvFiles.safe(r.name(language)), r.cost(), r.requestedAt().toString(),
                        r.decidedAt() == null ? "" : r.decidedAt().toString());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        CsvFiles.finish(csv);
    }
}
