package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Role;
import app.rada.support.TestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"rada.demo.enabled=false", "rada.admin.email=Owner@Example.com",
        "rada.admin.password=correct horse battery", "rada.admin.name=Olga Owner"})
@ActiveProfiles(resolver = TestProfiles.class)
class FirstAdministratorTest {

    @Autowired
    PeopleService people;

    @Test
    void an_empty_installation_gets_its_first_administrator_from_the_environment() {
        var account = people.findLoginAccount("owner@example.com").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(account.name()).isEqualTo("Olga Owner");
        assertThat(account.passwordHash()).startsWith("{bcrypt}");
    }
}
