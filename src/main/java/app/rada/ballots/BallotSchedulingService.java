package app.rada.ballots;

import app.rada.ballots.internal.Ballot;
import app.rada.ballots.internal.BallotRepository;
import app.rada.ballots.internal.BallotStore;
import app.rada.ballots.internal.BallotTransitions;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ballots' clock, run as the system: opening and closing on time, reminding those who have not
 * voted, and telling the notifications who may vote.
 */
@Service
@Transactional(readOnly = true)
public class BallotSchedulingService {

    static final Duration FIRST_REMINDER = Duration.ofHours(48);
    static final Duration SECOND_REMINDER = Duration.ofHours(24);

    private final BallotRepository ballots;
    private final BallotStore store;
    private final BallotTransitions transitions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotSchedulingService(BallotRepository ballots, BallotStore store, BallotTransitions transitions,
                            ApplicationEventPublisher events, Clock clock) {
        this.ballots = ballots;
        this.store = store;
        this.transitions = transitions;
        this.events = events;
        this.clock = clock;
    }

    /** Opens drafts whose opening time has come. Returns how many opened. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int openDue() {
        var now = Instant.now(clock);
        int opened = 0;
        for (long id : ballots.dueToOpen(now)) {
            var ballot = ballots.findForUpdate(id).orElseThrow();
            if (ballot.getStatus() == BallotStatus.DRAFT) {
                transitions.openNow(ballot, now, CurrentUser.require());
                opened++;
            }
        }
        return opened;
    }

    /** Closes open ballots whose closing time has come. Returns how many closed. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int closeDue() {
        var now = Instant.now(clock);
        int closed = 0;
        for (long id : ballots.dueToClose(now)) {
            var ballot = ballots.findForUpdate(id).orElseThrow();
            if (ballot.getStatus() == BallotStatus.OPEN) {
                transitions.closeNow(ballot, now, CurrentUser.require(), null);
                closed++;
            }
        }
        return closed;
    }

    /**
     * Reminds eligible members who have not voted, 48 and 24 hours before closing, each once per
     * ballot. A reminder whose moment passed before the ballot opened is skipped. Returns how many
     * reminders (ballots × moments) went out.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int sendReminders() {
        var now = Instant.now(clock);
        int sent = 0;
        for (long id : ballots.dueForReminder(now.plus(FIRST_REMINDER), now.plus(SECOND_REMINDER))) {
            var ballot = ballots.findForUpdate(id).orElseThrow();
            if (ballot.getStatus() != BallotStatus.OPEN) {
                continue;
            }
            var opened = ballot.getOpenedAt() == null ? ballot.getOpensAt() : ballot.getOpenedAt();
            var first = ballot.getClosesAt().minus(FIRST_REMINDER);
            var second = ballot.getClosesAt().minus(SECOND_REMINDER);
            if (!ballot.isReminded48h() && !now.isBefore(first)) {
                if (now.isBefore(second) && !opened.isAfter(first)) {
                    sent += remind(ballot, 48);
                }
                ballot.reminded48h();
            }
            if (!ballot.isReminded24h() && !now.isBefore(second)) {
                if (!opened.isAfter(second)) {
                    sent += remind(ballot, 24);
                }
                ballot.reminded24h();
            }
        }
        return sent;
    }

    private int remind(Ballot ballot, int hours) {
        if (store.votedCount(ballot.getId()) == store.eligibleCount(ballot.getId())) {
            return 0;
        }
        events.publishEvent(new BallotReminderDue(ballot.getId(), ballot.getTitle(), hours));
        return 1;
    }
}
