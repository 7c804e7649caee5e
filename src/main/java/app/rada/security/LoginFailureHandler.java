package app.rada.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page: {@code login?throttled=<minutes>} when the attempt was throttled, otherwise
 * {@code login?error}, the same for an unknown e-mail, a wrong password and a deactivated person.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        var target = exception instanceof LoginThrottledException throttled
                ? "/login?throttled=" + throttled.minutes() : "/login?error";
        redirects.sendRedirect(request, response, target);
    }
}
