package app.rada.rewards.internal;

import app.rada.rewards.RedemptionStatus;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardImage;
import app.rada.rewards.RewardItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The reward catalogue and redemptions in plain SQL. Stock is taken with one conditional update
 * ({@code stock = stock - 1 ... AND stock > 0}), so many requests for the last item at once leave it at zero,
 * never below; a status moves only from the status it was read in.
 */
@Repository
public class CatalogueStore {

    private static final String ITEM_COLUMNS = "id, name_en, name_pl, description_en, description_pl, cost, stock, "
            + "active, image_type";

    private final NamedParameterJdbcTemplate jdbc;

    CatalogueStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- items

    public List<RewardItem> items(boolean activeOnly, int offset, int limit) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM reward_item"
                        + (activeOnly ? " WHERE active = TRUE" : "")
                        + " ORDER BY active DESC, cost, id LIMIT :limit OFFSET :offset",
                new MapSqlParameterSource("limit", limit).addValue("offset", offset), (rs, n) -> item(rs));
    }

    public long countItems(boolean activeOnly) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_item" + (activeOnly ? " WHERE active = TRUE" : ""),
                new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    public Optional<RewardItem> item(long id) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM reward_item WHERE id = :id",
                new MapSqlParameterSource("id", id), (rs, n) -> item(rs)).stream().findFirst();
    }

    private static RewardItem item(ResultSet rs) throws SQLException {
        return new RewardItem(rs.getLong("id"), rs.getString("name_en"), rs.getString("name_pl"),
                rs.getString("description_en"), rs.getString("description_pl"), rs.getInt("cost"), rs.getInt("stock"),
                rs.getBoolean("active"), rs.getString("image_type") != null);
    }

    public long insertItem(RewardDraft d, @Nullable RewardImage image, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO reward_item (name_en, name_pl, description_en, description_pl, cost, stock, active,
                                         image_type, image, created_at, updated_at)
                VALUES (:nameEn, :namePl, :descriptionEn, :descriptionPl, :cost, :stock, :active, :type, :image, :at, :at)""",
                draft(d).addValue("type", image == null ? null : image.contentType())
                        .addValue("image", image == null ? null : image.content()).addValue("at", Timestamp.from(at)),
                keys, new String[] {"id"});
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    public void updateItem(long id, RewardDraft d, Instant at) {
        jdbc.update("""
                UPDATE reward_item SET name_en = :nameEn, name_pl = :namePl, description_en = :descriptionEn,
                       description_pl = :descriptionPl, cost = :cost, stock = :stock, active = :active, updated_at = :at
                WHERE id = :id""", draft(d).addValue("id", id).addValue("at", Timestamp.from(at)));
    }

    public void replaceImage(long id, @Nullable RewardImage image) {
        jdbc.update("UPDATE reward_item SET image_type = :type, image = :image WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("type", image == null ? null : image.contentType())
                        .addValue("image", image == null ? null : image.content()));
    }

    private static MapSqlParameterSource draft(RewardDraft d) {
        return new MapSqlParameterSource("nameEn", d.nameEn()).addValue("namePl", d.namePl())
                .addValue("descriptionEn", d.descriptionEn()).addValue("descriptionPl", d.descriptionPl())
                .addValue("cost", d.cost()).addValue("stock", d.stock()).addValue("active", d.active());
    }

    public Optional<RewardImage> image(long itemId) {
        return jdbc.query("SELECT image_type, image FROM reward_item WHERE id = :id AND image IS NOT NULL",
                new MapSqlParameterSource("id", itemId),
                (rs, n) -> new RewardImage(rs.getString(1), rs.getBytes(2))).stream().findFirst();
    }

    /** Takes one item from the stock of an active reward; false when none is left. */
    public boolean takeOne(long itemId) {
        return jdbc.update("UPDATE reward_item SET stock = stock - 1 WHERE id = :id AND active = TRUE AND stock > 0",
                new MapSqlParameterSource("id", itemId)) == 1;
    }

    public void putBack(long itemId) {
        jdbc.update("UPDATE reward_item SET stock = stock + 1 WHERE id = :id", new MapSqlParameterSource("id", itemId));
    }

    // --- redemptions

    public record RedemptionRow(long id, long personId, long itemId, String nameEn, String namePl, int cost,
                                RedemptionStatus status, Instant requestedAt, @Nullable Instant decidedAt,
                                @Nullable Instant fulfilledAt, @Nullable String note) {
    }

    private static final String REDEMPTION_COLUMNS = """
            SELECT r.id, r.person_id, r.item_id, i.name_en, i.name_pl, r.cost, r.status, r.requested_at,
                   r.decided_at, r.fulfilled_at, r.note
            FROM reward_redemption r JOIN reward_item i ON i.id = r.item_id""";

    public long insertRedemption(long personId, long itemId, int cost, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO reward_redemption (person_id, item_id, cost, status, requested_at) "
                        + "VALUES (:person, :item, :cost, 'PENDING', :at)",
                new MapSqlParameterSource("person", personId).addValue("item", itemId).addValue("cost", cost)
                        .addValue("at", Timestamp.from(at)), keys, new String[] {"id"});
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    public Optional<RedemptionRow> redemption(long id) {
        return jdbc.query(REDEMPTION_COLUMNS + " WHERE r.id = :id", new MapSqlParameterSource("id", id),
                (rs, n) -> redemption(rs)).stream().findFirst();
    }

    public List<RedemptionRow> redemptionsOf(long personId, int offset, int limit) {
        return jdbc.query(REDEMPTION_COLUMNS + " WHERE r.person_id = :person ORDER BY r.requested_at DESC, r.id DESC "
                        + "LIMIT :limit OFFSET :offset",
                new MapSqlParameterSource("person", personId).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> redemption(rs));
    }

    public long countOf(long personId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_redemption WHERE person_id = :person",
                new MapSqlParameterSource("person", personId), Long.class);
        return count == null ? 0 : count;
    }

    /** Redemptions in the given statuses, oldest first: the queue staff work through. */
    public List<RedemptionRow> queue(Collection<RedemptionStatus> statuses, int offset, int limit) {
        return jdbc.query(REDEMPTION_COLUMNS + " WHERE r.status IN (:statuses) ORDER BY r.requested_at, r.id "
                        + "LIMIT :limit OFFSET :offset",
                new MapSqlParameterSource("statuses", statuses.stream().map(Enum::name).toList())
                        .addValue("limit", limit).addValue("offset", offset), (rs, n) -> redemption(rs));
    }

    public long countQueue(Collection<RedemptionStatus> statuses) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_redemption WHERE status IN (:statuses)",
                new MapSqlParameterSource("statuses", statuses.stream().map(Enum::name).toList()), Long.class);
        return count == null ? 0 : count;
    }

    public long countByStatus(RedemptionStatus status) {
        return countQueue(List.of(status));
    }

    public long countRequested(Instant from, Instant to) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM reward_redemption WHERE requested_at >= :from "
                        + "AND requested_at < :to",
                new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)), Long.class);
        return count == null ? 0 : count;
    }

    /** Moves a redemption on when it still stands where the caller saw it; false when someone else moved it first. */
    public boolean decide(long id, Collection<RedemptionStatus> from, RedemptionStatus to, long by, Instant at,
                          @Nullable String note) {
        var fulfilled = to == RedemptionStatus.FULFILLED;
        return jdbc.update("UPDATE reward_redemption SET status = :to, "
                        + (fulfilled ? "fulfilled_at = :at, fulfilled_by = :by" : "decided_at = :at, decided_by = :by")
                        + (note == null ? "" : ", note = :note")
                        + " WHERE id = :id AND status IN (:from)",
                new MapSqlParameterSource("id", id).addValue("to", to.name())
                        .addValue("from", from.stream().map(Enum::name).toList()).addValue("by", by)
                        .addValue("at", Timestamp.from(at)).addValue("note", note)) == 1;
    }

    private static RedemptionRow redemption(ResultSet rs) throws SQLException {
        var decided = rs.getTimestamp("decided_at");
        var fulfilled = rs.getTimestamp("fulfilled_at");
        return new RedemptionRow(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("item_id"),
                rs.getString("name_en"), rs.getString("name_pl"), rs.getInt("cost"),
                RedemptionStatus.valueOf(rs.getString("status")), rs.getTimestamp("requested_at").toInstant(),
                decided == null ? null : decided.toInstant(), fulfilled == null ? null : fulfilled.toInstant(),
                rs.getString("note"));
    }
}
