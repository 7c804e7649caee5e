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
import app.rada.shared.Problem;
import app.rada.shared.SessionFigures;
import app.rada.shared.SessionFiguresSource;
import app.rada.shared.security.Access;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVFormat;
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

    DashboardService(IdeaFiguresService ideas, BallotFiguresService ballots, JourneyFiguresService journeys,
                     RewardService rewards, PeopleService people, ActivityStore activity,
                     ObjectProvider<SessionFiguresSource> sessions, Parts parts, Clock clock,
                     @Value("${rada.time-zone:Europe/Warsaw}") ZoneId zone) {
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
     * spreadsheet can pivot it. Durations in hours or days as named in the item.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(LocalDate from, LocalDate to, Writer out) {
        var f = figures(from, to);
        var segmentCodes = new HashMap<Long, String>();
        f.segments().forEach(s -> segmentCodes.put(s.id(), s.code()));
        try {
            var csv = printer(out);
            csv.printRecord("span", "from", "", f.from());
            csv.printRecord("span", "to", "", f.to());
            for (var status : IdeaStatus.values()) {
                csv.printRecord("ideas", "status_" + status.name().toLowerCase(Locale.ROOT), "", f.ideas().count(status));
            }
            csv.printRecord("ideas", "submitted", "", f.ideas().submitted());
            csv.printRecord("ideas", "answered", "", f.ideas().answered());
            csv.printRecord("ideas", "median_hours_to_first_answer", "", number(f.ideas().medianHoursToAnswer()));
            csv.printRecord("ideas", "week_old", "", f.ideas().weekOld());
            csv.printRecord("ideas", "answered_within_7_days", "", f.ideas().answeredWithinWeek());
            csv.printRecord("ideas", "answered_within_7_days_percent", "", number(f.ideas().answeredWithinWeekPercent()));
            csv.printRecord("ideas", "done", "", f.ideas().done());
            csv.printRecord("ideas", "median_days_to_done", "", number(f.ideas().medianDaysToDone()));
            csv.printRecord("ideas", "done_in_span", "", f.ideas().doneInSpan());
            csv.printRecord("ideas", "done_with_pulse", "", f.ideas().doneWithPulse());
            csv.printRecord("ideas", "solved", "", f.ideas().solved());
            csv.printRecord("ideas", "solved_percent", "", number(f.ideas().solvedPercent()));
            for (var t : f.trend()) {
                var month = f.months().get(t.part());
                csv.printRecord("trend", "first_answers", month, t.answered());
                csv.printRecord("trend", "median_hours_to_first_answer", month, number(t.medianHoursToAnswer()));
                csv.printRecord("trend", "done", month, t.done());
                csv.printRecord("trend", "median_days_to_done", month, number(t.medianDaysToDone()));
            }
            for (var a : f.active()) {
                csv.printRecord("active_members", a.segmentId() == null ? "no_segment"
                        : segmentCodes.getOrDefault(a.segmentId(), "segment_" + a.segmentId()), a.month(), a.people());
            }
            for (var b : f.turnout()) {
                csv.printRecord("ballot_turnout", safe(b.title()), YearMonth.from(b.closedAt().atZone(zone)),
                        b.voted() + "/" + b.eligible());
            }
            if (f.sessions().isPresent()) {
                var s = f.sessions().get();
                csv.printRecord("sessions", "held", "", s.sessions());
                csv.printRecord("sessions", "registered", "", s.registered());
                csv.printRecord("sessions", "attended", "", s.attended());
                csv.printRecord("sessions", "average_effort_ces", "", number(s.averageEffort()));
                csv.printRecord("sessions", "nps", "", s.npsScore() == null ? "" : s.npsScore());
            }
            for (var t : f.health().lowestNev()) {
                csv.printRecord("lowest_nev", safe(t.mapTitle() + " / " + t.stageName() + " / " + t.touchpointName()),
                        "", t.nev() == null ? "" : t.nev());
            }
            for (var t : f.health().hotspots()) {
                csv.printRecord("hotspot_priority", safe(t.mapTitle() + " / " + t.stageName() + " / " + t.touchpointName()),
                        "", t.priority());
            }
            csv.printRecord("points", "earned", "", f.points().earned());
            csv.printRecord("points", "manual", "", f.points().manual());
            csv.printRecord("points", "redeemed", "", f.points().redeemed());
            csv.printRecord("points", "redemptions", "", f.points().redemptions());
            csv.printRecord("points", "pending_redemptions_now", "", f.points().pendingNow());
            for (var p : f.points().periods()) {
                csv.printRecord("points", "awarded", f.months().get(p.period()), p.awarded());
                csv.printRecord("points", "redeemed", f.months().get(p.period()), p.redeemed());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisation's page as CSV, in the same shape. */
    @PreAuthorize(Access.STAFF)
    public void exportOrganisationCsv(long organisationId, LocalDate from, LocalDate to, Writer out) {
        var f = organisation(organisationId, from, to);
        try {
            var csv = printer(out);
            csv.printRecord("organisation", "name", "", safe(f.organisation().name()));
            csv.printRecord("span", "from", "", f.from());
            csv.printRecord("span", "to", "", f.to());
            csv.printRecord("ideas", "submitted", "", f.ideas().ideas());
            csv.printRecord("ideas", "answered", "", f.ideas().answered());
            csv.printRecord("ideas", "done", "", f.ideas().done());
            csv.printRecord("ideas", "votes", "", f.ideas().votes());
            csv.printRecord("ideas", "comments", "", f.ideas().comments());
            csv.printRecord("ballots", "votes", "", f.ballotVotes());
            csv.printRecord("journeys", "annotations", "", f.annotations());
            for (int i = 0; i < f.months().size(); i++) {
                var month = f.months().get(i);
                var e = f.emotions().get(i);
                csv.printRecord("active_members", "", month, f.activeByMonth().get(i));
                csv.printRecord("annotations", "", month, e.annotations());
                csv.printRecord("nev", "", month, e.nev() == null ? "" : e.nev());
            }
            if (f.sessions().isPresent()) {
                csv.printRecord("sessions", "attended", "", f.sessions().get().attended());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(Writer out) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("section", "item", "month", "value").get());
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Keeps a spreadsheet from reading a title as a formula. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
