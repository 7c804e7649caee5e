package app.rada.notifications;

import java.util.Locale;

/** How a person hears about a kind of notification. Every notification also shows in the app. */
public enum Channel {
    IN_APP, EMAIL_NOW, DAILY_DIGEST;

    public String labelKey() {
        return "notifications.channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
