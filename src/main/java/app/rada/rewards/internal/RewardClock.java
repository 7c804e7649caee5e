package app.rada.rewards.internal;

import app.rada.rewards.RewardService;
import app.rada.shared.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, on one node only, gives the badge for voting in every ballot of a board term to the
 * members whose term has just ended. Running again changes nothing: a badge is given once.
 */
@Component
class RewardClock {

    private static final Logger log = LoggerFactory.getLogger(RewardClock.class);

    private final RewardService rewards;

    RewardClock(RewardService rewards) {
        this.rewards = rewards;
    }

    @Scheduled(cron = "${rada.rewards.term-badges-cron:0 20 3 * * *}", zone = "${rada.time-zone:Europe/Warsaw}")
    @SchedulerLock(name = "reward-term-badges", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void termBadges() {
        try {
            int awarded = SystemActor.call(rewards::awardTermBadges);
            if (awarded > 0) {
                log.info("Rewards: {} badges for a whole board term of votes", awarded);
            }
        } catch (RuntimeException e) {
            log.error("Rewards: term badges failed", e);
        }
    }
}
