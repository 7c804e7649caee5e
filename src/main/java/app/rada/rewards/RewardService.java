package app.rada.rewards;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ballots.BallotFiguresService;
import app.rada.people.LoginAccounts;
import app.rada.people.PeopleDirectory;
import app.rada.rewards.internal.CatalogueStore;
import app.rada.rewards.internal.Ledger;
import app.rada.rewards.internal.LedgerStore;
import app.rada.shared.DraftRules;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rewards module's API for points: a person's balances, history and badges, the leaderboards, staff's
 * manual awards and deductions, and the admins' point rules. Points from contributions are earned by the
 * module's own listeners, not through this service.
 */
@Service
@Transactional(readOnly = true)
public class RewardService {

    static final String SELF_OR_STAFF = "#personId == authentication.principal.personId or hasRole('STAFF')";
    public static final int REASON_MAX = 500;
    public static final int MANUAL_MAX = 10_000;
    static final int PAGE_MAX = 100;

    private final LedgerStore store;
    private final CatalogueStore catalogue;
    private final Ledger ledger;
    private final PeopleDirectory people;
    private final LoginAccounts accounts;
    private final BallotFiguresService ballots;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final Validator validator;

    RewardService(LedgerStore store, CatalogueStore catalogue, Ledger ledger, PeopleDirectory people,
                  LoginAccounts accounts, BallotFiguresService ballots, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                  @Value("${rada.time-zone:Europe/Warsaw}") ZoneId zone, Validator validator) {
        this.validator = validator;
        this.store = store;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.people = people;
        this.accounts = accounts;
        this.ballots = ballots;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    // --- a person's points

    /** The caller's balances, points this quarter and place on the all-time leaderboard. */
    @PreAuthorize(Access.MEMBER)
    public MyPoints myPoints() {
        return pointsOf(CurrentUser.require().personId());
    }

    @PreAuthorize(SELF_OR_STAFF)
    public MyPoints pointsOf(long personId) {
        var balance = store.balance(personId);
        int lifetime = balance.map(LedgerStore.BalanceRow::lifetime).orElse(0);
        boolean hidden = balance.map(LedgerStore.BalanceRow::hidden).orElse(false);
        var quarter = quarter(LeaderboardPeriod.THIS_QUARTER);
        Integer rank = lifetime > 0 && !hidden ? (int) store.aheadAllTime(lifetime, null) + 1 : null;
        return new MyPoints(personId, lifetime, balance.map(LedgerStore.BalanceRow::spendable).orElse(0),
                store.pointsBetween(personId, quarter[0], quarter[1]), rank, hidden);
    }

    /** A page of a person's points history, newest first: their own, or anyone's for staff. */
    @PreAuthorize(SELF_OR_STAFF)
    public List<LedgerEntry> history(long personId, int offset, int limit) {
        var language = CurrentUser.require().language();
        return store.history(personId, Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX)).stream()
                .map(r -> new LedgerEntry(r.id(), r.kind(), r.sourceId(), r.lifetime(), r.spendable(),
                        r.nameEn() != null ? (language == Language.PL ? r.namePl() : r.nameEn()) : r.reason(),
                        r.createdAt()))
                .toList();
    }

    @PreAuthorize(SELF_OR_STAFF)
    public long countHistory(long personId) {
        return store.countHistory(personId);
    }

    /** The badges a person earned, with the day each was earned; anyone logged in may see anyone's. */
    @PreAuthorize(Access.MEMBER)
    public List<EarnedBadge> badges(long personId) {
        return store.badges(personId);
    }

    /** Whether the caller appears on the leaderboards; they keep their points either way. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void showOnLeaderboard(boolean show) {
        var me = CurrentUser.require();
        store.ensureBalance(me.personId(), me.organisationId(), Instant.now(clock));
        store.hide(me.personId(), !show);
    }

    // --- leaderboards

    /**
     * A page of the leaderboard: this or last quarter's points from the ledger, or lifetime points, of
     * everyone or of one organisation's people. Members may ask for everyone or their own organisation;
     * staff for any. People who chose not to appear are left out.
     */
    @PreAuthorize(Access.MEMBER)
    public List<LeaderboardRow> leaderboard(LeaderboardPeriod period, @Nullable Long organisationId, int offset,
                                            int limit) {
        var me = CurrentUser.require();
        checkScope(me, organisationId);
        int from = Math.max(offset, 0);
        int size = Math.min(Math.max(limit, 1), PAGE_MAX);
        List<LedgerStore.Standing> rows;
        if (period == LeaderboardPeriod.ALL_TIME) {
            rows = store.allTime(organisationId, from, size);
        } else {
            var q = quarter(period);
            rows = store.between(q[0], q[1], organisationId, from, size);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        var names = people.displayNames(rows.stream().map(LedgerStore.Standing::personId).toList());
        var result = new ArrayList<LeaderboardRow>();
        int rank = 0;
        int previous = -1;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.points() != previous) {
                // competition ranking: equal points share a place, the next one skips as many
                rank = i == 0 ? (int) ahead(period, row.points(), organisationId) + 1 : from + i + 1;
                previous = row.points();
            }
            result.add(new LeaderboardRow(rank, row.personId(), names.getOrDefault(row.personId(), Optional.empty()),
                    row.points(), row.personId() == me.personId()));
        }
        return result;
    }

    @PreAuthorize(Access.MEMBER)
    public long countLeaderboard(LeaderboardPeriod period, @Nullable Long organisationId) {
        checkScope(CurrentUser.require(), organisationId);
        if (period == LeaderboardPeriod.ALL_TIME) {
            return store.countAllTime(organisationId);
        }
        var q = quarter(period);
        return store.countBetween(q[0], q[1], organisationId);
    }

    private long ahead(LeaderboardPeriod period, int points, @Nullable Long organisationId) {
        if (period == LeaderboardPeriod.ALL_TIME) {
            return store.aheadAllTime(points, organisationId);
        }
        var q = quarter(period);
        return store.aheadBetween(points, q[0], q[1], organisationId);
    }

    private static void checkScope(RadaUser me, @Nullable Long organisationId) {
        if (organisationId != null && !me.isStaff() && !organisationId.equals(me.organisationId())) {
            throw new AccessDeniedException("Another organisation's leaderboard");
        }
    }

    /** The first moment of the quarter and of the next one, in the portal's time zone. */
    Instant[] quarter(LeaderboardPeriod period) {
        var today = LocalDate.now(clock.withZone(zone));
        var start = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        if (period == LeaderboardPeriod.LAST_QUARTER) {
            start = start.minusMonths(3);
        }
        return new Instant[] {start.atStartOfDay(zone).toInstant(), start.plusMonths(3).atStartOfDay(zone).toInstant()};
    }

    /** The first day of the quarter a leaderboard period covers (none for all time). */
    @PreAuthorize(Access.MEMBER)
    public Optional<LocalDate> quarterStart(LeaderboardPeriod period) {
        return period == LeaderboardPeriod.ALL_TIME ? Optional.empty()
                : Optional.of(quarter(period)[0].atZone(zone).toLocalDate());
    }

    // --- staff: by hand

    /**
     * Adds points to a member by hand, with a reason they see; audited. The number is how many, always
     * positive: a negative one would take points away under the name of an award, so it is refused.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void award(long personId, int points, String reason) {
        checkAdjustment(points, reason);
        adjust(personId, points, reason, AuditAction.POINTS_AWARDED);
    }

    /**
     * Takes points from a member by hand, with a reason they see; audited. No more than they can still
     * spend: points already spent on rewards stay spent. The number is how many to take, always
     * positive, so a "deduction" can never add points.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void deduct(long personId, int points, String reason) {
        checkAdjustment(points, reason);
        adjust(personId, -points, reason, AuditAction.POINTS_DEDUCTED);
    }

    /** The adjustment's own rules, the same the staff form shows on its fields: the points first. */
    private void checkAdjustment(int points, String reason) {
        DraftRules.firstProblem(validator, new ManualAdjustment(points, reason.strip()), List.of("points", "reason"))
                .ifPresent(key -> {
                    throw new Problem(key, ManualAdjustment.messageArguments(key));
                });
    }

    private void adjust(long personId, int points, String reason, AuditAction action) {
        var me = CurrentUser.require();
        var clean = reason.strip();
        var account = accounts.findLoginAccountOf(personId);
        if (account.roles().contains(Role.STAFF) || account.roles().contains(Role.ADMIN)) {
            throw new Problem("rewards.problem.staff-collect-none");
        }
        var now = Instant.now(clock);
        store.ensureBalance(personId, account.organisationId(), now);
        store.lockBalance(personId);
        if (!store.change(personId, points, points, account.organisationId(), now)) {
            throw new Problem("rewards.problem.deduct-too-much", store.balance(personId)
                    .map(LedgerStore.BalanceRow::spendable).orElse(0));
        }
        store.append(personId, account.organisationId(), EntryKind.MANUAL, null, points, points, clean, me.personId(), now);
        audit.record(AuditRecord.of(action).by(me.personId(), me.email()).on("person", personId, account.email())
                .detail((points > 0 ? "+" : "") + points + ": " + clean));
        events.publishEvent(new PointsAdjusted(personId, points, clean));
    }

    // --- admins: rules

    @PreAuthorize(Access.MEMBER)
    public List<PointRule> rules() {
        return store.rules();
    }

    /** Changes how many points a kind of contribution earns from now on; earlier points stay as they were. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void changeRule(EntryKind kind, int points, @Nullable Integer dailyCap) {
        if (!kind.isRule()) {
            throw new IllegalArgumentException(kind + " has no rule");
        }
        DraftRules.firstProblem(validator, new PointRuleChange(points, dailyCap), PointRuleChange.PROPERTIES)
                .ifPresent(key -> {
                    throw new Problem(key, PointRuleChange.messageArguments(key));
                });
        var me = CurrentUser.require();
        var before = store.rule(kind).orElseThrow();
        store.updateRule(kind, points, dailyCap, me.personId(), Instant.now(clock));
        audit.record(AuditRecord.of(AuditAction.POINT_RULE_CHANGED).by(me.personId(), me.email())
                .on("point-rule", kind.name(), kind.name())
                .detail(before.points() + "/" + before.dailyCap() + " -> " + points + "/" + dailyCap));
    }

    // --- badges awarded at the end of a board term (runs as the system)

    /**
     * Gives the badge for voting in every ballot of a board term to members whose term ended in the last
     * year and who voted in each ballot that opened during it (at least one). Returns how many got it now.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int awardTermBadges() {
        var today = LocalDate.now(clock.withZone(zone));
        int awarded = 0;
        for (var term : people.boardTermsEndedBetween(today.minusYears(1), today.minusDays(1))) {
            var participation = ballots.participation(term.personId(), term.start().atStartOfDay(zone).toInstant(),
                    term.end().plusDays(1).atStartOfDay(zone).toInstant());
            if (participation.eligible() > 0 && participation.voted() == participation.eligible()
                    && ledger.badge(term.personId(), Badge.EVERY_BALLOT_OF_TERM)) {
                awarded++;
            }
        }
        return awarded;
    }

    // --- figures for the dashboard

    /**
     * The programme's points in a span of time, and in each part of it when {@code bounds} splits it
     * (part {@code i} from {@code bounds[i]} to {@code bounds[i+1]}).
     */
    @PreAuthorize(Access.STAFF)
    public RewardFigures figures(Instant from, Instant to, List<Instant> bounds) {
        var split = bounds.size() >= 2 ? bounds : List.of(from, to);
        var parts = store.sumsByPart(split);
        long earned = 0;
        long manual = 0;
        long redeemed = 0;
        var periods = new ArrayList<RewardFigures.PeriodPoints>();
        for (var p : parts) {
            earned += p[1];
            manual += p[2];
            redeemed += p[3];
            periods.add(new RewardFigures.PeriodPoints((int) p[0], p[1] + p[2], p[3]));
        }
        return new RewardFigures(earned, manual, redeemed, catalogue.countRequested(split.getFirst(), split.getLast()),
                catalogue.countByStatus(RedemptionStatus.PENDING), bounds.size() >= 2 ? periods : List.of());
    }
}
