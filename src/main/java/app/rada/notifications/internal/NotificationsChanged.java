package app.rada.notifications.internal;

/** A person's notifications changed (a notice written, one or all read); their open bells refresh. */
public record NotificationsChanged(long personId) {
}
