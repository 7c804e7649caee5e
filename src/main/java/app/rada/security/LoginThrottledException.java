package app.rada.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused, before its password was looked at, because of too many recent failures. */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed attempts");
        this.wait = wait;
    }

    /** Whole minutes to wait, at least one. */
    long minutes() {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }
}
