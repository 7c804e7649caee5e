package app.rada.rewards.ui;

import app.rada.rewards.Badge;
import app.rada.rewards.BadgeStyle;
import app.rada.rewards.EarnedBadge;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.RedemptionStatus;
import app.rada.shared.Language;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Texts and small components the rewards views share. */
final class RewardTexts {

    private RewardTexts() {
    }

    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static Span status(Component in, RedemptionStatus status) {
        return StatusBadge.of(in.getTranslation(status.labelKey()), "redemption", status);
    }

    /**
     * The badges as cards with the day each was earned; with {@code all}, the ones still to earn follow,
     * marked as such and saying how to earn them.
     */
    static Div badges(Component in, List<BadgeStyle> styles, List<EarnedBadge> earned, boolean all) {
        var box = new Div();
        box.addClassName("badge-list");
        var when = new EnumMap<Badge, EarnedBadge>(Badge.class);
        earned.forEach(b -> when.put(b.badge(), b));
        for (var style : styles) {
            var badge = style.badge();
            var got = when.get(badge);
            // a retired badge is shown only to those who earned it
            if (got == null && (!all || style.retired())) {
                continue;
            }
            var name = new Span(badgeName(in, style));
            name.addClassName("badge-name");
            var text = new Span(got == null ? in.getTranslation(badge.descriptionKey())
                    : in.getTranslation("rewards.badge.earned", Formats.date(got.earnedAt(), locale(),
                    Formats.zone())));
            text.addClassName("badge-text");
            var card = new Div(name, text);
            card.addClassNames("badge-card", got == null ? "badge-to-earn" : "badge-earned",
                    style.colour().styleClass());
            card.setId("badge-" + badge.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.add(card);
        }
        if (box.getChildren().findAny().isEmpty()) {
            box.add(new Span(in.getTranslation("rewards.badges.none")));
        }
        return box;
    }

    /** The admin's name for the badge in the reader's language, or the portal's own. */
    static String badgeName(Component in, BadgeStyle style) {
        var custom = style.customName(Language.closestTo(locale()));
        return custom != null ? custom : in.getTranslation(style.badge().labelKey());
    }

    static String period(Component in, LeaderboardPeriod period, @Nullable LocalDate quarterStart) {
        if (quarterStart == null) {
            return in.getTranslation(period.labelKey());
        }
        var quarter = (quarterStart.getMonthValue() - 1) / 3 + 1;
        return in.getTranslation(period.labelKey()) + " (" + in.getTranslation("rewards.period.quarter", quarter,
                quarterStart.format(DateTimeFormatter.ofPattern("yyyy"))) + ")";
    }
}
