package app.rada.people;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.PasswordPolicy;
import app.rada.shared.security.SystemActor;
import java.util.EnumSet;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the installation's first administrator from {@code RADA_ADMIN_EMAIL} and
 * {@code RADA_ADMIN_PASSWORD} when the database has no one yet, so a production installation
 * without the demo programme can be entered at all. Nothing happens once anyone exists. The password
 * must meet the same rules as any other ({@link PasswordPolicy}); a weak one creates no one and says why
 * in the log, because an administrator's account is the one most worth guessing.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final MembershipService people;
    private final String email;
    private final String password;
    private final String name;
    private final PasswordPolicy policy;

    FirstAdministrator(MembershipService people, @Value("${rada.admin.email:}") String email,
                       @Value("${rada.admin.password:}") String password,
                       @Value("${rada.admin.name:Administrator}") String name, PasswordPolicy policy) {
        this.people = people;
        this.policy = policy;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        SystemActor.run(() -> {
            if (people.hasAnyone()) {
                return;
            }
            var problems = policy.problems(password, email, Locale.ENGLISH);
            if (!problems.isEmpty()) {
                log.error("RADA_ADMIN_PASSWORD is too weak, so no administrator was created for {}: {} "
                        + "Set a stronger RADA_ADMIN_PASSWORD and start again.", email, String.join(" ", problems));
                return;
            }
            people.createPerson(email, name, EnumSet.of(Role.ADMIN), null, Language.EN, password);
            log.info("Created the first administrator, {}", email);
        });
    }
}
