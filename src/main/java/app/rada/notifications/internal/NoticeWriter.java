package app.rada.notifications.internal;

import app.rada.shared.PortalLinks;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.notifications.Channel;
import app.rada.notifications.NotificationKind;
import app.rada.notifications.UnsubscribeTokens;
import app.rada.people.LoginAccount;
import app.rada.people.PeopleService;
import app.rada.shared.i18n.Translations;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notices for the module's listeners, which act on events and for no signed-in person: always
 * in the app, and by e-mail at once when the reader chose so for the kind. Texts are translation keys
 * with arguments, rendered in the reader's language. A deactivated person is told nothing. Only this
 * module's listeners use it; what a person does with their own notifications goes through
 * {@code NotificationService}, which checks who asks.
 */
@Component
@Transactional
public class NoticeWriter {

    /** Joins a notice's stored arguments. */
    public static final String SEPARATOR = "\u001f";

    private final NotificationRepository notifications;
    private final NoticeStore store;
    private final PreferenceRepository preferences;
    private final PeopleService people;
    private final MailService mail;
    private final Translations texts;
    private final ApplicationEventPublisher events;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final PortalLinks links;

    NoticeWriter(NotificationRepository notifications, NoticeStore store, PreferenceRepository preferences,
                 PeopleService people, MailService mail, Translations texts, ApplicationEventPublisher events,
                 UnsubscribeTokens tokens, Clock clock, PortalLinks links) {
        this.notifications = notifications;
        this.store = store;
        this.preferences = preferences;
        this.people = people;
        this.mail = mail;
        this.texts = texts;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
        this.links = links;
    }

    /** Notifies a person; 0 when nothing was written (a deactivated or unknown person). */
    public long notify(long personId, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                       List<String> args, @Nullable String link) {
        return write(null, personId, kind, titleKey, bodyKey, args, link, true).orElse(0);
    }

    /**
     * Like {@link #notify}, but once per cause: a listener passes what identifies the event (and, when one
     * event tells a person several things, which of them), so that the same event delivered again writes
     * no second notice and sends no second e-mail. Empty when nothing was written.
     */
    public OptionalLong notifyOnce(String cause, long personId, NotificationKind kind, String titleKey,
                                   @Nullable String bodyKey, List<String> args, @Nullable String link) {
        return write(cause, personId, kind, titleKey, bodyKey, args, link, true);
    }

    /**
     * Notifies a person in the app only, whatever they chose for e-mail: for news that already went
     * to them by e-mail another way (a registration's confirmation with its calendar entry).
     */
    public long notifyInApp(long personId, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                            List<String> args, @Nullable String link) {
        return write(null, personId, kind, titleKey, bodyKey, args, link, false).orElse(0);
    }

    /** {@link #notifyInApp} once per cause, like {@link #notifyOnce}. */
    public OptionalLong notifyInAppOnce(String cause, long personId, NotificationKind kind, String titleKey,
                                        @Nullable String bodyKey, List<String> args, @Nullable String link) {
        return write(cause, personId, kind, titleKey, bodyKey, args, link, false);
    }

    /** The channel a person chose for each kind, or the kind's default. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Channel> channelsOf(long personId) {
        var stored = preferences.channels(personId);
        var result = new EnumMap<NotificationKind, Channel>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            var chosen = stored.get(kind.name());
            result.put(kind, chosen == null ? kind.byDefault() : Channel.valueOf(chosen));
        }
        return result;
    }

    private OptionalLong write(@Nullable String cause, long personId, NotificationKind kind, String titleKey,
                               @Nullable String bodyKey, List<String> args, @Nullable String link, boolean mayMail) {
        var account = account(personId);
        if (account.isEmpty() || !account.get().active()) {
            return OptionalLong.empty();
        }
        var stored = args.isEmpty() ? null : String.join(SEPARATOR, args);
        var now = Instant.now(clock);
        OptionalLong id;
        if (cause == null) {
            id = OptionalLong.of(notifications.save(new Notification(personId, kind, titleKey, bodyKey, stored, link,
                    now)).getId());
        } else {
            id = store.insertOnce(cause, personId, kind, titleKey, bodyKey, stored, link, now);
        }
        if (id.isEmpty()) {
            return id;
        }
        if (mayMail && channelsOf(personId).get(kind) == Channel.EMAIL_NOW) {
            sendNow(account.get(), kind, titleKey, bodyKey, args, link);
        }
        events.publishEvent(new NotificationsChanged(personId));
        return id;
    }

    private Optional<LoginAccount> account(long personId) {
        // a lookup that throws would mark the caller's transaction for rollback
        return people.loginAccountOf(personId);
    }

    private void sendNow(LoginAccount account, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                         List<String> args, @Nullable String link) {
        var locale = account.language().locale();
        var title = texts.getTranslation(titleKey, locale, args.toArray());
        var paragraphs = bodyKey == null ? List.<String>of() : List.of(texts.getTranslation(bodyKey, locale,
                args.toArray()));
        mail.enqueue(new OutgoingMail(account.email(), account.language(), kind.name().toLowerCase(Locale.ROOT),
                title, title, paragraphs, texts.getTranslation("notifications.mail.open", locale),
                links.absolute(link == null ? "notifications" : link),
                links.absolute("unsubscribe/" + tokens.token(account.personId(), kind))));
    }
}
