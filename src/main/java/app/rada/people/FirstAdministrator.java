package app.rada.people;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import java.util.EnumSet;
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
 * without the demo programme can be entered at all. Nothing happens once anyone exists.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final PeopleService people;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(PeopleService people, @Value("${rada.admin.email:}") String email,
                       @Value("${rada.admin.password:}") String password,
                       @Value("${rada.admin.name:Administrator}") String name) {
        this.people = people;
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
            if (password.length() < MIN_PASSWORD_LENGTH) {
                log.error("RADA_ADMIN_PASSWORD must have at least {} characters; no administrator created",
                        MIN_PASSWORD_LENGTH);
                return;
            }
            people.createPerson(email, name, EnumSet.of(Role.ADMIN), null, Language.EN, password);
            log.info("Created the first administrator, {}", email);
        });
    }
}
