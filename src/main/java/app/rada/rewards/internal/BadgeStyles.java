package app.rada.rewards.internal;

import app.rada.rewards.Badge;
import app.rada.rewards.BadgeColour;
import app.rada.rewards.BadgeStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The admins' styles of the badges; a badge without a row is shown as the portal names it, in blue, in
 * the order it is declared.
 */
@Repository
public class BadgeStyles {

    private final NamedParameterJdbcTemplate jdbc;

    BadgeStyles(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every badge, in the admins' order. */
    public List<BadgeStyle> all() {
        var stored = new EnumMap<Badge, BadgeStyle>(Badge.class);
        jdbc.query("SELECT badge, name_en, name_pl, colour, sort_order, retired FROM reward_badge_style", rs -> {
            try {
                var badge = Badge.valueOf(rs.getString(1));
                stored.put(badge, new BadgeStyle(badge, rs.getString(2), rs.getString(3),
                        BadgeColour.valueOf(rs.getString(4)), rs.getInt(5), rs.getBoolean(6)));
            } catch (IllegalArgumentException unknown) {
                // a badge the portal no longer has: nothing to show
            }
        });
        var result = new ArrayList<BadgeStyle>();
        for (var badge : Badge.values()) {
            result.add(stored.getOrDefault(badge,
                    new BadgeStyle(badge, null, null, BadgeColour.BLUE, badge.ordinal(), false)));
        }
        result.sort(Comparator.comparingInt(BadgeStyle::order).thenComparing(BadgeStyle::badge));
        return result;
    }

    public boolean retired(Badge badge) {
        return Boolean.TRUE.equals(jdbc.query("SELECT retired FROM reward_badge_style WHERE badge = :badge",
                new MapSqlParameterSource("badge", badge.name()), rs -> rs.next() ? rs.getBoolean(1) : false));
    }

    public void save(BadgeStyle style) {
        var params = new MapSqlParameterSource("badge", style.badge().name()).addValue("en", style.nameEn())
                .addValue("pl", style.namePl()).addValue("colour", style.colour().name())
                .addValue("order", style.order()).addValue("retired", style.retired());
        int changed = jdbc.update("UPDATE reward_badge_style SET name_en = :en, name_pl = :pl, colour = :colour, "
                + "sort_order = :order, retired = :retired WHERE badge = :badge", params);
        if (changed == 0) {
            jdbc.update("INSERT INTO reward_badge_style (badge, name_en, name_pl, colour, sort_order, retired) "
                    + "VALUES (:badge, :en, :pl, :colour, :order, :retired)", params);
        }
    }
}
