package app.rada.audit;

/** What happened. Each has a translated label {@code audit.action.<name in lower case>}. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    ROLES_CHANGED,
    ORGANISATION_CHANGED,
    BOARD_TERM_CHANGED,
    PERSON_DEACTIVATED,
    PERSON_REACTIVATED,
    INVITATION_SENT,
    INVITATION_RESENT,
    INVITATION_REVOKED,
    INVITATION_ACCEPTED,
    ORGANISATION_SAVED,
    SEGMENT_SAVED,
    DATA_EXPORTED,
    ACCOUNT_ERASED,
    IDEA_STATUS_CHANGED,
    IDEA_MERGED,
    IDEA_MODERATED,
    MAIL_RETRIED,
    MAIL_READ,
    BALLOT_SAVED,
    BALLOT_OPENED,
    BALLOT_CLOSED,
    BALLOT_VOTED,
    BALLOT_VOTE_CHANGED,
    SESSION_SAVED,
    SESSION_PUBLISHED,
    SESSION_CANCELLED,
    SESSION_ATTENDANCE;

    public String labelKey() {
        return "audit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
