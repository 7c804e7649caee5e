package app.rada.notifications.internal;

import app.rada.rewards.ui.RewardNavigation;
import app.rada.notifications.NotificationKind;
import app.rada.people.PeopleService;
import app.rada.rewards.BadgeEarned;
import app.rada.rewards.PointsAdjusted;
import app.rada.rewards.RedemptionApproved;
import app.rada.rewards.RedemptionFulfilled;
import app.rada.rewards.RedemptionRejected;
import app.rada.rewards.RedemptionRequested;
import app.rada.shared.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells members how their redemptions move (requested, approved, rejected with the reason, handed over),
 * which badge they earned and when staff changed their points by hand. Reward names are given in the
 * member's language.
 */
@Component
class RewardNotices {

    static final String LINK = RewardNavigation.REWARDS;

    private final NoticeWriter notifications;
    private final PeopleService people;

    RewardNotices(NoticeWriter notifications, PeopleService people) {
        this.notifications = notifications;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(RedemptionRequested event) {
        notify("redemption-requested:" + event.redemptionId(), event.personId(),
                "notifications.rewards.requested", "notifications.rewards.requested.body",
                List.of(name(event.personId(), event.rewardNameEn(), event.rewardNamePl()),
                        Integer.toString(event.cost())));
    }

    @ApplicationModuleListener
    void on(RedemptionApproved event) {
        notify("redemption-approved:" + event.redemptionId(), event.personId(),
                "notifications.rewards.approved", "notifications.rewards.approved.body",
                List.of(name(event.personId(), event.rewardNameEn(), event.rewardNamePl())));
    }

    @ApplicationModuleListener
    void on(RedemptionRejected event) {
        notify("redemption-rejected:" + event.redemptionId(), event.personId(),
                "notifications.rewards.rejected", "notifications.rewards.rejected.body",
                List.of(name(event.personId(), event.rewardNameEn(), event.rewardNamePl()),
                        Integer.toString(event.cost()), event.reason()));
    }

    @ApplicationModuleListener
    void on(RedemptionFulfilled event) {
        notify("redemption-fulfilled:" + event.redemptionId(), event.personId(),
                "notifications.rewards.fulfilled", null,
                List.of(name(event.personId(), event.rewardNameEn(), event.rewardNamePl())));
    }

    @ApplicationModuleListener
    void on(BadgeEarned event) {
        notify("badge:" + event.badge().name(), event.personId(),
                "notifications.rewards.badge." + event.badge().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), null, List.of());
    }

    @ApplicationModuleListener
    void on(PointsAdjusted event) {
        // a change by hand carries nothing that tells a second one of the same size from a redelivery
        notify(null, event.personId(),
                event.points() > 0 ? "notifications.rewards.awarded" : "notifications.rewards.deducted",
                "notifications.rewards.adjusted.body", List.of(Integer.toString(Math.abs(event.points())),
                        event.reason()));
    }

    private void notify(@Nullable String cause, long personId, String titleKey, @Nullable String bodyKey,
                        List<String> args) {
        if (cause == null) {
            notifications.notify(personId, NotificationKind.REWARDS, titleKey, bodyKey, args, LINK);
        } else {
            notifications.notifyOnce(cause, personId, NotificationKind.REWARDS, titleKey, bodyKey, args, LINK);
        }
    }

    private String name(long personId, String english, String polish) {
        return people.findLoginAccountOf(personId).language() == Language.PL ? polish : english;
    }
}
