package app.rada.sessions;

/** Which sessions a list shows. Drafts and cancelled sessions are for staff. */
public enum SessionList {
    UPCOMING, PAST, DRAFTS, CANCELLED;

    public boolean staffOnly() {
        return this == DRAFTS || this == CANCELLED;
    }
}
