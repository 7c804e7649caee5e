package app.rada.security;

/** What a password reset link is worth when someone opens it. */
public enum ResetLinkState {
    VALID, EXPIRED, USED, UNKNOWN
}
