package app.rada.notifications.internal;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaCommentEdited;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaMerged;
import app.rada.ideas.IdeaModerated;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.IdeaSummary;
import app.rada.ideas.PulseService;
import app.rada.notifications.NotificationKind;
import app.rada.notifications.NotificationService;
import app.rada.people.PeopleService;
import app.rada.shared.security.SystemActor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop on ideas: the people behind an idea hear when staff answer it, when someone
 * comments, when it is merged into another, and are asked whether the fix helped once it is done.
 */
@Component
class IdeaNotices {

    private final NotificationService notifications;
    private final IdeaService ideas;
    private final PulseService pulse;
    private final DiscussionService discussion;
    private final PeopleService people;

    IdeaNotices(NotificationService notifications, IdeaService ideas, PulseService pulse, DiscussionService discussion,
                PeopleService people) {
        this.discussion = discussion;
        this.notifications = notifications;
        this.ideas = ideas;
        this.pulse = pulse;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(IdeaStatusChanged event) {
        SystemActor.run(() -> {
            var idea = ideas.summary(event.ideaId());
            if (idea.isEmpty()) {
                return;
            }
            var title = idea.get().title();
            var link = link(event.ideaId());
            if (event.answered()) {
                var statusKey = "notifications.ideas.status." + event.to().name().toLowerCase(Locale.ROOT).replace('_', '-');
                for (long person : ideas.audience(event.ideaId())) {
                    if (person != event.staffId()) {
                        notifications.notify(person, NotificationKind.IDEAS_I_FOLLOW, statusKey,
                                "notifications.ideas.status.body", List.of(title), link);
                    }
                }
            }
            if (event.to() == IdeaStatus.DONE && event.from() != IdeaStatus.DONE) {
                for (long person : pulse.pulseAudience(event.ideaId())) {
                    if (person != event.staffId()) {
                        notifications.notify(person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.pulse",
                                "notifications.ideas.pulse.body", List.of(title), link + "?pulse");
                    }
                }
            }
        });
    }

    @ApplicationModuleListener
    void on(IdeaCommented event) {
        SystemActor.run(() -> {
            var idea = ideas.summary(event.ideaId());
            if (idea.isEmpty()) {
                return;
            }
            var title = idea.get().title();
            var writer = people.displayNames(List.of(event.authorId())).getOrDefault(event.authorId(), Optional.empty())
                    .orElse("");
            var args = List.of(title, writer);
            var link = link(event.ideaId());
            Set<Long> told = new HashSet<>();
            told.add(event.authorId());
            for (long person : event.mentionedIds()) {
                if (told.add(person)) {
                    notifications.notify(person, NotificationKind.MENTIONS, "notifications.ideas.mentioned",
                            null, args, link);
                }
            }
            if (event.repliedToAuthorId() != null && told.add(event.repliedToAuthorId())) {
                notifications.notify(event.repliedToAuthorId(), NotificationKind.IDEAS_I_FOLLOW,
                        "notifications.ideas.replied", null, args, link);
            }
            for (long person : discussion.commentAudience(event.ideaId())) {
                if (told.add(person)) {
                    notifications.notify(person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.commented",
                            null, args, link);
                }
            }
        });
    }

    /** Members a comment names only after an edit are told, like those named when it was written. */
    @ApplicationModuleListener
    void on(IdeaCommentEdited event) {
        if (event.newlyMentionedIds().isEmpty()) {
            return;
        }
        SystemActor.run(() -> {
            var title = ideas.summary(event.ideaId()).map(IdeaSummary::title).orElse("");
            var writer = people.displayNames(List.of(event.authorId())).getOrDefault(event.authorId(), Optional.empty())
                    .orElse("");
            for (long person : event.newlyMentionedIds()) {
                notifications.notify(person, NotificationKind.MENTIONS, "notifications.ideas.mentioned", null,
                        List.of(title, writer), link(event.ideaId()));
            }
        });
    }

    /** The author of an idea that waited for approval hears the decision; a rejection's reason is on the idea. */
    @ApplicationModuleListener
    void on(IdeaModerated event) {
        SystemActor.run(() -> {
            var title = ideas.summary(event.ideaId()).map(IdeaSummary::title).orElse("");
            var key = event.approved() ? "notifications.ideas.approved" : "notifications.ideas.rejected";
            notifications.notify(event.authorId(), NotificationKind.IDEAS_I_FOLLOW, key, key + ".body", List.of(title),
                    link(event.ideaId()));
        });
    }

    @ApplicationModuleListener
    void on(IdeaMerged event) {
        SystemActor.run(() -> {
            var from = ideas.summary(event.ideaId()).map(IdeaSummary::title).orElse("");
            var into = ideas.summary(event.intoIdeaId()).map(IdeaSummary::title).orElse("");
            for (long person : event.peopleToTell()) {
                notifications.notify(person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.merged",
                        "notifications.ideas.merged.body", List.of(from, into), link(event.intoIdeaId()));
            }
        });
    }

    private static String link(long ideaId) {
        return "ideas/" + ideaId;
    }
}
