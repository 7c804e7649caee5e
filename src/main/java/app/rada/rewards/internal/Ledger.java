package app.rada.rewards.internal;

import app.rada.people.LoginAccount;
import app.rada.people.LoginAccounts;
import app.rada.rewards.Badge;
import app.rada.rewards.BadgeEarned;
import app.rada.rewards.EntryKind;
import app.rada.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earning points by the rules. Every listener of another module's event comes here with what caused the
 * points (kind, source id, person): the ledger row for that key is written at most once, so an event
 * delivered twice, or again after a restart, awards nothing the second time. A new kind of contribution
 * (a design session attended) needs only a listener that calls {@link #earn}.
 * <p>
 * Points are for members: staff and admins collect none. A daily cap counts the points of the rule the
 * person earned since the start of the day (in {@code rada.time-zone}); a contribution over the cap is
 * still written, with the points it could still earn (often zero), so its key is used up.
 */
@Component
public class Ledger {

    static final int SESSIONS_FOR_BADGE = 5;
    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final LedgerStore store;
    private final BadgeStyles styles;
    private final LoginAccounts people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Ledger(LedgerStore store, BadgeStyles styles, LoginAccounts people, ApplicationEventPublisher events, Clock clock,
           @Value("${rada.time-zone:Europe/Warsaw}") ZoneId zone) {
        this.store = store;
        this.styles = styles;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Awards the rule's points for one contribution. Returns the points written, or empty when nothing
     * was written (a staff member, an unknown person, or a contribution already in the ledger).
     */
    @Transactional
    public Optional<Integer> earn(EntryKind kind, long sourceId, long personId) {
        if (!kind.isRule()) {
            throw new IllegalArgumentException(kind + " is not earned by a rule");
        }
        var account = member(personId);
        if (account.isEmpty() || store.hasEntry(kind, sourceId, personId)) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        var organisationId = account.get().organisationId();
        store.ensureBalance(personId, organisationId, now);
        store.lockBalance(personId);
        var rule = store.rule(kind).orElseThrow(() -> new IllegalStateException("No rule for " + kind));
        int points = rule.points();
        if (rule.dailyCap() != null) {
            var startOfDay = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            points = Math.max(0, Math.min(points, rule.dailyCap() - store.earnedSince(personId, kind, startOfDay)));
        }
        if (!store.append(personId, organisationId, kind, sourceId, points, points, null, null, now)) {
            // delivered twice at the same moment: the other delivery wrote the row
            return Optional.empty();
        }
        if (points > 0 && !store.change(personId, points, points, organisationId, now)) {
            throw new IllegalStateException("Balance of person " + personId + " could not take " + points);
        }
        switch (kind) {
            case IDEA_SUBMITTED -> badge(personId, Badge.FIRST_IDEA, now);
            case IDEA_DONE -> badge(personId, Badge.FIRST_IDEA_DONE, now);
            case SESSION_ATTENDED -> {
                if (store.countOf(personId, EntryKind.SESSION_ATTENDED) >= SESSIONS_FOR_BADGE) {
                    badge(personId, Badge.FIVE_SESSIONS, now);
                }
            }
            default -> {
            }
        }
        return Optional.of(points);
    }

    /** Gives a badge a member has earned, once; staff collect none. */
    @Transactional
    public boolean badge(long personId, Badge badge) {
        return member(personId).isPresent() && badge(personId, badge, Instant.now(clock));
    }

    private boolean badge(long personId, Badge badge, Instant at) {
        // a retired badge is no longer awarded; those who earned it keep it
        if (!styles.retired(badge) && store.award(personId, badge, at)) {
            events.publishEvent(new BadgeEarned(personId, badge));
            return true;
        }
        return false;
    }

    /** The person if they collect points: known, and neither staff nor admin. */
    Optional<LoginAccount> member(long personId) {
        try {
            var account = people.findLoginAccountOf(personId);
            if (account.roles().contains(Role.STAFF) || account.roles().contains(Role.ADMIN)) {
                return Optional.empty();
            }
            return Optional.of(account);
        } catch (NoSuchElementException unknown) {
            log.warn("Points for unknown person {} ignored", personId);
            return Optional.empty();
        }
    }

    ZoneId zone() {
        return zone;
    }
}
