package app.rada.security;

import app.rada.people.PersonDeactivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deactivated person's open sessions end at once; their next click lands on the login page. */
@Component
class DeactivatedAccounts {

    private static final Logger log = LoggerFactory.getLogger(DeactivatedAccounts.class);

    private final AccountSessions sessions;

    DeactivatedAccounts(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(PersonDeactivated event) {
        int ended = sessions.endAllExcept(event.personId(), null);
        log.info("Person {} deactivated: {} open sessions ended", event.personId(), ended);
    }
}
