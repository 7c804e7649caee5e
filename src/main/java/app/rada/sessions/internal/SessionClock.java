package app.rada.sessions.internal;

import app.rada.sessions.SessionRemindersService;
import app.rada.shared.security.SystemActor;
import java.util.function.IntSupplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders before sessions and asks attendees for the pulse after them, once a minute on
 * one node (the lock lives in the database). The reminder rows make each reminder go out once even
 * when two runs overlap; each step is its own transaction and a failing one does not stop the other.
 */
@Component
class SessionClock {

    private static final Logger log = LoggerFactory.getLogger(SessionClock.class);

    private final SessionRemindersService sessions;

    SessionClock(SessionRemindersService sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${rada.sessions.tick:PT1M}", initialDelayString = "${rada.sessions.first-tick:PT1M}")
    @SchedulerLock(name = "session-clock", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    void tick() {
        step("remind", sessions::sendReminders);
        step("pulse", sessions::openPulses);
    }

    private void step(String name, IntSupplier work) {
        try {
            int done = SystemActor.call(work::getAsInt);
            if (done > 0) {
                log.info("Sessions: {} {}", name, done);
            }
        } catch (RuntimeException e) {
            log.error("Sessions: step {} failed", name, e);
        }
    }
}
