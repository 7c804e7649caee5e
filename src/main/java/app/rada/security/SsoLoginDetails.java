package app.rada.security;

import java.io.Serializable;

/**
 * What a single sign-on leaves on the login in the session: the provider and its ID token, so that logging out
 * can end the session at the provider too, and the address the person came from.
 */
record SsoLoginDetails(String provider, String idToken, String remoteAddress) implements Serializable {

    @Override
    public String toString() {
        // the ID token is a credential: never in a log line
        return "SsoLoginDetails[" + provider + ", " + remoteAddress + "]";
    }
}
