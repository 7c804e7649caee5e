package app.rada.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar entries parse with ical4j and carry the right moments, in UTC and in the session's own zone. */
class SessionCalendarTest {

    private static SessionCalendar.Entry entry(SessionCalendar.Kind kind, Instant start, String zone, int sequence) {
        return new SessionCalendar.Entry(42, "Workshop: deliveries, commas; and semicolons", "Why we meet\n\nhttps://rada.example/sessions/42",
                start, start.plusSeconds(7200), zone, "Kraków, ul. Długa 12", "https://rada.example/sessions/42",
                sequence, kind, "rada@rada.example", "ewa.lis@rada.demo", "Ewa Lis");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void an_invitation_carries_the_uid_sequence_zone_and_the_right_moments_in_utc_and_local_time() throws Exception {
        // 9:00 UTC on 3 December is 10:00 in Warsaw (winter time)
        var start = Instant.parse("2026-12-03T09:00:00Z");
        var text = SessionCalendar.write(entry(SessionCalendar.Kind.REQUEST, start, "Europe/Warsaw", 3));
        assertThat(text).contains("DTSTART;TZID=Europe/Warsaw:20261203T100000", "BEGIN:VTIMEZONE",
                "TZID:Europe/Warsaw").doesNotContain("X-WR");

        var calendar = parse(text);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent();
        var event = event(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("session-42@rada");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Workshop: deliveries, commas; and semicolons");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Kraków, ul. Długa 12");
        assertThat(event.getProperty(Property.ORGANIZER).map(Property::getValue)).contains("mailto:rada@rada.example");
        assertThat(event.getProperty(Property.ATTENDEE).map(Property::getValue)).contains("mailto:ewa.lis@rada.demo");

        var dtStart = event.getDateTimeStart();
        assertThat(dtStart.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Warsaw");
        Temporal startTemporal = dtStart.getDate();
        var startZoned = (ZonedDateTime) startTemporal;
        assertThat(startZoned.toInstant()).isEqualTo(start);
        assertThat(startZoned.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 0));
        var endZoned = (ZonedDateTime) event.getDateTimeEnd().getDate();
        assertThat(endZoned.toInstant()).isEqualTo(Instant.parse("2026-12-03T11:00:00Z"));
    }

    @Test
    void summer_time_is_taken_from_the_zone() throws Exception {
        // 14:00 UTC on 1 July is 10:00 in New York (daylight saving) and 16:00 in Warsaw
        var start = Instant.parse("2027-07-01T14:00:00Z");
        var event = event(parse(SessionCalendar.write(entry(SessionCalendar.Kind.PUBLISH, start, "America/New_York", 0))));
        var zoned = (ZonedDateTime) event.getDateTimeStart().getDate();
        assertThat(zoned.toInstant()).isEqualTo(start);
        assertThat(zoned.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 7, 1, 10, 0));
        assertThat(start.atZone(ZoneId.of("Europe/Warsaw")).getHour()).isEqualTo(16);
        assertThat(event.getProperty(Property.ATTENDEE)).as("a download names nobody").isEmpty();
    }

    @Test
    void a_cancellation_replaces_the_entry_with_the_same_uid_and_a_higher_sequence() throws Exception {
        var start = Instant.parse("2026-12-03T09:00:00Z");
        var calendar = parse(SessionCalendar.write(entry(SessionCalendar.Kind.CANCEL, start, "Europe/Warsaw", 4)));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        var event = event(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("session-42@rada");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("4");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(SessionCalendar.contentType(SessionCalendar.Kind.CANCEL)).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }
}
