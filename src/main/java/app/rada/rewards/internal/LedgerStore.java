package app.rada.rewards.internal;

import app.rada.rewards.Badge;
import app.rada.rewards.EarnedBadge;
import app.rada.rewards.EntryKind;
import app.rada.rewards.PointRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger, the balance counters, badges and point rules in plain SQL. Balances change only by
 * conditional updates in the database ({@code ... where spendable >= :points}), so two transactions
 * can never both spend the same points.
 */
@Repository
public class LedgerStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final SettledSums settledSums;

    LedgerStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.settledSums = new SettledSums(clock);
    }

    // --- rules

    public List<PointRule> rules() {
        return jdbc.query("SELECT kind, points, daily_cap FROM reward_rule ORDER BY position, kind",
                (rs, n) -> new PointRule(EntryKind.valueOf(rs.getString(1)), rs.getInt(2), nullableInt(rs, 3)));
    }

    public Optional<PointRule> rule(EntryKind kind) {
        return jdbc.query("SELECT kind, points, daily_cap FROM reward_rule WHERE kind = :kind",
                new MapSqlParameterSource("kind", kind.name()),
                (rs, n) -> new PointRule(EntryKind.valueOf(rs.getString(1)), rs.getInt(2), nullableInt(rs, 3)))
                .stream().findFirst();
    }

    public int updateRule(EntryKind kind, int points, @Nullable Integer dailyCap, long by, Instant at) {
        return jdbc.update("UPDATE reward_rule SET points = :points, daily_cap = :cap, updated_by = :by, "
                        + "updated_at = :at WHERE kind = :kind",
                new MapSqlParameterSource("kind", kind.name()).addValue("points", points).addValue("cap", dailyCap)
                        .addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    // --- balances

    /** Makes sure the person has a balance row; a row that exists already is left alone. */
    public void ensureBalance(long personId, @Nullable Long organisationId, Instant at) {
        jdbc.update("INSERT INTO reward_balance (person_id, organisation_id, lifetime, spendable, hidden, updated_at) "
                        + "VALUES (:person, :org, 0, 0, FALSE, :at) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("person", personId).addValue("org", organisationId)
                        .addValue("at", Timestamp.from(at)));
    }

    /** Locks the person's balance row until the transaction ends: one change to a person's points at a time. */
    public void lockBalance(long personId) {
        jdbc.query("SELECT person_id FROM reward_balance WHERE person_id = :person FOR UPDATE",
                new MapSqlParameterSource("person", personId), rs -> {
                });
    }

    /** Adds to both counters (or takes from them), refusing to leave either below zero. */
    public boolean change(long personId, int lifetime, int spendable, @Nullable Long organisationId, Instant at) {
        return jdbc.update("""
                UPDATE reward_balance SET lifetime = lifetime + :lifetime, spendable = spendable + :spendable,
                       organisation_id = :org, updated_at = :at
                WHERE person_id = :person AND lifetime + :lifetime >= 0 AND spendable + :spendable >= 0""",
                new MapSqlParameterSource("person", personId).addValue("lifetime", lifetime)
                        .addValue("spendable", spendable).addValue("org", organisationId)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    /** Takes spendable points only when there are enough; false (and nothing changed) otherwise. */
    public boolean spend(long personId, int points, Instant at) {
        return jdbc.update("UPDATE reward_balance SET spendable = spendable - :points, updated_at = :at "
                        + "WHERE person_id = :person AND spendable >= :points",
                new MapSqlParameterSource("person", personId).addValue("points", points)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    public void giveBack(long personId, int points, Instant at) {
        jdbc.update("UPDATE reward_balance SET spendable = spendable + :points, updated_at = :at WHERE person_id = :person",
                new MapSqlParameterSource("person", personId).addValue("points", points)
                        .addValue("at", Timestamp.from(at)));
    }

    public record BalanceRow(long personId, @Nullable Long organisationId, int lifetime, int spendable,
                             boolean hidden) {
    }

    public Optional<BalanceRow> balance(long personId) {
        return jdbc.query("SELECT person_id, organisation_id, lifetime, spendable, hidden FROM reward_balance "
                        + "WHERE person_id = :person", new MapSqlParameterSource("person", personId),
                (rs, n) -> new BalanceRow(rs.getLong(1), nullableLong(rs, 2), rs.getInt(3), rs.getInt(4),
                        rs.getBoolean(5))).stream().findFirst();
    }

    public void hide(long personId, boolean hidden) {
        jdbc.update("UPDATE reward_balance SET hidden = :hidden WHERE person_id = :person",
                new MapSqlParameterSource("person", personId).addValue("hidden", hidden));
    }

    // --- the ledger

    public boolean hasEntry(EntryKind kind, long sourceId, long personId) {
        var found = jdbc.queryForObject("SELECT COUNT(*) FROM reward_entry WHERE kind = :kind AND source_id = :source "
                        + "AND person_id = :person",
                new MapSqlParameterSource("kind", kind.name()).addValue("source", sourceId).addValue("person", personId),
                Integer.class);
        return found != null && found > 0;
    }

    /**
     * Appends a row. Returns false, and adds nothing, when a row for the same kind, source and person
     * exists already (an event delivered again).
     */
    public boolean append(long personId, @Nullable Long organisationId, EntryKind kind, @Nullable Long sourceId,
                          int lifetime, int spendable, @Nullable String reason, @Nullable Long actorId, Instant at) {
        settledSums.appended(at);
        return jdbc.update("""
                INSERT INTO reward_entry (person_id, organisation_id, kind, source_id, lifetime_points, spendable_points,
                                          reason, actor_id, created_at)
                VALUES (:person, :org, :kind, :source, :lifetime, :spendable, :reason, :actor, :at)
                ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource("person", personId).addValue("org", organisationId)
                        .addValue("kind", kind.name()).addValue("source", sourceId).addValue("lifetime", lifetime)
                        .addValue("spendable", spendable).addValue("reason", reason).addValue("actor", actorId)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    /** Points of one kind the person earned since a moment (the start of their day, for the caps). */
    public int earnedSince(long personId, EntryKind kind, Instant since) {
        var sum = jdbc.queryForObject("SELECT COALESCE(SUM(lifetime_points), 0) FROM reward_entry "
                        + "WHERE person_id = :person AND created_at >= :since AND kind = :kind",
                new MapSqlParameterSource("person", personId).addValue("since", Timestamp.from(since))
                        .addValue("kind", kind.name()), Integer.class);
        return sum == null ? 0 : sum;
    }

    public int countOf(long personId, EntryKind kind) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_entry WHERE person_id = :person AND kind = :kind",
                new MapSqlParameterSource("person", personId).addValue("kind", kind.name()), Integer.class);
        return count == null ? 0 : count;
    }

    public record EntryRow(long id, EntryKind kind, @Nullable Long sourceId, int lifetime, int spendable,
                           @Nullable String reason, Instant createdAt, @Nullable String nameEn,
                           @Nullable String namePl) {
    }

    /** A page of the person's history, newest first, with the reward's name on redemption rows. */
    public List<EntryRow> history(long personId, int offset, int limit) {
        return jdbc.query("""
                SELECT e.id, e.kind, e.source_id, e.lifetime_points, e.spendable_points, e.reason, e.created_at,
                       i.name_en, i.name_pl
                FROM reward_entry e
                LEFT JOIN reward_redemption r ON e.kind IN ('REDEEMED', 'RETURNED') AND r.id = e.source_id
                LEFT JOIN reward_item i ON i.id = r.item_id
                WHERE e.person_id = :person
                ORDER BY e.created_at DESC, e.id DESC
                LIMIT :limit OFFSET :offset""",
                new MapSqlParameterSource("person", personId).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> new EntryRow(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), nullableLong(rs, 3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                        rs.getString(9)));
    }

    public long countHistory(long personId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_entry WHERE person_id = :person",
                new MapSqlParameterSource("person", personId), Long.class);
        return count == null ? 0 : count;
    }

    public int pointsBetween(long personId, Instant from, Instant to) {
        var sum = jdbc.queryForObject("SELECT COALESCE(SUM(lifetime_points), 0) FROM reward_entry "
                        + "WHERE person_id = :person AND created_at >= :from AND created_at < :to",
                new MapSqlParameterSource("person", personId).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)), Integer.class);
        return sum == null ? 0 : sum;
    }

    // --- leaderboards

    public record Standing(long personId, int points) {
    }

    /** People by lifetime points, read in the order of the (hidden, lifetime) index. */
    public List<Standing> allTime(@Nullable Long organisationId, int offset, int limit) {
        var sql = "SELECT person_id, lifetime FROM reward_balance WHERE hidden = FALSE AND lifetime > 0"
                + (organisationId == null ? "" : " AND organisation_id = :org")
                + " ORDER BY hidden, lifetime DESC, person_id LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, new MapSqlParameterSource("org", organisationId).addValue("limit", limit)
                .addValue("offset", offset), (rs, n) -> new Standing(rs.getLong(1), rs.getInt(2)));
    }

    public long countAllTime(@Nullable Long organisationId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_balance WHERE hidden = FALSE AND lifetime > 0"
                        + (organisationId == null ? "" : " AND organisation_id = :org"),
                new MapSqlParameterSource("org", organisationId), Long.class);
        return count == null ? 0 : count;
    }

    /** How many visible people have more lifetime points: one less than the rank of someone with these points. */
    public long aheadAllTime(int points, @Nullable Long organisationId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_balance WHERE hidden = FALSE AND lifetime > :points"
                        + (organisationId == null ? "" : " AND organisation_id = :org"),
                new MapSqlParameterSource("points", points).addValue("org", organisationId), Long.class);
        return count == null ? 0 : count;
    }

    private static final String PERIOD_SUMS = """
            SELECT e.person_id, SUM(e.lifetime_points) AS points
            FROM reward_entry e
            WHERE e.created_at >= :from AND e.created_at < :to%s
              AND NOT EXISTS (SELECT 1 FROM reward_balance b WHERE b.person_id = e.person_id AND b.hidden = TRUE)
            GROUP BY e.person_id
            HAVING SUM(e.lifetime_points) > 0""";

    /** People by the points they earned in a span of time (a quarter), from the ledger's rows of those days. */
    public List<Standing> between(Instant from, Instant to, @Nullable Long organisationId, int offset, int limit) {
        var sql = PERIOD_SUMS.formatted(organisationId == null ? "" : " AND e.organisation_id = :org")
                + " ORDER BY points DESC, e.person_id LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, period(from, to, organisationId).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> new Standing(rs.getLong(1), rs.getInt(2)));
    }

    public long countBetween(Instant from, Instant to, @Nullable Long organisationId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM ("
                        + PERIOD_SUMS.formatted(organisationId == null ? "" : " AND e.organisation_id = :org") + ") s",
                period(from, to, organisationId), Long.class);
        return count == null ? 0 : count;
    }

    public long aheadBetween(int points, Instant from, Instant to, @Nullable Long organisationId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM ("
                        + PERIOD_SUMS.formatted(organisationId == null ? "" : " AND e.organisation_id = :org")
                        + ") s WHERE s.points > :points",
                period(from, to, organisationId).addValue("points", points), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource period(Instant from, Instant to, @Nullable Long organisationId) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to))
                .addValue("org", organisationId);
    }

    // --- badges

    /** Gives the badge unless the person has it; true when it is new. */
    public boolean award(long personId, Badge badge, Instant at) {
        return jdbc.update("INSERT INTO reward_badge (person_id, badge, earned_at) VALUES (:person, :badge, :at) "
                        + "ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("person", personId).addValue("badge", badge.name())
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    public List<EarnedBadge> badges(long personId) {
        var result = new ArrayList<EarnedBadge>();
        jdbc.query("SELECT badge, earned_at FROM reward_badge WHERE person_id = :person ORDER BY earned_at, badge",
                new MapSqlParameterSource("person", personId), rs -> {
                    result.add(new EarnedBadge(Badge.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()));
                });
        return result;
    }

    // --- figures for the dashboard

    /**
     * The same sums split at the given boundaries (ascending): row {@code i} covers [{@code bounds[i]},
     * {@code bounds[i+1]}) and holds {part, earned, manual, redeemed}; parts without rows are left out. Parts
     * that ended more than an hour ago are taken from what this node summed recently ({@link SettledSums});
     * each run of the others is summed in one pass over its rows.
     */
    public List<long[]> sumsByPart(List<Instant> bounds) {
        if (bounds.size() < 2) {
            return List.of();
        }
        int parts = bounds.size() - 1;
        var sums = new long[parts][];
        for (int i = 0; i < parts; i++) {
            sums[i] = settledSums.get(bounds.get(i), bounds.get(i + 1));
        }
        for (int i = 0; i < parts; ) {
            if (sums[i] != null) {
                i++;
                continue;
            }
            int end = i;
            while (end < parts && sums[end] == null) {
                end++;
            }
            var run = bounds.subList(i, end + 1);
            for (int k = i; k < end; k++) {
                sums[k] = new long[4];
            }
            for (var row : summed(run)) {
                System.arraycopy(row, 1, sums[i + (int) row[0]], 0, 4);
            }
            for (int k = i; k < end; k++) {
                settledSums.put(bounds.get(k), bounds.get(k + 1), sums[k]);
            }
            i = end;
        }
        var result = new ArrayList<long[]>();
        for (int i = 0; i < parts; i++) {
            if (sums[i][3] > 0) {
                result.add(new long[] {i, sums[i][0], sums[i][1], sums[i][2]});
            }
        }
        return result;
    }

    /** One pass over the rows between the first and last bound: {part, earned, manual, redeemed, rows}. */
    private List<long[]> summed(List<Instant> bounds) {
        var params = new MapSqlParameterSource();
        var bucket = new StringBuilder("CASE");
        for (int i = 1; i < bounds.size(); i++) {
            params.addValue("b" + i, Timestamp.from(bounds.get(i)));
            bucket.append(" WHEN created_at < :b").append(i).append(" THEN ").append(i - 1);
        }
        bucket.append(" END");
        params.addValue("from", Timestamp.from(bounds.getFirst())).addValue("to", Timestamp.from(bounds.getLast()));
        var result = new ArrayList<long[]>();
        jdbc.query("SELECT p.part, COALESCE(SUM(p.earned), 0), COALESCE(SUM(p.manual), 0), COALESCE(SUM(p.redeemed), 0), "
                        + "COUNT(*) FROM (SELECT " + bucket + " AS part, "
                        + "CASE WHEN kind NOT IN ('MANUAL', 'REDEEMED', 'RETURNED') THEN lifetime_points ELSE 0 END AS earned, "
                        + "CASE WHEN kind = 'MANUAL' THEN lifetime_points ELSE 0 END AS manual, "
                        + "CASE WHEN kind IN ('REDEEMED', 'RETURNED') THEN -spendable_points ELSE 0 END AS redeemed "
                        + "FROM reward_entry WHERE created_at >= :from AND created_at < :to) p GROUP BY p.part ORDER BY p.part",
                params, rs -> {
                    result.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return result;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
