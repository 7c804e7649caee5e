package app.rada.sessions;

/**
 * What registering came to.
 *
 * @param waitlistPosition 1 for the first on the waitlist; 0 when registered
 */
public record RegistrationResult(RegistrationState state, int waitlistPosition) {
}
