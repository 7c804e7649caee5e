package app.rada.shared.ui;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times in the reader's language and time zone.
 */
public final class Formats {

    private Formats() {
    }

    /**
     * The reader's time zone as their browser reports it, or the server's when the browser has not
     * told it (yet).
     */
    public static ZoneId zone() {
        var ui = UI.getCurrent();
        if (ui != null) {
            try {
                var details = ui.getPage().getExtendedClientDetails();
                if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                    return ZoneId.of(details.getTimeZoneId());
                }
            } catch (RuntimeException unknownZone) {
                // fall through to the server's zone
            }
        }
        return ZoneId.systemDefault();
    }

    public static String date(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(instant);
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** How long ago, in words of the reader's language ("3 days ago", "3 dni temu"). */
    public static String age(Instant instant, Instant now, Locale locale) {
        var formatter = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale));
        long seconds = Math.max(0, Duration.between(instant, now).toSeconds());
        var direction = RelativeDateTimeFormatter.Direction.LAST;
        if (seconds < 60) {
            return formatter.format(RelativeDateTimeFormatter.Direction.PLAIN,
                    RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        if (seconds < 3600) {
            return formatter.format(seconds / 60, direction, RelativeDateTimeFormatter.RelativeUnit.MINUTES);
        }
        if (seconds < 86_400) {
            return formatter.format(seconds / 3600, direction, RelativeDateTimeFormatter.RelativeUnit.HOURS);
        }
        if (seconds < 30L * 86_400) {
            return formatter.format(seconds / 86_400, direction, RelativeDateTimeFormatter.RelativeUnit.DAYS);
        }
        if (seconds < 365L * 86_400) {
            return formatter.format(seconds / (30L * 86_400), direction, RelativeDateTimeFormatter.RelativeUnit.MONTHS);
        }
        return formatter.format(seconds / (365L * 86_400), direction, RelativeDateTimeFormatter.RelativeUnit.YEARS);
    }

    /** A duration in words, e.g. "3 days" or "5 hours", for waiting times. */
    public static String duration(Duration duration, Locale locale) {
        var format = MeasureFormat.getInstance(ULocale.forLocale(locale),
                MeasureFormat.FormatWidth.WIDE);
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return format.format(new Measure(minutes, MeasureUnit.MINUTE));
        }
        if (minutes < 48 * 60) {
            return format.format(new Measure(minutes / 60, MeasureUnit.HOUR));
        }
        return format.format(new Measure(minutes / (24 * 60), MeasureUnit.DAY));
    }
}
