package app.rada.rewards.ui;

import app.rada.rewards.RewardService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.ProfileSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
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
            Notification.show(section.getTranslation("common.saved"), 2000, Notification.Position.BOTTOM_START);
        });
        var badges = RewardTexts.badges(section, rewards.badges(user.personId()), false);
        badges.setId("profile-badges");
        section.add(new H2(section.getTranslation("rewards.profile.title")), summary, badges, show,
                new Anchor(RewardNavigation.REWARDS, section.getTranslation("rewards.profile.open")));
        return Optional.of(section);
    }
}
