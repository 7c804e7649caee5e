package app.rada.ballots;

import app.rada.ballots.internal.BallotLookup;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff take a ballot's counts away as a spreadsheet. */
@Service
@Transactional(readOnly = true)
public class BallotExportService {

    private final BallotLookup lookup;

    BallotExportService(BallotLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Writes the counts as CSV: one line per figure (section, round, option, value). Only when the
     * results may be seen at all.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(long ballotId, Writer out) {
        var b = lookup.ballot(ballotId);
        var result = lookup.result(b).orElseThrow(() -> new Problem("ballots.problem.results-hidden"));
        var labels = b.getType().hasOptions() ? b.getOptions() : List.of("yes", "no", "abstain");
        try {
            var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader("section", "round", "option", "value").get());
            csv.printRecord("ballot", "", "title", safe(b.getTitle()));
            csv.printRecord("ballot", "", "type", b.getType().name());
            csv.printRecord("ballot", "", "status", b.getStatus().name());
            csv.printRecord("ballot", "", "outcome", result.outcome().name());
            csv.printRecord("turnout", "", "eligible", result.eligible());
            csv.printRecord("turnout", "", "votes", result.votes());
            csv.printRecord("turnout", "", "percent", result.turnoutPercent());
            csv.printRecord("turnout", "", "quorum_percent", result.quorumPercent());
            for (int i = 0; i < result.totals().size() && i < labels.size(); i++) {
                csv.printRecord("total", "", safe(labels.get(i)), result.totals().get(i));
            }
            for (int r = 0; r < result.rounds().size(); r++) {
                var round = result.rounds().get(r);
                for (int i = 0; i < round.counts().size(); i++) {
                    if (round.counts().get(i) >= 0) {
                        csv.printRecord("round", r + 1, safe(labels.get(i)), round.counts().get(i));
                    }
                }
                if (round.eliminated() != null) {
                    csv.printRecord("eliminated", r + 1, safe(labels.get(round.eliminated())), "");
                }
            }
            if (result.winner() != null) {
                csv.printRecord("winner", "", safe(labels.get(result.winner())), "");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a spreadsheet from reading a title as a formula. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
