package app.rada.security;

import app.rada.people.SsoRefusal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A provider proved who someone is, and Rada does not let them in. */
final class SsoRefusedException extends OAuth2AuthenticationException {

    private final SsoRefusal refusal;
    private final String provider;
    private final String email;
    private final long waitMinutes;

    SsoRefusedException(SsoRefusal refusal, String provider, String email, long waitMinutes) {
        super(new OAuth2Error("rada_" + refusal.code()), "Single sign-on refused: " + refusal.code());
        this.refusal = refusal;
        this.provider = provider;
        this.email = email;
        this.waitMinutes = waitMinutes;
    }

    SsoRefusal refusal() {
        return refusal;
    }

    String provider() {
        return provider;
    }

    /** The address the provider reported, as Rada keeps it; empty when it sent none. */
    String email() {
        return email;
    }

    long waitMinutes() {
        return waitMinutes;
    }
}
