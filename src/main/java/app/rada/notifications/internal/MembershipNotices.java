package app.rada.notifications.internal;

import app.rada.people.ui.PeopleNavigation;
import app.rada.notifications.NotificationKind;
import app.rada.people.InvitationAccepted;
import app.rada.people.PersonRolesChanged;
import app.rada.shared.security.SystemActor;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people about changes to their own membership, and staff about accepted invitations. */
@Component
class MembershipNotices {

    private final NoticeWriter notifications;

    MembershipNotices(NoticeWriter notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(PersonRolesChanged event) {
        notifications.notify(event.personId(), NotificationKind.ACCOUNT, "notifications.account.roles-changed",
                "notifications.account.roles-changed.body", List.of(), PeopleNavigation.PROFILE);
    }

    @ApplicationModuleListener
    void on(InvitationAccepted event) {
        if (event.invitedBy() == null || event.invitedBy() == SystemActor.SYSTEM_ID) {
            return;
        }
        notifications.notifyOnce("invitation-accepted:" + event.personId(), event.invitedBy(), NotificationKind.ACCOUNT,
                "notifications.account.invitation-accepted", null, List.of(), PeopleNavigation.INVITATIONS);
    }
}
