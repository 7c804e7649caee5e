package app.rada.imports.internal;

import app.rada.ideas.IdeaImportService.ImportedVote;
import app.rada.imports.BatchState;
import app.rada.imports.ImportBatch;
import app.rada.imports.ImportKind;
import app.rada.imports.ImportSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of imports: batches with their progress, and the items each created, keyed by their source row. */
@Repository
public class ImportStore {

    private static final int CHUNK = 1000;
    private static final String COLUMNS = "id, source, kind, file_name, staff_id, state, total_rows, processed_rows, "
            + "created_items, skipped_rows, failure, started_at, finished_at, undone_at";

    private final NamedParameterJdbcTemplate jdbc;

    ImportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long createBatch(ImportSource source, ImportKind kind, String fileName, long staffId, int totalRows,
                            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO import_batch (source, kind, file_name, staff_id, state, total_rows, started_at)
                VALUES (:source, :kind, :file, :staff, 'RUNNING', :total, :at)""",
                new MapSqlParameterSource("source", source.name()).addValue("kind", kind.name())
                        .addValue("file", fileName).addValue("staff", staffId).addValue("total", totalRows)
                        .addValue("at", Timestamp.from(at)), keys, new String[] {"id"});
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("no id for the new import");
        }
        return key.longValue();
    }

    public void progress(long batchId, int processed) {
        jdbc.update("UPDATE import_batch SET processed_rows = :processed WHERE id = :id AND state = 'RUNNING'",
                new MapSqlParameterSource("id", batchId).addValue("processed", processed));
    }

    public void finish(long batchId, BatchState state, int processed, int created, int skipped,
                       @Nullable String failure, Instant at) {
        jdbc.update("""
                UPDATE import_batch SET state = :state, processed_rows = :processed, created_items = :created,
                       skipped_rows = :skipped, failure = :failure, finished_at = :at
                WHERE id = :id""", new MapSqlParameterSource("id", batchId).addValue("state", state.name())
                .addValue("processed", processed).addValue("created", created).addValue("skipped", skipped)
                .addValue("failure", failure).addValue("at", Timestamp.from(at)));
    }

    /** Marks a finished batch undone; false when it was not (any more) in the done state. */
    public boolean markUndone(long batchId, Instant at) {
        return jdbc.update("UPDATE import_batch SET state = 'UNDONE', undone_at = :at WHERE id = :id AND state = 'DONE'",
                new MapSqlParameterSource("id", batchId).addValue("at", Timestamp.from(at))) == 1;
    }

    public List<ImportBatch> batches(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_batch ORDER BY started_at DESC, id DESC "
                + "LIMIT :limit OFFSET :offset", new MapSqlParameterSource("limit", limit).addValue("offset", offset),
                ImportStore::batch);
    }

    public long countBatches() {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM import_batch", new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    public long countRunning() {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM import_batch WHERE state = 'RUNNING'",
                new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    public Optional<ImportBatch> batch(long batchId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_batch WHERE id = :id",
                new MapSqlParameterSource("id", batchId), ImportStore::batch).stream().findFirst();
    }

    /** Locks the batch row for an undo, so two undos of one batch run one after the other. */
    public Optional<ImportBatch> lockBatch(long batchId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_batch WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", batchId), ImportStore::batch).stream().findFirst();
    }

    // --- items

    public void addItem(long batchId, ImportSource source, ImportKind kind, String sourceId, long ideaId,
                        @Nullable Long personId, @Nullable Long commentId) {
        jdbc.update("""
                INSERT INTO import_item (batch_id, source, kind, source_id, idea_id, person_id, comment_id)
                VALUES (:batch, :source, :kind, :sourceId, :idea, :person, :comment)""",
                new MapSqlParameterSource("batch", batchId).addValue("source", source.name())
                        .addValue("kind", kind.name()).addValue("sourceId", sourceId).addValue("idea", ideaId)
                        .addValue("person", personId).addValue("comment", commentId));
    }

    /** Which of these source row ids of the tool and kind were imported already. */
    public Set<String> imported(ImportSource source, ImportKind kind, Collection<String> sourceIds) {
        var result = new HashSet<String>();
        for (var chunk : chunks(List.copyOf(sourceIds))) {
            result.addAll(jdbc.queryForList("""
                    SELECT source_id FROM import_item WHERE source = :source AND kind = :kind
                    AND source_id IN (:ids)""", new MapSqlParameterSource("source", source.name())
                    .addValue("kind", kind.name()).addValue("ids", chunk), String.class));
        }
        return result;
    }

    /** The portal's idea for each of these post ids of the tool that an import brought in. */
    public Map<String, Long> importedIdeas(ImportSource source, Collection<String> postIds) {
        var result = new HashMap<String, Long>();
        for (var chunk : chunks(List.copyOf(postIds))) {
            jdbc.query("""
                    SELECT source_id, idea_id FROM import_item WHERE source = :source AND kind = 'IDEAS'
                    AND source_id IN (:ids)""", new MapSqlParameterSource("source", source.name())
                    .addValue("ids", chunk), rs -> {
                        result.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return result;
    }

    public record Items(List<Long> ideaIds, List<ImportedVote> votes, List<Long> commentIds) {
    }

    /**
     * What the batch created, and for the ideas it created also the votes and comments other imports put on
     * them (so an undo of the ideas takes those along).
     */
    public Items items(long batchId) {
        var ideaIds = jdbc.queryForList("SELECT idea_id FROM import_item WHERE batch_id = :batch AND kind = 'IDEAS'",
                new MapSqlParameterSource("batch", batchId), Long.class);
        var votes = new ArrayList<ImportedVote>();
        var comments = new ArrayList<Long>();
        var params = new MapSqlParameterSource("batch", batchId);
        String where = ideaIds.isEmpty() ? "batch_id = :batch"
                : "(batch_id = :batch OR idea_id IN (SELECT idea_id FROM import_item WHERE batch_id = :batch "
                + "AND kind = 'IDEAS'))";
        jdbc.query("SELECT kind, idea_id, person_id, comment_id FROM import_item WHERE kind <> 'IDEAS' AND " + where,
                params, rs -> {
                    if ("VOTES".equals(rs.getString("kind"))) {
                        // the vote's time does not matter for removal
                        votes.add(new ImportedVote(rs.getLong("idea_id"), rs.getLong("person_id"), Instant.EPOCH));
                    } else {
                        comments.add(rs.getLong("comment_id"));
                    }
                });
        return new Items(ideaIds, votes, comments);
    }

    /** Forgets what the batch created (and what other imports put on its ideas), so the rows may be imported again. */
    public void forgetItems(long batchId) {
        jdbc.update("""
                DELETE FROM import_item WHERE batch_id = :batch OR idea_id IN
                (SELECT idea_id FROM import_item WHERE batch_id = :batch AND kind = 'IDEAS')""",
                new MapSqlParameterSource("batch", batchId));
    }

    private static <T> List<List<T>> chunks(List<T> list) {
        var result = new ArrayList<List<T>>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            result.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return result;
    }

    private static ImportBatch batch(ResultSet rs, int n) throws SQLException {
        return new ImportBatch(rs.getLong("id"), ImportSource.valueOf(rs.getString("source")),
                ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getLong("staff_id"),
                BatchState.valueOf(rs.getString("state")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("created_items"), rs.getInt("skipped_rows"), rs.getString("failure"),
                instant(rs, "started_at"), nullableInstant(rs, "finished_at"), nullableInstant(rs, "undone_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
