package app.rada.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.audit.internal.AuditEntry;
import app.rada.audit.internal.AuditRepository;
import app.rada.support.KaribuTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class AuditTrailTest extends KaribuTest {

    @Autowired
    AuditTrail trail;

    @Test
    void an_admin_reads_the_log_through_the_service() {
        loginAs("admin");
        assertThat(trail.count(AuditFilter.none())).isGreaterThanOrEqualTo(0);
        assertThat(trail.find(AuditFilter.none(), 0, 5)).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void a_customer_cannot_read_the_log_through_the_service() {
        loginAs("customer");
        assertThatThrownBy(() -> trail.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_cannot_read_the_log_through_the_service() {
        loginAs("staff");
        assertThatThrownBy(() -> trail.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_anonymous_reads_the_log() {
        assertThatThrownBy(() -> trail.count(AuditFilter.none()))
                .isInstanceOfAny(AccessDeniedException.class,
                        AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_repository_offers_no_way_to_change_or_remove_an_entry() {
        var names = Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName)
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        assertThat(names).noneMatch(n -> n.startsWith("delete") || n.startsWith("remove")
                || n.startsWith("update") || n.startsWith("modify") || n.contains("merge"));
        assertThat(names).contains("save");
        assertThat(AuditRepository.class.getInterfaces())
                .containsExactly(Repository.class);
    }

    @Test
    void an_entry_cannot_be_changed_once_written() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).noneMatch(n -> n.startsWith("set"));
    }
}
