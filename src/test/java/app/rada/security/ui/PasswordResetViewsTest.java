package app.rada.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.security.internal.PasswordResetToken;
import app.rada.security.internal.PasswordResetTokenRepository;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordResetViewsTest extends KaribuTest {

    private static final String ACCOUNT = "lukasz.krol@rada.demo";
    private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Autowired
    PeopleService people;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordResetTokenRepository tokens;

    @AfterEach
    void restore() {
        // straight into the table: the services would (rightly) ask who is changing it
        jdbc.update("update person set password_hash = ? where email = ?", encoder.encode("demo"), ACCOUNT);
        jdbc.update("delete from login_throttle");
    }

    private String request(String email) {
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("password-reset");
        _get(EmailField.class, spec -> spec.withId("reset-email")).setValue(email);
        _click(_get(Button.class, spec -> spec.withId("reset-send")));
        return _get(Paragraph.class, spec -> spec.withId("reset-confirmation")).getText();
    }

    private String lastLinkTokenFor(String email) {
        var bodies = jdbc.queryForList("select body_text from outbox_mail where recipient = ? "
                + "and kind = 'password-reset' order by id desc", String.class, email);
        assertThat(bodies).isNotEmpty();
        var matcher = LINK.matcher(bodies.getFirst());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void choose(String password) {
        _get(PasswordField.class, spec -> spec.withId("reset-password")).setValue(password);
        _get(PasswordField.class, spec -> spec.withId("reset-repeat")).setValue(password);
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
    }

    private long personId() {
        return people.findLoginAccount(ACCOUNT).orElseThrow().personId();
    }

    @Test
    void a_known_and_an_unknown_e_mail_get_the_same_confirmation_and_only_the_known_one_a_mail() {
        var known = request(ACCOUNT);
        var unknown = request("nobody-here@example.com");
        assertThat(known).isEqualTo(unknown).startsWith("If an account exists for this address");
        assertThat(lastLinkTokenFor(ACCOUNT)).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class,
                "nobody-here@example.com")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSWORD_RESET_REQUESTED'",
                Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_link_sets_a_new_password_once_and_ends_the_older_links() {
        request(ACCOUNT);
        var older = lastLinkTokenFor(ACCOUNT);
        request(ACCOUNT);
        var token = lastLinkTokenFor(ACCOUNT);
        assertThat(tokens.findByTokenHash(sha256(token))).isPresent();

        UI.getCurrent().navigate("password-reset/" + token);
        choose("short");
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-password")).getErrorMessage())
                .isEqualTo("Use at least 12 characters.");
        choose("Granite-Otter-Lamp-42");
        assertThat(_get(H1.class).getText()).isEqualTo("Your password has been changed");
        assertThat(encoder.matches("Granite-Otter-Lamp-42",
                people.findLoginAccount(ACCOUNT).orElseThrow().passwordHash())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSWORD_RESET' "
                + "and actor_label = ?", Integer.class, ACCOUNT)).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate("password-reset/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-message")).getText())
                .startsWith("This password reset link has already been used");
        UI.getCurrent().navigate("password-reset/" + older);
        assertThat(_get(H1.class).getText()).isEqualTo("This link no longer works");
    }

    @Test
    void an_expired_link_says_so() {
        var now = Instant.now();
        tokens.save(new PasswordResetToken(personId(), sha256("expired-token-for-test"),
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))));
        UI.getCurrent().navigate("password-reset/expired-token-for-test");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-message")).getText())
                .startsWith("This password reset link has expired");
    }

    @Test
    void an_unknown_link_says_so() {
        UI.getCurrent().navigate("password-reset/no-such-token");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-message")).getText())
                .startsWith("This password reset link is not valid");
    }

    @Test
    void the_only_thing_stored_of_a_link_is_its_hash() {
        request(ACCOUNT);
        var token = lastLinkTokenFor(ACCOUNT);
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?",
                Integer.class, token)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?",
                Integer.class, sha256(token))).isEqualTo(1);
    }

    @Test
    void after_three_requests_an_e_mail_gets_no_more_links_for_a_while() {
        jdbc.update("delete from outbox_mail where recipient = ?", ACCOUNT);
        for (int i = 0; i < 5; i++) {
            assertThat(request(ACCOUNT)).startsWith("If an account exists for this address");
        }
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class,
                ACCOUNT)).isEqualTo(3);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_bad_address_is_refused_on_the_field_in_the_readers_language_and_nothing_is_sent() {
        var mails = jdbc.queryForObject("select count(*) from outbox_mail", Integer.class);
        assertThat(request("not-an-address")).isEmpty();
        var email = _get(EmailField.class, spec -> spec.withId("reset-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter your e-mail address");

        UI.getCurrent().setLocale(Locale.of("pl"));
        assertThat(request("")).isEmpty();
        email = _get(EmailField.class, spec -> spec.withId("reset-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Podaj adres e-mail");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail", Integer.class)).isEqualTo(mails);
    }

    @Test
    void a_weak_new_password_is_refused_on_the_field_while_typed_in_the_readers_language() {
        var now = Instant.now();
        tokens.save(new PasswordResetToken(personId(), sha256("typing-token-for-test"), now,
                now.plus(Duration.ofHours(1))));
        UI.getCurrent().navigate("password-reset/typing-token-for-test");
        var password = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        password.setValue("short");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        choose("short");
        assertThat(_get(H1.class).getText()).isNotEqualTo("Your password has been changed");

        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("password-reset/typing-token-for-test");
        password = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        password.setValue("short");
        assertThat(password.getErrorMessage()).isEqualTo("Użyj co najmniej 12 znaków.");
        _get(PasswordField.class, spec -> spec.withId("reset-repeat")).setValue("other");
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-repeat")).getErrorMessage())
                .isEqualTo("Oba nowe hasła muszą być takie same.");
        assertThat(encoder.matches("demo", people.findLoginAccount(ACCOUNT).orElseThrow().passwordHash())).isTrue();
    }
}
