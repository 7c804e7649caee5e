package app.rada.notifications.internal;

import app.rada.ideas.ui.IdeaNavigation;
import app.rada.ideas.IdeaCommentEdited;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaMerged;
import app.rada.ideas.IdeaModerated;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaStatusChanged;
import app.rada.ideas.api.IdeaAudiences;
import app.rada.ideas.api.IdeaReaders;
import app.rada.notifications.NotificationKind;
import app.rada.people.api.PeopleFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes the loop on ideas: the people behind an idea hear when staff answer it, when someone
 * comments, when it is merged into another, and are asked whether the fix helped once it is done.
 *
 * <p>Each notice names an idea, so it goes only to people who may read that idea at the moment it is
 * written ({@link IdeaReaders}): an idea made staff-only, or merged into a staff-only idea, stops
 * reaching the members who voted for it or followed it. Each notice is written once per cause, so an
 * event delivered again (after a failure or a restart) tells nobody twice.
 */
@Component
class IdeaNotices {

    private final NoticeWriter notifications;
    private final IdeaAudiences ideas;
    private final IdeaReaders readers;
    private final PeopleFacts people;

    IdeaNotices(NoticeWriter notifications, IdeaAudiences ideas, IdeaReaders readers, PeopleFacts people) {
        this.notifications = notifications;
        this.ideas = ideas;
        this.readers = readers;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(IdeaStatusChanged event) {
        var found = ideas.title(event.ideaId());
        if (found.isEmpty()) {
            return;
        }
        var title = found.get();
        var link = link(event.ideaId());
        // answer ids start at 1; without one (an event from before they were carried) nothing identifies it
        var cause = event.answerId() > 0 ? "idea-status:" + event.answerId() : null;
        if (event.answered()) {
            var statusKey = "notifications.ideas.status." + event.to().name().toLowerCase(Locale.ROOT).replace('_', '-');
            for (long person : readers(event.ideaId(), ideas.followersOfChanges(event.ideaId()))) {
                if (person != event.staffId()) {
                    tell(cause, person, NotificationKind.IDEAS_I_FOLLOW, statusKey,
                            "notifications.ideas.status.body", List.of(title), link);
                }
            }
        }
        if (event.to() == IdeaStatus.DONE && event.from() != IdeaStatus.DONE) {
            for (long person : readers(event.ideaId(), ideas.pulseAudience(event.ideaId()))) {
                if (person != event.staffId()) {
                    tell(cause, person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.pulse",
                            "notifications.ideas.pulse.body", List.of(title), link + "?pulse");
                }
            }
        }
    }

    @ApplicationModuleListener
    void on(IdeaCommented event) {
        var found = ideas.title(event.ideaId());
        if (found.isEmpty()) {
            return;
        }
        var title = found.get();
        var args = List.of(title, writer(event.authorId()));
        var link = link(event.ideaId());
        var cause = "comment:" + event.commentId();
        Set<Long> told = new HashSet<>();
        told.add(event.authorId());
        var followers = ideas.commentAudience(event.ideaId());
        var everyone = new ArrayList<Long>(event.mentionedIds());
        if (event.repliedToAuthorId() != null) {
            everyone.add(event.repliedToAuthorId());
        }
        everyone.addAll(followers);
        var mayRead = new HashSet<>(readers(event.ideaId(), everyone));
        for (long person : event.mentionedIds()) {
            if (told.add(person) && mayRead.contains(person)) {
                tell(cause, person, NotificationKind.MENTIONS, "notifications.ideas.mentioned", null, args, link);
            }
        }
        var repliedTo = event.repliedToAuthorId();
        if (repliedTo != null && told.add(repliedTo) && mayRead.contains(repliedTo)) {
            tell(cause, repliedTo, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.replied", null, args,
                    link);
        }
        for (long person : followers) {
            if (told.add(person) && mayRead.contains(person)) {
                tell(cause, person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.commented", null, args,
                        link);
            }
        }
    }

    /** Members a comment names only after an edit are told, like those named when it was written. */
    @ApplicationModuleListener
    void on(IdeaCommentEdited event) {
        if (event.newlyMentionedIds().isEmpty()) {
            return;
        }
        var title = ideas.title(event.ideaId()).orElse("");
        var args = List.of(title, writer(event.authorId()));
        // the same cause as a mention when the comment was written: a person is told once per comment
        for (long person : readers(event.ideaId(), event.newlyMentionedIds())) {
            tell("comment:" + event.commentId(), person, NotificationKind.MENTIONS,
                    "notifications.ideas.mentioned", null, args, link(event.ideaId()));
        }
    }

    /** The author of an idea that waited for approval hears the decision; a rejection's reason is on the idea. */
    @ApplicationModuleListener
    void on(IdeaModerated event) {
        var title = ideas.title(event.ideaId()).orElse("");
        var key = event.approved() ? "notifications.ideas.approved" : "notifications.ideas.rejected";
        for (long author : readers(event.ideaId(), List.of(event.authorId()))) {
            tell("idea-moderated:" + event.ideaId(), author, NotificationKind.IDEAS_I_FOLLOW, key, key + ".body",
                    List.of(title), link(event.ideaId()));
        }
    }

    /**
     * The people of a merged idea hear where it went, if they may read the idea it went into. Those who
     * may not (it is staff-only) hear only that their idea was merged, without the other idea's title.
     */
    @ApplicationModuleListener
    void on(IdeaMerged event) {
        var from = ideas.title(event.ideaId()).orElse("");
        var into = ideas.title(event.intoIdeaId()).orElse("");
        var cause = "idea-merged:" + event.ideaId();
        var mayReadTarget = new HashSet<>(readers(event.intoIdeaId(), event.peopleToTell()));
        for (long person : readers(event.ideaId(), event.peopleToTell())) {
            if (mayReadTarget.contains(person)) {
                tell(cause, person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.merged",
                        "notifications.ideas.merged.body", List.of(from, into), link(event.intoIdeaId()));
            } else {
                tell(cause, person, NotificationKind.IDEAS_I_FOLLOW, "notifications.ideas.merged-elsewhere",
                        "notifications.ideas.merged-elsewhere.body", List.of(from), link(event.ideaId()));
            }
        }
    }

    private List<Long> readers(long ideaId, Collection<Long> people) {
        return readers.mayRead(ideaId, people);
    }

    /** Tells a person once per cause and notice; a change without a cause is told each time it arrives. */
    private void tell(@Nullable String cause, long person, NotificationKind kind, String titleKey,
                      @Nullable String bodyKey, List<String> args, String link) {
        if (cause == null) {
            notifications.notify(person, kind, titleKey, bodyKey, args, link);
        } else {
            notifications.notifyOnce(cause + "/" + titleKey, person, kind, titleKey, bodyKey, args, link);
        }
    }

    private String writer(long authorId) {
        return people.displayName(authorId).orElse("");
    }

    private static String link(long ideaId) {
        return IdeaNavigation.idea(ideaId);
    }
}
