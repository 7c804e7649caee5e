package app.rada.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.PeopleService;
import app.rada.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordServiceTest extends KaribuTest {

    private static final String ACCOUNT = "joanna.krawczyk@rada.demo";

    @Autowired
    PasswordService passwords;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void restorePassword() {
        // straight into the table: the services would (rightly) ask who is changing it
        jdbc.update("update person set password_hash = ? where email = ?", encoder.encode("demo"), ACCOUNT);
    }

    @Test
    void nobody_changes_another_persons_password() {
        loginAs("customer");
        var other = people.findLoginAccount(ACCOUNT).orElseThrow().personId();
        assertThatThrownBy(() -> passwords.changePassword(other, "demo", "Granite-Otter-Lamp-42", Locale.ENGLISH,
                null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_person_or_an_admin_sets_a_password_directly() {
        loginAs("staff");
        var other = people.findLoginAccount(ACCOUNT).orElseThrow().personId();
        assertThatThrownBy(() -> people.setPassword(other, "Granite-Otter-Lamp-42"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
