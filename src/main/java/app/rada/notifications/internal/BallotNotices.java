package app.rada.notifications.internal;

import app.rada.ballots.ui.BallotNavigation;
import app.rada.ballots.BallotClosed;
import app.rada.ballots.BallotOpened;
import app.rada.ballots.BallotReminderDue;
import app.rada.ballots.api.BallotAudiences;
import app.rada.notifications.NotificationKind;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells board members that a ballot opened, that it closes soon while they have not voted, and how it
 * ended; each once per ballot (and reminder), however often the event is delivered.
 */
@Component
class BallotNotices {

    private final NoticeWriter notifications;
    private final BallotAudiences ballots;

    BallotNotices(NoticeWriter notifications, BallotAudiences ballots) {
        this.notifications = notifications;
        this.ballots = ballots;
    }

    @ApplicationModuleListener
    void on(BallotOpened event) {
        ballots.eligible(event.ballotId()).forEach(id -> notifications.notifyOnce(
                "ballot-opened:" + event.ballotId(), id, NotificationKind.BALLOTS, "notifications.ballots.opened", "notifications.ballots.opened.body", List.of(event.title()),
                link(event.ballotId())));
    }

    @ApplicationModuleListener
    void on(BallotReminderDue event) {
        ballots.notYetVoted(event.ballotId()).forEach(id -> notifications.notifyOnce(
                "ballot-reminder:" + event.ballotId() + ":" + event.hoursLeft(), id, NotificationKind.BALLOTS,
                "notifications.ballots.reminder", "notifications.ballots.reminder.body",
                List.of(event.title(), Integer.toString(event.hoursLeft())), link(event.ballotId())));
    }

    @ApplicationModuleListener
    void on(BallotClosed event) {
        var key = "notifications.ballots.closed." + event.outcome().name().toLowerCase(Locale.ROOT)
                .replace('_', '-');
        ballots.eligible(event.ballotId()).forEach(id -> notifications.notifyOnce(
                "ballot-closed:" + event.ballotId(), id, NotificationKind.BALLOTS, key, null, List.of(event.title()), link(event.ballotId())));
    }

    private static String link(long ballotId) {
        return BallotNavigation.ballot(ballotId);
    }
}
