package app.rada.ballots.internal;

import app.rada.ballots.BallotSchedulingService;
import app.rada.shared.security.SystemActor;
import java.util.function.IntSupplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens and closes ballots at their times and sends the reminders before closing, once a minute and
 * on one node only (the lock lives in the database). Each step is its own transaction, and a step
 * that fails does not hold up the others.
 */
@Component
class BallotClock {

    private static final Logger log = LoggerFactory.getLogger(BallotClock.class);

    private final BallotSchedulingService ballots;

    BallotClock(BallotSchedulingService ballots) {
        this.ballots = ballots;
    }

    @Scheduled(fixedDelayString = "${rada.ballots.tick:PT1M}", initialDelayString = "${rada.ballots.first-tick:PT1M}")
    @SchedulerLock(name = "ballot-clock", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    void tick() {
        step("open", ballots::openDue);
        step("close", ballots::closeDue);
        step("remind", ballots::sendReminders);
    }

    private void step(String name, IntSupplier work) {
        try {
            int done = SystemActor.call(work::getAsInt);
            if (done > 0) {
                log.info("Ballots: {} {}", name, done);
            }
        } catch (RuntimeException e) {
            log.error("Ballots: step {} failed", name, e);
        }
    }
}
