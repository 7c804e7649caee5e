package app.rada.shared.ui;

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
        var ui = com.vaadin.flow.component.UI.getCurrent();
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
        var formatter = com.ibm.icu.text.RelativeDateTimeFormatter.getInstance(com.ibm.icu.util.ULocale.forLocale(locale));
        long seconds = Math.max(0, java.time.Duration.between(instant, now).toSeconds());
        var direction = com.ibm.icu.text.RelativeDateTimeFormatter.Direction.LAST;
        if (seconds < 60) {
            return formatter.format(com.ibm.icu.text.RelativeDateTimeFormatter.Direction.PLAIN,
                    com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        if (seconds < 3600) {
            return formatter.format(seconds / 60, direction, com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit.MINUTES);
        }
        if (seconds < 86_400) {
            return formatter.format(seconds / 3600, direction, com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit.HOURS);
        }
        if (seconds < 30L * 86_400) {
            return formatter.format(seconds / 86_400, direction, com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit.DAYS);
        }
        if (seconds < 365L * 86_400) {
            return formatter.format(seconds / (30L * 86_400), direction, com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit.MONTHS);
        }
        return formatter.format(seconds / (365L * 86_400), direction, com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit.YEARS);
    }

    /** A duration in words, e.g. "3 days" or "5 hours", for waiting times. */
    public static String duration(java.time.Duration duration, Locale locale) {
        var format = com.ibm.icu.text.MeasureFormat.getInstance(com.ibm.icu.util.ULocale.forLocale(locale),
                com.ibm.icu.text.MeasureFormat.FormatWidth.WIDE);
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return format.format(new com.ibm.icu.util.Measure(minutes, com.ibm.icu.util.MeasureUnit.MINUTE));
        }
        if (minutes < 48 * 60) {
            return format.format(new com.ibm.icu.util.Measure(minutes / 60, com.ibm.icu.util.MeasureUnit.HOUR));
        }
        return format.format(new com.ibm.icu.util.Measure(minutes / (24 * 60), com.ibm.icu.util.MeasureUnit.DAY));
    }
}
