package app.rada.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.i18n.Translations;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new Translations());

    @Test
    void a_long_uncommon_password_is_accepted_and_rated_strong() {
        assertThat(policy.problems("Granite-Otter-Lamp-42", "anna.nowak@example.com", Locale.ENGLISH)).isEmpty();
        assertThat(policy.strength("Granite-Otter-Lamp-42", "anna.nowak@example.com")).isEqualTo(PasswordStrength.STRONG);
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        assertThat(policy.problems("Sh0rt!pass", null, Locale.ENGLISH)).containsExactly("Use at least 12 characters.");
        assertThat(policy.strength("Sh0rt!pass", null)).isEqualTo(PasswordStrength.WEAK);
    }

    @Test
    void a_password_containing_the_e_mail_name_is_refused() {
        assertThat(policy.problems("xx-Anna.Nowak-2026", "anna.nowak@example.com", Locale.ENGLISH))
                .containsExactly("Do not use your e-mail name in the password.");
    }

    @Test
    void common_passwords_and_their_decorated_forms_are_refused() {
        assertThat(policy.problems("password1234", null, Locale.ENGLISH))
                .containsExactly("This password is too common; choose one that is harder to guess.");
        assertThat(policy.problems("Qwertyuiop123", null, Locale.ENGLISH)).hasSize(1);
        assertThat(policy.problems("123456789012", null, Locale.ENGLISH)).hasSize(1);
        assertThat(policy.problems("!!administrator!!", null, Locale.ENGLISH)).hasSize(1);
    }

    @Test
    void problems_come_in_the_readers_language() {
        assertThat(policy.problems("krótkie", null, Locale.of("pl"))).containsExactly("Użyj co najmniej 12 znaków.");
    }

    @Test
    void a_long_but_plain_password_is_only_fair() {
        assertThat(policy.strength("lanterncobalt", null)).isEqualTo(PasswordStrength.FAIR);
    }
}
