package app.rada.home;

import app.rada.home.internal.VisitStore;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers when each person opens the start page, so it can show what changed "since your last visit".
 * Opening it again within half an hour counts as the same visit: a reload does not make the news vanish.
 */
@Service
public class VisitService {

    /** Opening the start page again within this time is the same visit. */
    static final Duration SAME_VISIT = Duration.ofMinutes(30);
    /** What a first visit looks back over. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(14);

    private final VisitStore visits;
    private final Clock clock;

    VisitService(VisitStore visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    /** Records that the caller opened the start page now; the moment their previous visit began. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public Instant openStartPage() {
        long me = CurrentUser.require().personId();
        // stored to the millisecond, so a reload returns exactly what the first opening did
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        var known = visits.of(me);
        if (known.isEmpty()) {
            var since = now.minus(FIRST_LOOK_BACK);
            visits.save(me, since, now);
            return since;
        }
        var last = known.get();
        if (Duration.between(last.current(), now).compareTo(SAME_VISIT) < 0) {
            visits.save(me, last.previous(), now);
            return last.previous();
        }
        visits.save(me, last.current(), now);
        return last.current();
    }
}
