package app.rada.notifications;

/** A person's notifications changed (a notice written, one or all read); their open bells refresh. */
record NotificationsChanged(long personId) {
}
