package app.rada.sessions.internal;

import app.rada.mail.MailAttachment;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.people.LoginAccount;
import app.rada.sessions.ui.SessionNavigation;
import app.rada.shared.PortalLinks;
import app.rada.shared.i18n.Translations;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails about a member's own seat, each with the calendar entry attached: confirmation, a seat
 * from the waitlist, a change, a cancellation by staff, and giving the seat up. They are part of the
 * registration itself, so they go whatever the member's notification settings are; they are written
 * to the outbox in the same transaction as the change.
 */
@Component
public class SessionMails {

    /** Why the mail is sent. */
    public enum Reason {
        REGISTERED, PROMOTED, UPDATED, CANCELLED, DEREGISTERED;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        SessionCalendar.Kind kind() {
            return this == CANCELLED || this == DEREGISTERED ? SessionCalendar.Kind.CANCEL : SessionCalendar.Kind.REQUEST;
        }
    }

    private final MailService mail;
    private final Translations texts;
    private final PortalLinks links;
    private final String organizer;

    SessionMails(MailService mail, Translations texts, PortalLinks links,
                 @Value("${rada.mail.from:Rada <rada@localhost>}") String from) {
        this.mail = mail;
        this.texts = texts;
        this.links = links;
        this.organizer = address(from);
    }

    static String address(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        return (open >= 0 && close > open ? from.substring(open + 1, close) : from).strip();
    }

    public String pageUrl(long sessionId) {
        return links.absolute(SessionNavigation.session(sessionId));
    }

    public String organizer() {
        return organizer;
    }

    /** Writes the mail to the member, with the calendar entry at the given sequence. */
    public void send(DesignSession session, LoginAccount to, Reason reason, int sequence) {
        var locale = to.language().locale();
        var zone = ZoneId.of(session.getTimeZone());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        var until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        var key = "sessions.mail." + reason.key();
        var paragraphs = new ArrayList<String>();
        paragraphs.add(texts.getTranslation(key + ".intro", locale, session.getTitle()));
        paragraphs.add(texts.getTranslation("sessions.mail.when", locale, when.format(session.getStartsAt()),
                until.format(session.getEndsAt()), zone.getId()));
        boolean seated = reason.kind() == SessionCalendar.Kind.REQUEST;
        if (session.getFormat().onSite() && session.getAddress() != null) {
            paragraphs.add(texts.getTranslation("sessions.mail.where", locale, session.getAddress()));
        }
        if (seated && session.getFormat().online() && session.getMeetingUrl() != null) {
            paragraphs.add(texts.getTranslation("sessions.mail.link", locale, session.getMeetingUrl()));
        }
        if (reason == Reason.CANCELLED && session.getCancelReason() != null) {
            paragraphs.add(texts.getTranslation("sessions.mail.reason", locale, session.getCancelReason()));
        }
        paragraphs.add(texts.getTranslation(seated ? "sessions.mail.calendar" : "sessions.mail.calendar-remove",
                locale));
        var entry = entry(session, reason.kind(), sequence, seated, to.email(), to.name(), locale);
        var file = new MailAttachment(SessionCalendar.fileName(session.getId()),
                SessionCalendar.contentType(reason.kind()),
                SessionCalendar.write(entry).getBytes(StandardCharsets.UTF_8));
        mail.enqueue(new OutgoingMail(to.email(), to.language(), "session",
                texts.getTranslation(key + ".subject", locale, session.getTitle()),
                texts.getTranslation(key + ".heading", locale, session.getTitle()), paragraphs,
                texts.getTranslation("sessions.mail.open", locale), pageUrl(session.getId()), null)
                .withAttachments(List.of(file)));
    }

    /**
     * The calendar entry of a session for one reader.
     *
     * @param withLink whether the online meeting link goes in (only for someone registered)
     */
    public SessionCalendar.Entry entry(DesignSession session, SessionCalendar.Kind kind, int sequence, boolean withLink,
                                       @Nullable String email, @Nullable String name, Locale locale) {
        var description = new StringBuilder(session.getPurpose());
        var link = withLink && session.getFormat().online() ? session.getMeetingUrl() : null;
        if (link != null) {
            description.append("\n\n").append(texts.getTranslation("sessions.ics.link", locale, link));
        }
        description.append("\n\n").append(pageUrl(session.getId()));
        String location = session.getFormat().onSite() && session.getAddress() != null ? session.getAddress() : link;
        if (location == null && session.getFormat().online()) {
            location = texts.getTranslation("sessions.format.online", locale);
        }
        return new SessionCalendar.Entry(session.getId(), session.getTitle(), description.toString().strip(),
                session.getStartsAt(), session.getEndsAt(), session.getTimeZone(), location, pageUrl(session.getId()),
                sequence, kind, organizer, email, name);
    }
}
