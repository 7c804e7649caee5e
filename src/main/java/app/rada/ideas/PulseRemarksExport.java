package app.rada.ideas;

import app.rada.ideas.internal.PulseStore;
import app.rada.shared.CsvFiles;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members wrote when asked whether a done idea solved their problem, as a CSV file for staff; without
 * names, as the pulse is answered for the programme, not for a person.
 */
@Service
@Transactional(readOnly = true)
public class PulseRemarksExport {

    static final int PAGE = 500;

    static final List<String> HEADER = List.of("exports.pulse.idea", "exports.pulse.title", "exports.pulse.answer",
            "exports.pulse.remark", "exports.pulse.answered");

    private final PulseStore store;
    private final Translations texts;

    PulseRemarksExport(PulseStore store, Translations texts) {
        this.store = store;
        this.texts = texts;
    }

    @PreAuthorize(Access.STAFF)
    public void exportCsv(Locale locale, Writer out) {
        var csv = CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        for (int offset = 0; ; offset += PAGE) {
            var page = store.remarks(offset, PAGE);
            for (var r : page) {
                CsvFiles.row(csv, r.ideaId(), CsvFiles.safe(r.ideaTitle()),
                        texts.getTranslation(r.answer().labelKey(), locale), CsvFiles.safe(r.remark()),
                        r.at().toString());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        CsvFiles.finish(csv);
    }
}
