package app.rada.notifications;

import app.rada.ideas.api.IdeaReaders;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.notifications.internal.NoticeWriter;
import app.rada.notifications.internal.Notification;
import app.rada.notifications.internal.NotificationRepository;
import app.rada.notifications.internal.NotificationsChanged;
import app.rada.notifications.internal.PreferenceRepository;
import app.rada.people.PeopleService;
import app.rada.shared.PortalLinks;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification centre's API. It serves the person the notifications belong to, and only them;
 * administrators may also write a notice to anyone ({@link #notify}, used by the demo programme).
 * The module's listeners write through {@link NoticeWriter}, as no one is signed in when they run.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    static final String SELF = "#personId == authentication.principal.personId";
    private static final String SEPARATOR = NoticeWriter.SEPARATOR;
    /** The link of a notice about an idea, as the idea notices write it. */
    private static final Pattern IDEA_LINK = Pattern.compile("ideas/(\\d{1,18})(?:\\?.*)?");

    private final NotificationRepository notifications;
    private final NoticeWriter writer;
    private final IdeaReaders ideaReaders;
    private final PreferenceRepository preferences;
    private final PeopleService people;
    private final MailService mail;
    private final Translations texts;
    private final ApplicationEventPublisher events;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final PortalLinks links;

    NotificationService(NotificationRepository notifications, NoticeWriter writer, IdeaReaders ideaReaders,
                        PreferenceRepository preferences, PeopleService people, MailService mail, Translations texts,
                        ApplicationEventPublisher events, UnsubscribeTokens tokens, Clock clock,
                        PortalLinks links) {
        this.notifications = notifications;
        this.writer = writer;
        this.ideaReaders = ideaReaders;
        this.preferences = preferences;
        this.people = people;
        this.mail = mail;
        this.texts = texts;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
        this.links = links;
    }

    /**
     * Notifies a person: always in the app, and by e-mail at once when they chose so for this kind.
     * Texts are translation keys with arguments, rendered in the reader's language. A deactivated
     * person is told nothing; then, and when nothing was written, the answer is 0.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long notify(long personId, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                       List<String> args, @Nullable String link) {
        return writer.notify(personId, kind, titleKey, bodyKey, args, link);
    }

    /**
     * Like {@link #notify}, but once per cause: a listener passes what identifies the event (and, when one
     * event tells a person several things, which of them), so that the same event delivered again writes
     * no second notice and sends no second e-mail. Empty when nothing was written.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OptionalLong notifyOnce(String cause, long personId, NotificationKind kind, String titleKey,
                                   @Nullable String bodyKey, List<String> args, @Nullable String link) {
        return writer.notifyOnce(cause, personId, kind, titleKey, bodyKey, args, link);
    }

    /**
     * Notifies a person in the app only, whatever they chose for e-mail: for news that already went
     * to them by e-mail another way (a registration's confirmation with its calendar entry).
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long notifyInApp(long personId, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                            List<String> args, @Nullable String link) {
        return writer.notifyInApp(personId, kind, titleKey, bodyKey, args, link);
    }

    /** {@link #notifyInApp} once per cause, like {@link #notifyOnce}. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OptionalLong notifyInAppOnce(String cause, long personId, NotificationKind kind, String titleKey,
                                        @Nullable String bodyKey, List<String> args, @Nullable String link) {
        return writer.notifyInAppOnce(cause, personId, kind, titleKey, bodyKey, args, link);
    }

    @PreAuthorize(SELF)
    public List<NotificationItem> page(long personId, int offset, int limit) {
        var size = Math.max(limit, 1);
        return notifications.findByPersonIdOrderByCreatedAtDescIdDesc(personId, PageRequest.of(offset / size, size))
                .stream().map(NotificationService::item).toList();
    }

    @PreAuthorize(SELF)
    public long count(long personId) {
        return notifications.countByPersonId(personId);
    }

    @PreAuthorize(SELF)
    public long unreadCount(long personId) {
        return notifications.countByPersonIdAndReadAtIsNull(personId);
    }

    /** Marks one of the caller's own notifications as read. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void markRead(long notificationId) {
        var me = CurrentUser.require().personId();
        var notification = notifications.findById(notificationId)
                .orElseThrow(() -> new NoSuchElementException("notification " + notificationId));
        if (notification.getPersonId() != me) {
            throw new AccessDeniedException("Not your notification");
        }
        notification.markRead(Instant.now(clock));
        events.publishEvent(new NotificationsChanged(me));
    }

    @Transactional
    @PreAuthorize(SELF)
    public int markAllRead(long personId) {
        int changed = notifications.markAllRead(personId, Instant.now(clock));
        events.publishEvent(new NotificationsChanged(personId));
        return changed;
    }

    @PreAuthorize(SELF)
    public Map<NotificationKind, Channel> preferences(long personId) {
        return writer.channelsOf(personId);
    }

    @Transactional
    @PreAuthorize(SELF)
    public void choose(long personId, NotificationKind kind, Channel channel) {
        preferences.save(personId, kind.name(), channel.name());
    }

    /** Turns e-mail for one kind off from a signed unsubscribe link; anyone holding the link may. */
    @Transactional
    public Optional<UnsubscribeTokens.Subject> unsubscribe(String token) {
        var subject = tokens.read(token);
        subject.ifPresent(s -> preferences.save(s.personId(), s.kind().name(), Channel.IN_APP.name()));
        return subject;
    }

    /**
     * Sends each person one e-mail with their unread notifications of the kinds they get as a daily
     * digest, created since their previous digest. Returns how many digests went out.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int sendDigests() {
        var now = Instant.now(clock);
        var horizon = now.minus(Duration.ofDays(7));
        int sent = 0;
        for (long personId : notifications.peopleWithUnreadSince(horizon)) {
            var account = people.findLoginAccountOf(personId);
            if (!account.active()) {
                continue;
            }
            var kinds = new ArrayList<NotificationKind>();
            writer.channelsOf(personId).forEach((kind, channel) -> {
                if (channel == Channel.DAILY_DIGEST) {
                    kinds.add(kind);
                }
            });
            if (kinds.isEmpty()) {
                continue;
            }
            var since = preferences.lastDigest(personId, horizon);
            var items = readable(personId, notifications.unreadSince(personId,
                    since.isAfter(horizon) ? since : horizon, kinds));
            if (items.isEmpty()) {
                continue;
            }
            var locale = account.language().locale();
            var lines = new ArrayList<String>();
            lines.add(texts.getTranslation("notifications.digest.intro", locale, items.size()));
            for (var n : items) {
                lines.add("• " + texts.getTranslation(n.getTitleKey(), locale, args(n.getArgs()).toArray()));
            }
            mail.enqueue(new OutgoingMail(account.email(), account.language(), "digest",
                    texts.getTranslation("notifications.digest.subject", locale, items.size()),
                    texts.getTranslation("notifications.digest.heading", locale, account.name()), lines,
                    texts.getTranslation("notifications.mail.open", locale), links.absolute("notifications"),
                    links.absolute("unsubscribe/" + tokens.token(personId, kinds.getFirst()))));
            preferences.digestSent(personId, now);
            sent++;
        }
        return sent;
    }

    /**
     * The notices whose idea the person may still read: an idea can have become staff-only, or been
     * merged into one, since the notice was written.
     */
    private List<Notification> readable(long personId, List<Notification> items) {
        var ideaIds = items.stream().map(NotificationService::ideaOf).filter(Objects::nonNull).toList();
        if (ideaIds.isEmpty()) {
            return items;
        }
        var readable = ideaReaders.readableBy(personId, ideaIds);
        return items.stream().filter(n -> {
            var idea = ideaOf(n);
            return idea == null || readable.contains(idea);
        }).toList();
    }

    private static @Nullable Long ideaOf(Notification notice) {
        if (notice.getLink() == null) {
            return null;
        }
        var matcher = IDEA_LINK.matcher(notice.getLink());
        return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }

    private static NotificationItem item(Notification n) {
        return new NotificationItem(n.getId(), n.getKind(), n.getTitleKey(), n.getBodyKey(), args(n.getArgs()),
                n.getLink(), n.getCreatedAt(), n.getReadAt() != null);
    }

    private static List<String> args(@Nullable String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
    }
}
