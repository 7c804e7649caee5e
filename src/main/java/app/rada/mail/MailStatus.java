package app.rada.mail;

import java.util.Locale;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up on after the last attempt; staff may try it again. */
    FAILED;

    public String labelKey() {
        return "outbox.status." + name().toLowerCase(Locale.ROOT);
    }
}
