package app.rada.notifications.internal;

import app.rada.ballots.BallotClosed;
import app.rada.ballots.BallotOpened;
import app.rada.ballots.BallotReminderDue;
import app.rada.ballots.BallotService;
import app.rada.notifications.NotificationKind;
import app.rada.notifications.NotificationService;
import app.rada.shared.security.SystemActor;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells board members that a ballot opened, that it closes soon while they have not voted, and how it
 * ended; each once per ballot (and reminder), however often the event is delivered.
 */
@Component
class BallotNotices {

    private final NotificationService notifications;
    private final BallotService ballots;

    BallotNotices(NotificationService notifications, BallotService ballots) {
        this.notifications = notifications;
        this.ballots = ballots;
    }

    @ApplicationModuleListener
    void on(BallotOpened event) {
        SystemActor.run(() -> ballots.voters(event.ballotId()).forEach(id -> notifications.notifyOnce(
                "ballot-opened:" + event.ballotId(), id, NotificationKind.BALLOTS, "notifications.ballots.opened", "notifications.ballots.opened.body", List.of(event.title()),
                link(event.ballotId()))));
    }

    @ApplicationModuleListener
    void on(BallotReminderDue event) {
        SystemActor.run(() -> ballots.nonVoters(event.ballotId()).forEach(id -> notifications.notifyOnce(
                "ballot-reminder:" + event.ballotId() + ":" + event.hoursLeft(), id, NotificationKind.BALLOTS,
                "notifications.ballots.reminder", "notifications.ballots.reminder.body",
                List.of(event.title(), Integer.toString(event.hoursLeft())), link(event.ballotId()))));
    }

    @ApplicationModuleListener
    void on(BallotClosed event) {
        var key = "notifications.ballots.closed." + event.outcome().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-');
        SystemActor.run(() -> ballots.voters(event.ballotId()).forEach(id -> notifications.notifyOnce(
                "ballot-closed:" + event.ballotId(), id, NotificationKind.BALLOTS, key, null, List.of(event.title()), link(event.ballotId()))));
    }

    private static String link(long ballotId) {
        return "ballots/" + ballotId;
    }
}
