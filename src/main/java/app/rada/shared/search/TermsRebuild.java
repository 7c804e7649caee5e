package app.rada.shared.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the stored terms of one kind of content again when another version of the word analysis than
 * the portal's ({@link WordForms#VERSION}) made them, as recorded in {@code search_index}. The module's
 * job calls it on one node at a time (ShedLock); each batch runs in a transaction of its own, under the
 * rows' locks, and the version is recorded only at the end, so a node stopped halfway leaves the old
 * version and the next check starts over.
 */
public final class TermsRebuild {

    /** Items per batch. */
    public static final int BATCH = 200;

    private TermsRebuild() {
    }

    /** Whether the stored terms of this kind are of the current analysis version. */
    public static boolean current(NamedParameterJdbcTemplate jdbc, String index) {
        var stored = jdbc.queryForList("SELECT analysis_version FROM search_index WHERE name = :name",
                new MapSqlParameterSource("name", index), Integer.class);
        return !stored.isEmpty() && stored.getFirst() == WordForms.VERSION;
    }

    /**
     * Rebuilds when outdated; returns how many items got new terms.
     *
     * @param batch given the last id done (0 at first), makes the terms of the next {@link #BATCH} items
     *              in id order and returns their ids; empty when there are no more
     */
    public static int ifOutdated(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                                 String index, LongFunction<List<Long>> batch) {
        if (current(jdbc, index)) {
            return 0;
        }
        int rebuilt = 0;
        long after = 0;
        while (true) {
            long from = after;
            var ids = transaction.execute(status -> batch.apply(from));
            if (ids == null || ids.isEmpty()) {
                break;
            }
            rebuilt += ids.size();
            after = ids.getLast();
        }
        var params = new MapSqlParameterSource("name", index).addValue("version", WordForms.VERSION)
                .addValue("at", Timestamp.from(clock.instant()));
        if (jdbc.update("UPDATE search_index SET analysis_version = :version, updated_at = :at WHERE name = :name",
                params) == 0) {
            jdbc.update("INSERT INTO search_index (name, analysis_version, updated_at) VALUES (:name, :version, :at)",
                    params);
        }
        return rebuilt;
    }
}
