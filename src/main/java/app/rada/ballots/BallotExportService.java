package app.rada.ballots;

import app.rada.ballots.internal.BallotLookup;
import app.rada.shared.CsvFiles;
import app.rada.shared.Problem;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff take a ballot's counts away as a spreadsheet. */
@Service
@Transactional(readOnly = true)
public class BallotExportService {

    static final List<String> HEADER = List.of("exports.ballot.section", "exports.ballot.round",
            "exports.ballot.option", "exports.ballot.value");

    private final BallotLookup lookup;
    private final Translations texts;

    BallotExportService(BallotLookup lookup, Translations texts) {
        this.lookup = lookup;
        this.texts = texts;
    }

    /**
     * Writes the counts as CSV: one line per figure (section, round, option, value), the column names in
     * the reader's language. Sections and the ballot's own figures are stable codes a spreadsheet can rely
     * on in every language. Only when the results may be seen at all.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(long ballotId, Locale locale, Writer out) {
        var b = lookup.ballot(ballotId);
        var result = lookup.result(b).orElseThrow(() -> new Problem("ballots.problem.results-hidden"));
        var labels = b.getType().hasOptions() ? b.getOptions() : List.of("yes", "no", "abstain");
        var csv = CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        CsvFiles.row(csv, "ballot", "", "title", CsvFiles.safe(b.getTitle()));
        CsvFiles.row(csv, "ballot", "", "type", b.getType().name());
        CsvFiles.row(csv, "ballot", "", "status", b.getStatus().name());
        CsvFiles.row(csv, "ballot", "", "outcome", result.outcome().name());
        CsvFiles.row(csv, "turnout", "", "eligible", result.eligible());
        CsvFiles.row(csv, "turnout", "", "votes", result.votes());
        CsvFiles.row(csv, "turnout", "", "percent", result.turnoutPercent());
        CsvFiles.row(csv, "turnout", "", "quorum_percent", result.quorumPercent());
        for (int i = 0; i < result.totals().size() && i < labels.size(); i++) {
            CsvFiles.row(csv, "total", "", CsvFiles.safe(labels.get(i)), result.totals().get(i));
        }
        for (int r = 0; r < result.rounds().size(); r++) {
            var round = result.rounds().get(r);
            for (int i = 0; i < round.counts().size(); i++) {
                if (round.counts().get(i) >= 0) {
                    CsvFiles.row(csv, "round", r + 1, CsvFiles.safe(labels.get(i)), round.counts().get(i));
                }
            }
            if (round.eliminated() != null) {
                CsvFiles.row(csv, "eliminated", r + 1, CsvFiles.safe(labels.get(round.eliminated())), "");
            }
        }
        if (result.winner() != null) {
            CsvFiles.row(csv, "winner", "", CsvFiles.safe(labels.get(result.winner())), "");
        }
        CsvFiles.finish(csv);
    }
}
