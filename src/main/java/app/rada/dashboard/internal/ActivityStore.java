package app.rada.dashboard.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who was active in which month (one row per person and month), and counts over it. */
@Repository
public class ActivityStore {

    /** The count key of people outside any segment. */
    static final long NO_SEGMENT = 0L;

    private final NamedParameterJdbcTemplate jdbc;

    ActivityStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean known(LocalDate month, long personId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_active WHERE active_month = :month AND person_id = :person",
                new MapSqlParameterSource("month", Date.valueOf(month)).addValue("person", personId), Integer.class);
        return count != null && count > 0;
    }

    /** Marks the person active in the month; the count of their segment's month goes up only when that is new. */
    public void add(LocalDate month, long personId, @Nullable Long organisationId, @Nullable Long segmentId) {
        int added = jdbc.update("INSERT INTO dashboard_active (active_month, person_id, organisation_id, segment_id) "
                        + "VALUES (:month, :person, :org, :segment) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("month", Date.valueOf(month)).addValue("person", personId)
                        .addValue("org", organisationId).addValue("segment", segmentId));
        if (added == 0) {
            return;
        }
        var key = new MapSqlParameterSource("month", Date.valueOf(month)).addValue("segment",
                segmentId == null ? NO_SEGMENT : segmentId);
        var increment = "UPDATE dashboard_active_count SET people = people + 1 WHERE active_month = :month "
                + "AND segment_key = :segment";
        if (jdbc.update(increment, key) == 0
                && jdbc.update("INSERT INTO dashboard_active_count (active_month, segment_key, people) "
                + "VALUES (:month, :segment, 1) ON CONFLICT DO NOTHING", key) == 0) {
            // another transaction created the month's row at the same moment
            jdbc.update(increment, key);
        }
    }

    public record MonthCount(LocalDate month, @Nullable Long segmentId, long people) {
    }

    /** Active people per month (first days, both included) and segment, from the counts kept per month. */
    public List<MonthCount> bySegment(LocalDate firstMonth, LocalDate lastMonth) {
        var result = new ArrayList<MonthCount>();
        jdbc.query("SELECT active_month, segment_key, people FROM dashboard_active_count WHERE active_month >= :first "
                        + "AND active_month <= :last AND people > 0 ORDER BY active_month, segment_key",
                new MapSqlParameterSource("first", Date.valueOf(firstMonth)).addValue("last", Date.valueOf(lastMonth)),
                rs -> {
                    long segment = rs.getLong(2);
                    result.add(new MonthCount(rs.getDate(1).toLocalDate(), segment == NO_SEGMENT ? null : segment,
                            rs.getLong(3)));
                });
        return result;
    }

    /** Active people of one organisation per month. */
    public List<MonthCount> ofOrganisation(long organisationId, LocalDate firstMonth, LocalDate lastMonth) {
        var result = new ArrayList<MonthCount>();
        jdbc.query("SELECT active_month, COUNT(*) FROM dashboard_active WHERE organisation_id = :org "
                        + "AND active_month >= :first AND active_month <= :last GROUP BY active_month ORDER BY active_month",
                new MapSqlParameterSource("org", organisationId).addValue("first", Date.valueOf(firstMonth))
                        .addValue("last", Date.valueOf(lastMonth)),
                rs -> {
                    result.add(new MonthCount(rs.getDate(1).toLocalDate(), null, rs.getLong(2)));
                });
        return result;
    }
}
