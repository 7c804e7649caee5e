package app.rada.notifications;

import java.util.Locale;

/** What a notification is about; preferences are set per kind. */
public enum NotificationKind {
    IDEAS_I_FOLLOW(Channel.DAILY_DIGEST),
    BALLOTS(Channel.EMAIL_NOW),
    SESSIONS(Channel.EMAIL_NOW),
    REWARDS(Channel.DAILY_DIGEST),
    MENTIONS(Channel.EMAIL_NOW),
    ACCOUNT(Channel.EMAIL_NOW);

    private final Channel byDefault;

    NotificationKind(Channel byDefault) {
        this.byDefault = byDefault;
    }

    public Channel byDefault() {
        return byDefault;
    }

    public String labelKey() {
        return "notifications.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
