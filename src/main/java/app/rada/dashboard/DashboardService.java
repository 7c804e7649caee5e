package app.rada.dashboard;

import app.rada.ballots.BallotFiguresService;
import app.rada.dashboard.internal.ActivityStore;
import app.rada.dashboard.internal.Parts;
import app.rada.ideas.IdeaFiguresService;
import app.rada.ideas.IdeaStatus;
import app.rada.journeys.EmotionTally;
import app.rada.journeys.JourneyFiguresService;
import app.rada.people.PeopleService;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.RewardService;
import app.rada.shared.CsvFiles;
import app.rada.shared.Problem;
import app.rada.shared.SessionFigures;
import app.rada.shared.SessionFiguresSource;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff dashboard's figures. Each comes from the module that owns the data, through its service, as a
 * fixed number of aggregate queries over the span's rows; the dashboard only lays them side by side. A span
 * is split into calendar months in {@code rada.time-zone}.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class DashboardService {

    public static final int MONTHS_MAX = 60;
    static final List<String> HEADER = List.of("exports.dashboard.section", "exports.dashboard.item",
            "exports.dashboard.month", "exports.dashboard.value");
    static final int HEALTH_ROWS = 5;
    static final int LATEST_IDEAS = 10;
    static final int TOP_EARNERS = 5;

    private final IdeaFiguresService ideas;
    private final BallotFiguresService ballots;
    private final JourneyFiguresService journeys;
    private final RewardService rewards;
    private final PeopleService people;
    private final ActivityStore activity;
    private final ObjectProvider<SessionFiguresSource> sessions;
    private final Parts parts;
    private final Clock clock;
    private final ZoneId zone;
    private final Translations texts;

    DashboardService(IdeaFiguresService ideas, BallotFiguresService ballots, JourneyFiguresService journeys,
                     RewardService rewards, PeopleService people, ActivityStore activity,
                     ObjectProvider<SessionFiguresSource> sessions, Parts parts, Clock clock,
                     @Value("${rada.time-zone:Europe/Warsaw}") ZoneId zone, Translations texts) {
        this.ideas = ideas;
        this.ballots = ballots;
        this.journeys = journeys;
        this.rewards = rewards;
        this.people = people;
        this.activity = activity;
        this.sessions = sessions;
        this.parts = parts;
        this.clock = clock;
        this.zone = zone;
        this.texts = texts;
    }

    /** The last twelve months up to today, the span the dashboard opens with. */
    public LocalDate[] defaultSpan() {
        var today = LocalDate.now(clock.withZone(zone));
        return new LocalDate[] {today.minusMonths(12).plusDays(1), today};
    }

    /**
     * Every figure of the span. The four that read many rows (ideas, their trend, journey health, points)
     * are asked for at the same time, each in its own read-only transaction as the caller: they touch
     * different tables, and one request need not wait for them in turn.
     */
    @PreAuthorize(Access.STAFF)
    public DashboardFigures figures(LocalDate from, LocalDate to) {
        var span = span(from, to);
        var bounds = span.bounds();
        var start = bounds.getFirst();
        var end = bounds.getLast();
        var now = Instant.now(clock);
        var ideaFigures = parts.supply(() -> ideas.figures(start, end, now));
        var trend = parts.supply(() -> ideas.trend(bounds));
        var health = parts.supply(() -> journeys.health(start, end, HEALTH_ROWS));
        var points = parts.supply(() -> rewards.figures(start, end, bounds));
        var active = activity.bySegment(span.months().getFirst().atDay(1), span.months().getLast().atDay(1)).stream()
                .map(c -> new SegmentActivity(YearMonth.from(c.month()), c.segmentId(), c.people())).toList();
        return new DashboardFigures(from, to, span.months(), Parts.get(ideaFigures), Parts.get(trend), active,
                people.segments(), ballots.turnout(start, end), sessions(start, end, null), Parts.get(health),
                Parts.get(points));
    }

    @PreAuthorize(Access.STAFF)
    public OrganisationFigures organisation(long organisationId, LocalDate from, LocalDate to) {
        var organisation = people.organisation(organisationId)
                .orElseThrow(() -> new NoSuchElementException("organisation " + organisationId));
        var span = span(from, to);
        var bounds = span.bounds();
        var start = bounds.getFirst();
        var end = bounds.getLast();
        var members = people.memberIdsOf(organisationId);
        var byMonth = new HashMap<YearMonth, Long>();
        activity.ofOrganisation(organisationId, span.months().getFirst().atDay(1), span.months().getLast().atDay(1))
                .forEach(c -> byMonth.put(YearMonth.from(c.month()), c.people()));
        var active = span.months().stream().map(m -> byMonth.getOrDefault(m, 0L)).toList();
        var tallies = new HashMap<Integer, EmotionTally>();
        journeys.emotions(organisationId, bounds).forEach(t -> tallies.put(t.part(), t));
        var emotions = new ArrayList<EmotionTally>();
        for (int part = 0; part < span.months().size(); part++) {
            emotions.add(tallies.getOrDefault(part, new EmotionTally(part, 0, 0, 0)));
        }
        var segment = people.segments().stream().filter(s -> s.id() == organisation.segmentId()).findFirst();
        return new OrganisationFigures(organisation, segment, from, to, span.months(), active,
                ideas.contributions(members, start, end, LATEST_IDEAS), ballots.votesBy(members, start, end), emotions,
                sessions(start, end, organisationId),
                rewards.leaderboard(LeaderboardPeriod.ALL_TIME, organisationId, 0, TOP_EARNERS));
    }

    private Optional<SessionFigures> sessions(Instant from, Instant to, @Nullable Long organisationId) {
        var source = sessions.getIfAvailable();
        return source == null ? Optional.empty() : Optional.of(source.figures(from, to, organisationId));
    }

    /** The span's months and the moments that split it: the span's start, each new month's start, its end. */
    record Span(List<YearMonth> months, List<Instant> bounds) {
    }

    Span span(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Problem("dashboard.problem.order");
        }
        var first = YearMonth.from(from);
        var last = YearMonth.from(to);
        if (first.plusMonths(MONTHS_MAX - 1).isBefore(last)) {
            throw new Problem("dashboard.problem.too-long", MONTHS_MAX);
        }
        var months = new ArrayList<YearMonth>();
        var bounds = new ArrayList<Instant>();
        bounds.add(from.atStartOfDay(zone).toInstant());
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
            if (month.isBefore(last)) {
                bounds.add(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            }
        }
        bounds.add(to.plusDays(1).atStartOfDay(zone).toInstant());
        return new Span(List.copyOf(months), List.copyOf(bounds));
    }

    // --- export

    /**
     * Writes every figure of the dashboard as CSV: one line per figure (section, item, month, value), so a
     * spreadsheet can pivot it. Durations in hours or days as named in the item. The column names are in the
     * reader's language; sections and items are stable codes, the same in every language.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(LocalDate from, LocalDate to, Locale locale, Writer out) {
        var f = figures(from, to);
        var segmentCodes = new HashMap<Long, String>();
        f.segments().forEach(s -> segmentCodes.put(s.id(), s.code()));
        var csv = printer(out, locale);
        CsvFiles.row(csv, "span", "from", "", f.from());
        CsvFiles.row(csv, "span", "to", "", f.to());
        for (var status : IdeaStatus.values()) {
            CsvFiles.row(csv, "ideas", "status_" + status.name().toLowerCase(Locale.ROOT), "", f.ideas().count(status));
        }
        CsvFiles.row(csv, "ideas", "submitted", "", f.ideas().submitted());
        CsvFiles.row(csv, "ideas", "answered", "", f.ideas().answered());
        CsvFiles.row(csv, "ideas", "median_hours_to_first_answer", "", number(f.ideas().medianHoursToAnswer()));
        CsvFiles.row(csv, "ideas", "week_old", "", f.ideas().weekOld());
        CsvFiles.row(csv, "ideas", "answered_within_7_days", "", f.ideas().answeredWithinWeek());
        CsvFiles.row(csv, "ideas", "answered_within_7_days_percent", "", number(f.ideas().answeredWithinWeekPercent()));
        CsvFiles.row(csv, "ideas", "done", "", f.ideas().done());
        CsvFiles.row(csv, "ideas", "median_days_to_done", "", number(f.ideas().medianDaysToDone()));
        CsvFiles.row(csv, "ideas", "done_in_span", "", f.ideas().doneInSpan());
        CsvFiles.row(csv, "ideas", "done_with_pulse", "", f.ideas().doneWithPulse());
        CsvFiles.row(csv, "ideas", "solved", "", f.ideas().solved());
        CsvFiles.row(csv, "ideas", "solved_percent", "", number(f.ideas().solvedPercent()));
        for (var t : f.trend()) {
            var month = f.months().get(t.part());
            CsvFiles.row(csv, "trend", "first_answers", month, t.answered());
            CsvFiles.row(csv, "trend", "median_hours_to_first_answer", month, number(t.medianHoursToAnswer()));
            CsvFiles.row(csv, "trend", "done", month, t.done());
            CsvFiles.row(csv, "trend", "median_days_to_done", month, number(t.medianDaysToDone()));
        }
        for (var a : f.active()) {
            CsvFiles.row(csv, "active_members", a.segmentId() == null ? "no_segment"
                    : segmentCodes.getOrDefault(a.segmentId(), "segment_" + a.segmentId()), a.month(), a.people());
        }
        for (var b : f.turnout()) {
            CsvFiles.row(csv, "ballot_turnout", CsvFiles.safe(b.title()), YearMonth.from(b.closedAt().atZone(zone)),
                    b.voted() + "/" + b.eligible());
        }
        if (f.sessions().isPresent()) {
            var s = f.sessions().get();
            CsvFiles.row(csv, "sessions", "held", "", s.sessions());
            CsvFiles.row(csv, "sessions", "registered", "", s.registered());
            CsvFiles.row(csv, "sessions", "attended", "", s.attended());
            CsvFiles.row(csv, "sessions", "average_effort_ces", "", number(s.averageEffort()));
            CsvFiles.row(csv, "sessions", "nps", "", s.npsScore() == null ? "" : s.npsScore());
        }
        for (var t : f.health().lowestNev()) {
            CsvFiles.row(csv, "lowest_nev", place(t.mapTitle(), t.stageName(), t.touchpointName()), "",
                    t.nev() == null ? "" : t.nev());
        }
        for (var t : f.health().hotspots()) {
            CsvFiles.row(csv, "hotspot_priority", place(t.mapTitle(), t.stageName(), t.touchpointName()), "",
                    t.priority());
        }
        CsvFiles.row(csv, "points", "earned", "", f.points().earned());
        CsvFiles.row(csv, "points", "manual", "", f.points().manual());
        CsvFiles.row(csv, "points", "redeemed", "", f.points().redeemed());
        CsvFiles.row(csv, "points", "redemptions", "", f.points().redemptions());
        CsvFiles.row(csv, "points", "pending_redemptions_now", "", f.points().pendingNow());
        for (var p : f.points().periods()) {
            CsvFiles.row(csv, "points", "awarded", f.months().get(p.period()), p.awarded());
            CsvFiles.row(csv, "points", "redeemed", f.months().get(p.period()), p.redeemed());
        }
        CsvFiles.finish(csv);
    }

    /** The organisation's page as CSV, in the same shape. */
    @PreAuthorize(Access.STAFF)
    public void exportOrganisationCsv(long organisationId, LocalDate from, LocalDate to, Locale locale, Writer out) {
        var f = organisation(organisationId, from, to);
        var csv = printer(out, locale);
        CsvFiles.row(csv, "organisation", "name", "", CsvFiles.safe(f.organisation().name()));
        CsvFiles.row(csv, "span", "from", "", f.from());
        CsvFiles.row(csv, "span", "to", "", f.to());
        CsvFiles.row(csv, "ideas", "submitted", "", f.ideas().ideas());
        CsvFiles.row(csv, "ideas", "answered", "", f.ideas().answered());
        CsvFiles.row(csv, "ideas", "done", "", f.ideas().done());
        CsvFiles.row(csv, "ideas", "votes", "", f.ideas().votes());
        CsvFiles.row(csv, "ideas", "comments", "", f.ideas().comments());
        CsvFiles.row(csv, "ballots", "votes", "", f.ballotVotes());
        CsvFiles.row(csv, "journeys", "annotations", "", f.annotations());
        for (int i = 0; i < f.months().size(); i++) {
            var month = f.months().get(i);
            var e = f.emotions().get(i);
            CsvFiles.row(csv, "active_members", "", month, f.activeByMonth().get(i));
            CsvFiles.row(csv, "annotations", "", month, e.annotations());
            CsvFiles.row(csv, "nev", "", month, e.nev() == null ? "" : e.nev());
        }
        if (f.sessions().isPresent()) {
            CsvFiles.row(csv, "sessions", "attended", "", f.sessions().get().attended());
        }
        CsvFiles.finish(csv);
    }

    /** The header names the columns in the reader's language; sections and items stay stable codes. */
    private CSVPrinter printer(Writer out, Locale locale) {
        return CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
    }

    /** A touchpoint's place as one cell: map / stage / touchpoint. */
    private static String place(String map, String stage, String touchpoint) {
        return CsvFiles.safe(map + " / " + stage + " / " + touchpoint);
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
