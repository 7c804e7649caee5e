package app.rada.api.sessions;

import app.rada.sessions.RegistrationResult;
import app.rada.sessions.RegistrationState;

/** Where the token's person stands after registering: registered, or on the waitlist at a position (1 = next). */
public record RegistrationItem(RegistrationState state, int waitlistPosition) {

    static RegistrationItem of(RegistrationResult result) {
        return new RegistrationItem(result.state(), result.waitlistPosition());
    }
}
