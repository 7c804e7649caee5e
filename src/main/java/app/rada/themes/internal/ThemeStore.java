package app.rada.themes.internal;

import app.rada.journeys.Emotion;
import app.rada.themes.ThemeScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The kept themes of each scope, whether they are stale, and the marks that make them so. */
@Component
public class ThemeStore {

    /** A scope's kept themes, and whether something new was written there since. */
    public record Kept(long scopeId, boolean stale, List<ThemeRow> themes) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ThemeStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Kept> kept(ThemeScope scope) {
        var found = jdbc.query("SELECT id, stale FROM theme_scope WHERE kind = :kind AND map_id = :map AND target_id = :target",
                params(scope), (rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)});
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long scopeId = (Long) found.getFirst()[0];
        return Optional.of(new Kept(scopeId, (Boolean) found.getFirst()[1],
                rows("t.scope_id = :scope", new MapSqlParameterSource("scope", scopeId))));
    }

    /** A kept theme with the scope it was found in. */
    public Optional<Map.Entry<ThemeScope, ThemeRow>> theme(long themeId) {
        var scopes = jdbc.query("SELECT s.kind, s.map_id, s.target_id FROM theme t JOIN theme_scope s ON s.id = t.scope_id "
                + "WHERE t.id = :id", new MapSqlParameterSource("id", themeId),
                (rs, n) -> new ThemeScope(ThemeScope.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
        if (scopes.isEmpty()) {
            return Optional.empty();
        }
        var rows = rows("t.id = :id", new MapSqlParameterSource("id", themeId));
        return rows.stream().findFirst().map(row -> Map.entry(scopes.getFirst(), row));
    }

    /**
     * Replaces what a scope keeps with freshly computed themes, unless someone else regrouped the scope
     * meanwhile. The scope's row is locked first, so two staff members (on one node or two) who open
     * the same stale scope together regroup it once: the second waits, then keeps the first's themes.
     */
    public void replace(ThemeScope scope, List<ThemeRow> themes, Instant at) {
        jdbc.update("INSERT INTO theme_scope (kind, map_id, target_id, stale, computed_at) "
                + "VALUES (:kind, :map, :target, TRUE, :at) ON CONFLICT DO NOTHING",
                params(scope).addValue("at", Timestamp.from(at)));
        var locked = jdbc.query("SELECT id, stale FROM theme_scope WHERE kind = :kind AND map_id = :map "
                + "AND target_id = :target FOR UPDATE", params(scope), (rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)});
        if (!(Boolean) locked.getFirst()[1]) {
            return;
        }
        long scopeId = (Long) locked.getFirst()[0];
        jdbc.update("DELETE FROM theme WHERE scope_id = :scope", new MapSqlParameterSource("scope", scopeId));
        jdbc.update("UPDATE theme_scope SET stale = FALSE, computed_at = :at WHERE id = :scope",
                new MapSqlParameterSource("scope", scopeId).addValue("at", Timestamp.from(at)));
        int position = 0;
        for (var theme : themes) {
            var themeKeys = new GeneratedKeyHolder();
            jdbc.update("""
                    INSERT INTO theme (scope_id, position, label, annotations, ideas, positive, negative, emotions,
                                       organisation_ids, segment_ids, touchpoint_ids, turned_idea_ids, untied)
                    VALUES (:scope, :position, :label, :annotations, :ideas, :positive, :negative, :emotions,
                            :organisations, :segments, :touchpoints, :turned, :untied)""",
                    new MapSqlParameterSource("scope", scopeId).addValue("position", position++)
                            .addValue("label", cut(theme.label(), 200)).addValue("annotations", theme.annotations())
                            .addValue("ideas", theme.ideas()).addValue("positive", theme.positive())
                            .addValue("negative", theme.negative()).addValue("emotions", emotions(theme.emotions()))
                            .addValue("organisations", ids(theme.organisationIds()))
                            .addValue("segments", ids(theme.segmentIds()))
                            .addValue("touchpoints", ids(theme.touchpointIds()))
                            .addValue("turned", ids(theme.turnedIdeaIds())).addValue("untied", theme.untied()),
                    themeKeys, new String[] {"id"});
            long themeId = themeKeys.getKeyAs(Number.class).longValue();
            var batch = theme.members().stream().map(m -> new MapSqlParameterSource("theme", themeId)
                    .addValue("kind", String.valueOf(m.kind())).addValue("item", m.itemId())
                    .addValue("rank", m.quoteRank()).addValue("quote", m.quote() == null ? null : cut(m.quote(), 1000)))
                    .toArray(MapSqlParameterSource[]::new);
            jdbc.batchUpdate("INSERT INTO theme_member (theme_id, item_kind, item_id, quote_rank, quote) "
                    + "VALUES (:theme, :kind, :item, :rank, :quote)", batch);
        }
    }

    /** Something new was written on this map: its scopes are grouped again when next looked at. */
    public void markMapStale(long mapId) {
        jdbc.update("UPDATE theme_scope SET stale = TRUE WHERE map_id = :map AND kind <> 'BOARD'",
                new MapSqlParameterSource("map", mapId));
    }

    /** Ideas changed: the board and every map (ideas can sit on any touchpoint) are grouped again. */
    public void markAllStale() {
        jdbc.update("UPDATE theme_scope SET stale = TRUE WHERE stale = FALSE", new MapSqlParameterSource());
    }

    private List<ThemeRow> rows(String where, MapSqlParameterSource params) {
        var themes = jdbc.query("""
                SELECT t.id, t.label, t.annotations, t.ideas, t.positive, t.negative, t.emotions, t.organisation_ids,
                       t.segment_ids, t.touchpoint_ids, t.turned_idea_ids, t.untied
                FROM theme t WHERE\s""" + where + " ORDER BY t.position", params,
                (rs, n) -> new ThemeRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), emotions(rs.getString(7)), ids(rs.getString(8)), ids(rs.getString(9)),
                        ids(rs.getString(10)), ids(rs.getString(11)), rs.getInt(12), new ArrayList<>()));
        if (themes.isEmpty()) {
            return themes;
        }
        var byId = themes.stream().collect(Collectors.toMap(ThemeRow::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        jdbc.query("SELECT theme_id, item_kind, item_id, quote_rank, quote FROM theme_member WHERE theme_id IN (:ids) "
                + "ORDER BY theme_id, item_kind, item_id", new MapSqlParameterSource("ids", byId.keySet()), rs -> {
                    byId.get(rs.getLong(1)).members().add(new ThemeRow.Member(rs.getString(2).charAt(0), rs.getLong(3),
                            rs.getObject(4, Integer.class), rs.getString(5)));
                });
        return themes;
    }

    private static MapSqlParameterSource params(ThemeScope scope) {
        return new MapSqlParameterSource("kind", scope.kind().name()).addValue("map", scope.mapId())
                .addValue("target", scope.targetId());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    private static String emotions(Map<Emotion, Integer> emotions) {
        return emotions.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static Map<Emotion, Integer> emotions(String text) {
        var result = new LinkedHashMap<Emotion, Integer>();
        if (!text.isBlank()) {
            for (var part : text.split(",")) {
                var pair = part.split("=");
                result.put(Emotion.valueOf(pair[0]), Integer.valueOf(pair[1]));
            }
        }
        return result;
    }
}
