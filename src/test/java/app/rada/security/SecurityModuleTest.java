package app.rada.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditFilter;
import app.rada.audit.AuditTrail;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.ModulePeople;
import app.rada.support.Outbox;
import app.rada.support.TestProfiles;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security module started with the modules it uses (people, mail, audit, shared). It hears no event
 * and announces none, so there is no {@code Scenario}: these tests go through the login and the password
 * reset the way the login page and the reset pages call them, and read what the person would see (the
 * reset mail in the outbox, a login let in or refused) and what an admin would see (the audit log).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles(resolver = TestProfiles.class)
class SecurityModuleTest {

    private static final String FIRST_PASSWORD = "a long enough password 1";
    private static final Pattern RESET_LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    AccountAuthenticationProvider logins;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AuditTrail audit;

    @Autowired
    MembershipService membership;

    @Autowired
    LoginAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private RadaUser newMember() {
        return ModulePeople.create(membership, accounts, Role.CUSTOMER);
    }

    private Authentication logIn(String email, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return logins.authenticate(attempt);
    }

    private long audited(AuditAction action, String email) {
        return SystemActor.call(() -> audit.count(new AuditFilter(action, email, null, null)));
    }

    @Test
    void a_reset_link_from_the_mail_sets_a_new_password_once() {
        var member = newMember();
        resets.requestReset(member.email(), "192.0.2.10");

        var mail = Outbox.last(jdbc, member.email());
        assertThat(mail.kind()).isEqualTo("password-reset");
        assertThat(mail.subject()).isEqualTo("Reset your Rada password");
        var link = RESET_LINK.matcher(mail.text());
        assertThat(link.find()).as("the mail carries a reset link").isTrue();
        var token = link.group(1);
        assertThat(resets.check(token)).isEqualTo(ResetLinkState.VALID);

        var result = resets.reset(token, "a fresh and long password 2", Locale.ENGLISH, "192.0.2.10");

        assertThat(result.changed()).isTrue();
        assertThat(resets.check(token)).isEqualTo(ResetLinkState.USED);
        assertThat(resets.reset(token, "yet another long password 3", Locale.ENGLISH, "192.0.2.10").changed())
                .isFalse();
        assertThat(logIn(member.email(), "a fresh and long password 2", "192.0.2.10").getPrincipal())
                .isInstanceOfSatisfying(RadaUser.class, user -> assertThat(user.personId()).isEqualTo(member.personId()));
        assertThatThrownBy(() -> logIn(member.email(), FIRST_PASSWORD, "192.0.2.10"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(audited(AuditAction.PASSWORD_RESET, member.email())).isEqualTo(1);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_and_that_is_audited() {
        var member = newMember();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn(member.email(), "not the password", "192.0.2.20"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> logIn(member.email(), FIRST_PASSWORD, "192.0.2.21"))
                .isInstanceOfSatisfying(LoginThrottledException.class, refused ->
                        assertThat(refused.minutes()).isEqualTo(1));
        assertThat(audited(AuditAction.LOGIN_FAILED, member.email())).isEqualTo(5);
        assertThat(audited(AuditAction.LOGIN_THROTTLED, member.email())).isEqualTo(1);
    }
}
