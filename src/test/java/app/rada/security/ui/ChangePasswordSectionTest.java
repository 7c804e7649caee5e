package app.rada.security.ui;

import app.rada.shared.ui.PasswordStrengthField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.PeopleService;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordSectionTest extends KaribuTest {

    private static final String ACCOUNT = "magdalena.wojcik@rada.demo";

    @Autowired
    PeopleService people;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openOwnPage() {
        loginAsEmail(ACCOUNT);
        UI.getCurrent().navigate("me");
    }

    @AfterEach
    void restorePassword() {
        // straight into the table: the services would (rightly) ask who is changing it
        jdbc.update("update person set password_hash = ? where email = ?", encoder.encode("demo"), ACCOUNT);
    }

    private PasswordField field(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    private void fill(String current, String next, String repeat) {
        field("password-current").setValue(current);
        field("password-new").setValue(next);
        field("password-repeat").setValue(repeat);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }

    private boolean passwordIs(String raw) {
        return encoder.matches(raw, people.findLoginAccount(ACCOUNT).orElseThrow().passwordHash());
    }

    @Test
    void the_strength_meter_follows_the_typing() {
        var meter = _get(PasswordStrengthField.class);
        field("password-new").setValue("password1234");
        assertThat(meter.getStrengthText()).isEqualTo("Strength: weak");
        field("password-new").setValue("lanterncobalt");
        assertThat(meter.getStrengthText()).isEqualTo("Strength: fair");
        field("password-new").setValue("Granite-Otter-Lamp-42");
        assertThat(meter.getStrengthText()).isEqualTo("Strength: strong");
    }

    @Test
    void a_wrong_current_password_is_refused() {
        fill("not-my-password", "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-42");
        assertThat(field("password-current").isInvalid()).isTrue();
        assertThat(field("password-current").getErrorMessage()).isEqualTo("Your current password is not right.");
        assertThat(passwordIs("demo")).isTrue();
    }

    @Test
    void a_weak_new_password_is_refused_with_the_reason() {
        fill("demo", "magdalena.wojcik1", "magdalena.wojcik1");
        assertThat(field("password-new").isInvalid()).isTrue();
        assertThat(field("password-new").getErrorMessage()).isEqualTo("Do not use your e-mail name in the password.");
        fill("demo", "short", "short");
        assertThat(field("password-new").getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(passwordIs("demo")).isTrue();
    }

    @Test
    void the_new_password_must_be_typed_twice_the_same() {
        fill("demo", "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-43");
        assertThat(field("password-repeat").getErrorMessage()).isEqualTo("The two new passwords are not the same.");
        assertThat(passwordIs("demo")).isTrue();
    }

    @Test
    void a_good_change_is_stored_audited_and_announced_by_e_mail() {
        fill("demo", "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-42");
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-status")).getText())
                .startsWith("Your password has been changed.");
        assertThat(field("password-current").getValue()).isEmpty();
        assertThat(passwordIs("Granite-Otter-Lamp-42")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSWORD_CHANGED' "
                + "and actor_label = ?", Integer.class, ACCOUNT)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select subject from outbox_mail where recipient = ? and kind = 'account'",
                String.class, ACCOUNT)).contains("Your Rada password was changed");
    }

    /** 55 characters, 71 bytes in UTF-8: most Polish letters take two. */
    private static final String POLISH = "Zażółć gęślą jaźń, źdźbło łąki w Łodzi; chrząszcz brzmi";

    @Test
    void a_polish_password_of_exactly_72_bytes_is_accepted_and_works() {
        var atLimit = POLISH + "!";
        assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        fill("demo", atLimit, atLimit);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-status")).getText())
                .startsWith("Your password has been changed.");
        assertThat(passwordIs(atLimit)).isTrue();
        assertThat(passwordIs(POLISH + "?")).isFalse();
        assertThat(passwordIs("demo")).isFalse();
    }

    @Test
    void a_password_over_72_bytes_is_refused_on_the_field_in_the_readers_language() {
        var overLimit = POLISH + "ą";
        assertThat(overLimit.codePointCount(0, overLimit.length())).isLessThan(72);
        assertThat(overLimit.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        fill("demo", overLimit, overLimit);
        assertThat(field("password-new").isInvalid()).isTrue();
        assertThat(field("password-new").getErrorMessage()).isEqualTo("Use at most 72 bytes; this password has 73. "
                + "A plain letter or digit is one byte, a Polish letter two, some symbols more.");
        assertThat(passwordIs("demo")).isTrue();

        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("me");
        fill("demo", overLimit, overLimit);
        assertThat(field("password-new").getErrorMessage()).startsWith("Hasło może mieć najwyżej 72 bajty, a to ma 73.");
        assertThat(passwordIs("demo")).isTrue();
    }

    @Test
    void wrong_current_passwords_count_as_failed_logins_and_then_the_change_waits() {
        jdbc.update("delete from login_throttle");
        try {
            for (int i = 0; i < 5; i++) {
                fill("not-my-password-" + i, "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-42");
                assertThat(field("password-current").getErrorMessage()).isEqualTo("Your current password is not right.");
            }
            // the right one is no longer even looked at
            fill("demo", "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-42");
            assertThat(field("password-current").isInvalid()).isTrue();
            assertThat(field("password-current").getErrorMessage())
                    .isEqualTo("Too many wrong passwords were tried for your account. Try again in 1 minute.");
            assertThat(passwordIs("demo")).isTrue();
            assertThat(jdbc.queryForObject("select failures from login_throttle where throttle_key = ?", Integer.class,
                    "account:" + ACCOUNT)).isEqualTo(5);
            assertThat(jdbc.queryForList("select detail from audit_entry where action = 'LOGIN_FAILED' "
                    + "and actor_label = ? order by id desc", String.class, ACCOUNT))
                    .hasSizeGreaterThanOrEqualTo(5).first().isEqualTo("current-password-wrong");
        } finally {
            jdbc.update("delete from login_throttle");
        }
    }

    @Test
    void the_fields_say_what_is_wrong_in_the_readers_language_and_nothing_is_tried() {
        jdbc.update("delete from login_throttle");
        field("password-new").setValue("short");
        assertThat(field("password-new").isInvalid()).isTrue();
        assertThat(field("password-new").getErrorMessage()).isEqualTo("Use at least 12 characters.");
        fill("", "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-41");
        assertThat(field("password-current").isInvalid()).isTrue();
        assertThat(field("password-current").getErrorMessage()).isEqualTo("Your current password is not right.");
        assertThat(field("password-repeat").getErrorMessage()).isEqualTo("The two new passwords are not the same.");

        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("me");
        field("password-new").setValue("short");
        assertThat(field("password-new").isInvalid()).isTrue();
        assertThat(field("password-new").getErrorMessage()).isEqualTo("Użyj co najmniej 12 znaków.");
        fill("", "Granite-Otter-Lamp-42", "Granite-Otter-Lamp-42");
        assertThat(field("password-current").isInvalid()).isTrue();
        assertThat(field("password-current").getErrorMessage()).isEqualTo("Obecne hasło jest nieprawidłowe.");
        // the service was never asked: no wrong password was counted against the account
        assertThat(jdbc.queryForObject("select count(*) from login_throttle", Integer.class)).isZero();
        assertThat(passwordIs("demo")).isTrue();
    }
}
