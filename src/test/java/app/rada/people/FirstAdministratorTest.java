package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.PasswordPolicy;
import app.rada.support.TestProfiles;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"rada.demo.enabled=false", "rada.admin.email=Owner@Example.com",
        "rada.admin.password=correct horse battery", "rada.admin.name=Olga Owner"})
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    @Autowired
    LoginAccounts people;
    @Autowired
    PasswordPolicy policy;

    private static MembershipService emptyInstallation() {
        var empty = mock(MembershipService.class);
        when(empty.hasAnyone()).thenReturn(false);
        return empty;
    }

    @Test
    void an_empty_installation_gets_its_first_administrator_from_the_environment() {
        var account = people.findLoginAccount("owner@example.com").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(account.name()).isEqualTo("Olga Owner");
        assertThat(account.passwordHash()).startsWith("{bcrypt}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "short-one", "boss@example.com-secret"})
    void a_weak_password_from_the_environment_creates_no_administrator_and_says_why(String weak,
                                                                                   CapturedOutput output) {
        var empty = emptyInstallation();
        new FirstAdministrator(empty, "boss@example.com", weak, "Boss", policy).run(null);
        verify(empty, never()).createPerson(any(), any(), any(), any(), any(), any());
        assertThat(output.getOut() + output.getErr())
                .contains("RADA_ADMIN_PASSWORD is too weak, so no administrator was created for boss@example.com");
    }

    @Test
    void a_strong_password_from_the_environment_creates_the_administrator() {
        var empty = emptyInstallation();
        new FirstAdministrator(empty, "boss@example.com", "Quartz-Meadow-Lantern-9", "Boss", policy).run(null);
        verify(empty).createPerson(eq("boss@example.com"), eq("Boss"), eq(EnumSet.of(Role.ADMIN)), isNull(),
                eq(Language.EN), eq("Quartz-Meadow-Lantern-9"));
    }
}
