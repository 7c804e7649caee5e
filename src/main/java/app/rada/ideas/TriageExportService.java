package app.rada.ideas;

import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.TriageStore;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How long ideas wait and spend in each status: one idea's timings, and the queue as a CSV file. */
@Service
@Transactional(readOnly = true)
public class TriageExportService {

    static final int EXPORT_PAGE = 500;

    /** Statuses with a column of their own in the export. */
    static final List<IdeaStatus> EXPORT_STATUSES = List.of(IdeaStatus.values());

    private final IdeaRepository ideas;
    private final TriageStore triage;
    private final Clock clock;

    private final Translations texts;

    TriageExportService(IdeaRepository ideas, TriageStore triage, Clock clock, Translations texts) {
        this.texts = texts;
        this.ideas = ideas;
        this.triage = triage;
        this.clock = clock;
    }

    @PreAuthorize(Access.STAFF)
    public IdeaTimings timings(long ideaId) {
        var idea = ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
        var now = Instant.now(clock);
        var inStatus = inStatus(triage.periods(List.of(ideaId)), now).getOrDefault(ideaId, Map.of());
        return new IdeaTimings(idea.getCreatedAt(), idea.getFirstAnswerAt(),
                idea.getFirstAnswerAt() == null ? null : Duration.between(idea.getCreatedAt(), idea.getFirstAnswerAt()),
                inStatus);
    }

    private static Map<Long, Map<IdeaStatus, Duration>> inStatus(List<TriageStore.Period> periods, Instant now) {
        var result = new HashMap<Long, Map<IdeaStatus, Duration>>();
        for (var p : periods) {
            var end = p.endedAt() == null ? now : p.endedAt();
            result.computeIfAbsent(p.ideaId(), k -> new EnumMap<>(IdeaStatus.class))
                    .merge(p.status(), Duration.between(p.startedAt(), end), Duration::plus);
        }
        return result;
    }

    /**
     * Writes the filtered queue as CSV (UTF-8 text, comma-separated, a header line), page by page so
     * that a large programme is never loaded at once. Durations are in hours with one decimal.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(TriageFilter filter, Writer out) {
        var header = new ArrayList<>(List.of("id", "title", "status", "category_id", "department", "votes",
                "weighted_votes", "comments", "created", "first_answer", "hours_to_first_answer"));
        EXPORT_STATUSES.forEach(s -> header.add("hours_" + s.name().toLowerCase(Locale.ROOT)));
        write(filter, header, out);
    }

    /** The same file with its header line in the reader's language, as staff download it. */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(TriageFilter filter, Locale locale, Writer out) {
        var header = new ArrayList<String>();
        for (var key : List.of("exports.triage.id", "exports.triage.title", "exports.triage.status",
                "exports.triage.category", "exports.triage.department", "exports.triage.votes",
                "exports.triage.weighted-votes", "exports.triage.comments", "exports.triage.created",
                "exports.triage.first-answer", "exports.triage.hours-to-first-answer")) {
            header.add(texts.getTranslation(key, locale));
        }
        EXPORT_STATUSES.forEach(s -> header.add(texts.getTranslation("exports.triage.hours-in", locale,
                texts.getTranslation(s.labelKey(), locale))));
        write(filter, header, out);
    }

    private void write(TriageFilter filter, List<String> header, Writer out) {
        try {
            var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
            var now = Instant.now(clock);
            for (int offset = 0; ; offset += EXPORT_PAGE) {
                var page = triage.queue(filter, offset, EXPORT_PAGE);
                var times = inStatus(triage.periods(page.stream().map(TriageStore.QueueRow::id).toList()), now);
                for (var r : page) {
                    var record = new ArrayList<@Nullable Object>(List.of(r.id(), safe(r.title()), r.status().name(),
                            r.categoryId() == null ? "" : r.categoryId(), r.department() == null ? "" : safe(r.department()),
                            r.voteCount(), r.weightedVotes(), r.commentCount(), r.createdAt().toString(),
                            r.firstAnswerAt() == null ? "" : r.firstAnswerAt().toString(),
                            r.firstAnswerAt() == null ? "" : hours(Duration.between(r.createdAt(), r.firstAnswerAt()))));
                    var spent = times.getOrDefault(r.id(), Map.of());
                    EXPORT_STATUSES.forEach(s -> record.add(spent.containsKey(s) ? hours(spent.get(s)) : ""));
                    csv.printRecord(record);
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Keeps a spreadsheet from reading a member's title as a formula. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
