package app.rada.notifications.internal;

import app.rada.ideas.ui.IdeaNavigation;
import app.rada.ideas.api.IdeaReaders;
import app.rada.journeys.AnnotationTurnedIntoIdea;
import app.rada.notifications.NotificationKind;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells members what became of what they marked on a journey map. */
@Component
class JourneyNotices {

    private final NoticeWriter notifications;
    private final IdeaReaders readers;

    JourneyNotices(NoticeWriter notifications, IdeaReaders readers) {
        this.notifications = notifications;
        this.readers = readers;
    }

    /** Someone else (staff, usually) turned the member's annotation into an idea. */
    @ApplicationModuleListener
    void on(AnnotationTurnedIntoIdea event) {
        if (event.annotatorId() == event.byPersonId()) {
            return;
        }
        if (readers.mayRead(event.annotatorId(), event.ideaId())) {
            notifications.notifyOnce("annotation-idea:" + event.annotationId(), event.annotatorId(),
                    NotificationKind.IDEAS_I_FOLLOW, "journeys.notice.turned-into-idea",
                    "journeys.notice.turned-into-idea.body", List.of(), IdeaNavigation.idea(event.ideaId()));
        }
    }
}
