package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.security.internal.ThrottleRepository;
import app.rada.support.KaribuTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

class LoginThrottleTest extends KaribuTest {

    private static final String ACCOUNT = "michal.grabowski@rada.demo";

    @Autowired
    AccountAuthenticationProvider provider;
    @Autowired
    ThrottleRepository counters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from login_throttle");
        jdbc.update("update person set active = true where email = 'adam.olszewski@rada.demo'");
    }

    private Authentication attempt(String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    private int auditCount(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor_label = ?",
                Integer.class, action, actor);
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_before_it_is_checked() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(ACCOUNT, "wrong", "198.51.100.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(ACCOUNT, "demo", "198.51.100.2"))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).minutes()).isEqualTo(1));
        assertThat(auditCount("LOGIN_FAILED", ACCOUNT)).isGreaterThanOrEqualTo(5);
        assertThat(auditCount("LOGIN_THROTTLED", ACCOUNT)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_refused_login_is_logged_with_a_reason_code_not_an_exception_name() {
        assertThatThrownBy(() -> attempt(ACCOUNT, "wrong", "198.51.100.3")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("nobody-here@rada.demo", "wrong", "198.51.100.3"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'LOGIN_FAILED' "
                + "and actor_label in (?, ?) order by id desc", String.class, ACCOUNT, "nobody-here@rada.demo"))
                .hasSizeGreaterThanOrEqualTo(2).allMatch(detail -> !detail.contains("Exception"))
                .first().isEqualTo("wrong-credentials");
    }

    @Test
    void four_failures_do_not_throttle_and_a_success_clears_the_count() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(ACCOUNT, "wrong", "198.51.100.3"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(ACCOUNT, "demo", "198.51.100.3").isAuthenticated()).isTrue();
        assertThat(counters.findById(LoginThrottle.accountKey(ACCOUNT))).isEmpty();
        assertThat(auditCount("LOGIN_SUCCEEDED", ACCOUNT)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void twenty_failures_from_one_address_throttle_every_account_from_it() {
        for (int i = 0; i < 20; i++) {
            var email = "nobody" + i + "@example.com";
            assertThatThrownBy(() -> attempt(email, "wrong", "203.0.113.9"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(ACCOUNT, "demo", "203.0.113.9")).isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(ACCOUNT, "demo", "203.0.113.10").isAuthenticated()).isTrue();
    }

    @Test
    void a_deactivated_person_cannot_log_in_and_the_attempt_counts_as_a_failure() {
        jdbc.update("update person set active = false where email = 'adam.olszewski@rada.demo'");
        assertThatThrownBy(() -> attempt("adam.olszewski@rada.demo", "demo", "198.51.100.4"))
                .isInstanceOf(DisabledException.class);
        assertThat(counters.findById(LoginThrottle.accountKey("adam.olszewski@rada.demo")))
                .hasValueSatisfying(c -> assertThat(c.getFailures()).isEqualTo(1));
    }

    @Test
    void the_wait_doubles_with_each_further_failure_up_to_fifteen_minutes_and_a_quiet_hour_clears_it() {
        var clock = new MovableClock(Instant.parse("2026-11-20T10:00:00Z"));
        var throttle = new LoginThrottle(counters, transactions, clock);
        var email = "backoff@example.com";
        for (int i = 0; i < 4; i++) {
            throttle.loginFailed(email, "192.0.2.1");
        }
        assertThat(throttle.loginWait(email, "192.0.2.1")).isZero();
        throttle.loginFailed(email, "192.0.2.1");
        assertThat(throttle.loginWait(email, "192.0.2.1")).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.loginWait(email, "192.0.2.1")).isZero();
        throttle.loginFailed(email, "192.0.2.1");
        assertThat(throttle.loginWait(email, "192.0.2.1")).isEqualTo(Duration.ofMinutes(1));
        for (var expected : new int[] {2, 4, 8, 15, 15}) {
            clock.advance(Duration.ofMinutes(16));
            throttle.loginFailed(email, "192.0.2.1");
            assertThat(throttle.loginWait(email, "192.0.2.1")).isEqualTo(Duration.ofMinutes(expected));
        }
        clock.advance(Duration.ofMinutes(61));
        throttle.loginFailed(email, "192.0.2.1");
        assertThat(throttle.loginWait(email, "192.0.2.1")).isZero();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
