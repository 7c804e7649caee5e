package app.rada.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.PersonalData;
import app.rada.shared.security.SystemActor;
import app.rada.support.TestProfiles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log started with nothing but the shared vocabulary, the only module it uses. It hears no
 * event: the modules that change something write their entry themselves, through {@link AuditLog}, in the
 * same transaction as the change. So there is no {@code Scenario} here; these tests make that transaction
 * themselves and read the log back as an admin would.
 *
 * <p>The security module (method security, which holds {@link AuditTrail} to admins) is left out: it needs
 * the people module, which the audit log does not. That rule is checked in the whole application by
 * {@code AuditTrailTest}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles(resolver = TestProfiles.class)
class AuditModuleTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    List<PersonalData> personalData;

    private static String someone() {
        return "audit-" + UUID.randomUUID() + "@example.com";
    }

    private List<AuditRow> entriesAbout(String label) {
        return SystemActor.call(() -> trail.find(new AuditFilter(null, label, null, null), 0, 10));
    }

    /** The person's part of the security log as their data export gives it: what happened, and from where. */
    private static List<String> exported(PersonalData securityLog, String email) {
        return ((List<?>) securityLog.export(9_001L, email)).stream().map(row -> (Map<?, ?>) row)
                .map(row -> row.get("action") + " from " + row.get("from")).toList();
    }

    @Test
    void an_entry_written_with_a_change_that_commits_is_in_the_log() {
        var admin = someone();
        var member = someone();
        transactions.executeWithoutResult(status -> log.record(AuditRecord.of(AuditAction.ROLES_CHANGED)
                .by(41L, admin).on("person", 42L, member).detail("CUSTOMER -> STAFF").from("203.0.113.7")));

        assertThat(entriesAbout(member)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.ROLES_CHANGED);
            assertThat(row.actorLabel()).isEqualTo(admin);
            assertThat(row.targetType()).isEqualTo("person");
            assertThat(row.targetLabel()).isEqualTo(member);
            assertThat(row.detail()).isEqualTo("CUSTOMER -> STAFF");
            assertThat(row.clientAddress()).isEqualTo("203.0.113.7");
        });
        assertThat(SystemActor.call(() -> trail.count(new AuditFilter(AuditAction.ROLES_CHANGED, member, null, null))))
                .isEqualTo(1);
        assertThat(SystemActor.call(() -> trail.count(new AuditFilter(AuditAction.LOGOUT, member, null, null))))
                .isZero();
    }

    @Test
    void an_entry_written_with_a_change_that_rolls_back_is_lost_with_it() {
        var member = someone();
        transactions.executeWithoutResult(status -> {
            log.record(AuditRecord.of(AuditAction.PERSON_DEACTIVATED).by(7L, "admin@example.com")
                    .on("person", 8L, member));
            status.setRollbackOnly();
        });

        assertThat(entriesAbout(member)).isEmpty();
    }

    @Test
    void erasing_a_person_blanks_who_they_were_and_keeps_what_happened() {
        var member = someone();
        transactions.executeWithoutResult(status -> {
            log.record(AuditRecord.of(AuditAction.LOGIN_SUCCEEDED).by(9_001L, member).from("198.51.100.4"));
            log.record(AuditRecord.of(AuditAction.PASSWORD_CHANGED).by(9_001L, member).on("person", 9_001L, member));
        });
        var securityLog = personalData.stream().filter(part -> part.section().equals("securityLog")).findFirst()
                .orElseThrow();
        assertThat(exported(securityLog, member)).containsExactlyInAnyOrder("LOGIN_SUCCEEDED from 198.51.100.4",
                "PASSWORD_CHANGED from null");

        transactions.executeWithoutResult(status -> securityLog.erase(9_001L, member, "Erased Person"));

        assertThat(entriesAbout(member)).isEmpty();
        assertThat(exported(securityLog, member)).containsExactlyInAnyOrder("LOGIN_SUCCEEDED from null",
                "PASSWORD_CHANGED from null");
    }
}
