package app.rada.sessions.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.jspecify.annotations.Nullable;

/**
 * Calendar entries (iCalendar, RFC 5545) for design sessions. Every entry of a session carries the
 * same UID, so a calendar replaces its entry when a newer one (higher SEQUENCE) arrives: an update, or
 * a cancellation. Start and end are written in the session's own time zone, with its VTIMEZONE.
 */
public final class SessionCalendar {

    /** What the entry is for: an invitation or update, a cancellation, or a plain download. */
    public enum Kind {
        REQUEST, CANCEL, PUBLISH
    }

    /**
     * The facts of one entry.
     *
     * @param location the address, or the meeting link for someone registered, or null
     * @param attendeeEmail the member the entry is for (invitations and cancellations), or null
     */
    public record Entry(long sessionId, String title, String description, Instant startsAt, Instant endsAt,
                        String timeZone, @Nullable String location, String pageUrl, int sequence, Kind kind,
                        String organizerEmail, @Nullable String attendeeEmail, @Nullable String attendeeName) {
    }

    public static final String PRODUCT = "-//Rada//Design sessions//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private SessionCalendar() {
    }

    /** The stable UID of a session's entry. */
    public static String uid(long sessionId) {
        return "session-" + sessionId + "@rada";
    }

    public static String fileName(long sessionId) {
        return "session-" + sessionId + ".ics";
    }

    /** The MIME type of an entry, as a mail attachment or a download. */
    public static String contentType(Kind kind) {
        return "text/calendar; charset=UTF-8; method=" + kind.name();
    }

    public static String write(Entry entry) {
        var zoneId = ZoneId.of(entry.timeZone());
        var zone = ZONES.getTimeZone(zoneId.getId());
        var event = new VEvent(entry.startsAt().atZone(zoneId), entry.endsAt().atZone(zoneId), entry.title());
        event.add(new Uid(uid(entry.sessionId())));
        event.add(new Sequence(entry.sequence()));
        event.add(new Description(entry.description()));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        event.add(new Url(URI.create(entry.pageUrl())));
        event.add(new Status(entry.kind() == Kind.CANCEL ? "CANCELLED" : "CONFIRMED"));
        if (entry.kind() != Kind.PUBLISH) {
            var organizer = new Organizer(URI.create("mailto:" + entry.organizerEmail()));
            organizer.add(new Cn("Rada"));
            event.add(organizer);
            if (entry.attendeeEmail() != null) {
                var attendee = new Attendee(URI.create("mailto:" + entry.attendeeEmail()));
                attendee.add(Role.REQ_PARTICIPANT);
                attendee.add(entry.kind() == Kind.CANCEL ? PartStat.DECLINED : PartStat.ACCEPTED);
                if (entry.attendeeName() != null && !entry.attendeeName().isBlank()) {
                    attendee.add(new Cn(entry.attendeeName()));
                }
                event.add(attendee);
            }
        }
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(net.fortuna.ical4j.model.property.immutable.ImmutableVersion.VERSION_2_0);
        calendar.add(net.fortuna.ical4j.model.property.immutable.ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(entry.kind().name()));
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
