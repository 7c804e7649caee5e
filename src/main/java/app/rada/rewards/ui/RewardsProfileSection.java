package app.rada.rewards.ui;

import app.rada.rewards.RewardService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.ProfileSection;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Optional;

/**
 * On the member's profile: their points, the badges they earned with the day of each, and whether they
 * appear on the leaderboards. Staff collect no points, so their profile has no such section.
 */
@org.springframework.stereotype.Component
class RewardsProfileSection implements ProfileSection {

    private final RewardService rewards;

    RewardsProfileSection(RewardService rewards) {
        this.rewards = rewards;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(RadaUser user) {
        if (user.isStaff()) {
            return Optional.empty();
        }
        var points = rewards.pointsOf(user.personId());
        var section = new Section();
        section.addClassName("card");
        section.setId("profile-rewards");
        var summary = new Paragraph(section.getTranslation("rewards.profile.points", points.lifetime(),
                points.spendable()));
        summary.setId("profile-rewards-points");
        var show = new Checkbox(section.getTranslation("rewards.leaderboard.show-me"), !points.hidden());
        show.setId("profile-leaderboard");
        show.addValueChangeListener(e -> {
            rewards.showOnLeaderboard(e.getValue());
            Toasts.success(section.getTranslation("common.saved"));
        });
        section.add(new H2(section.getTranslation("rewards.profile.title")), summary);
        var earned = rewards.badges(user.personId());
        if (earned.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("rewards.badges.none")));
        } else {
            var badges = new UnorderedList();
            badges.setId("profile-badges");
            earned.forEach(b -> {
                var item = new ListItem(section.getTranslation("rewards.profile.badge",
                        section.getTranslation(b.badge().labelKey()),
                        Formats.date(b.earnedAt(), RewardTexts.locale(), Formats.zone())));
                item.setId("profile-badge-" + b.badge().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                badges.add(item);
            });
            section.add(badges);
        }
        section.add(new Div(show), new Paragraph(new Anchor(RewardNavigation.REWARDS,
                section.getTranslation("rewards.profile.open"))));
        return Optional.of(section);
    }
}
