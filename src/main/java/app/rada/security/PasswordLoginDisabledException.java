package app.rada.security;

import org.springframework.security.core.AuthenticationException;

/** A password was posted to an installation where people sign in through their provider only. */
final class PasswordLoginDisabledException extends AuthenticationException {

    PasswordLoginDisabledException() {
        super("Password login is turned off");
    }
}
