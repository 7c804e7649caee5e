package app.rada.rewards.ui;

import app.rada.rewards.Badge;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.EarnedBadge;
import app.rada.rewards.RedemptionStatus;
import app.rada.rewards.RewardService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rewards' card on the start page: for a member, their points and the badge to earn next; for staff,
 * the redemptions waiting for approval.
 */
@org.springframework.stereotype.Component
class RewardStartCard implements StartCard {

    private static final int SHOWN = 5;

    private final RewardService rewards;
    private final CatalogueService catalogue;
    private final Clock clock;

    RewardStartCard(RewardService rewards, CatalogueService catalogue, Clock clock) {
        this.rewards = rewards;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Component> create(StartContext context) {
        var ui = UI.getCurrent();
        var user = context.user();
        if (user.isStaff()) {
            var pending = Set.of(RedemptionStatus.PENDING);
            long waiting = catalogue.countQueue(pending);
            if (waiting == 0) {
                return Optional.empty();
            }
            var language = Language.closestTo(ui.getLocale());
            var now = Instant.now(clock);
            var card = new AgendaCard("start-redemptions", ui.getTranslation("start.rewards.staff.title"));
            card.summary(ui.getTranslation("start.rewards.staff.summary", waiting));
            for (var redemption : catalogue.queue(pending, 0, SHOWN)) {
                card.item(redemption.name(language), RewardNavigation.STAFF, ui.getTranslation("start.rewards.staff.item",
                        redemption.personName().orElse(ui.getTranslation("start.former-member")), redemption.cost(),
                        Formats.age(redemption.requestedAt(), now, ui.getLocale())));
            }
            return Optional.of(card.more(ui.getTranslation("start.rewards.staff.all"), RewardNavigation.STAFF));
        }
        var points = rewards.myPoints();
        var card = new AgendaCard("start-points", ui.getTranslation("start.rewards.member.title"));
        card.summary(ui.getTranslation("start.rewards.member.summary", points.spendable(), points.lifetime(),
                points.thisQuarter()));
        var earned = rewards.badges(user.personId()).stream().map(EarnedBadge::badge).collect(Collectors.toSet());
        Arrays.stream(Badge.values())
                .filter(b -> !earned.contains(b))
                .filter(b -> b != Badge.EVERY_BALLOT_OF_TERM || user.has(Role.BOARD_MEMBER))
                .findFirst()
                .ifPresent(next -> card.item(ui.getTranslation(next.labelKey()), RewardNavigation.REWARDS,
                        ui.getTranslation("start.rewards.member.next", ui.getTranslation(next.descriptionKey()))));
        return Optional.of(card.more(ui.getTranslation("start.rewards.member.all"), RewardNavigation.REWARDS));
    }
}
