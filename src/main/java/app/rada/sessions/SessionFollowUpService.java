package app.rada.sessions;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionSearchStore;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.Markdown;
import app.rada.shared.Problem;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a session: minutes, outcomes (and ideas grown from them), the pulse attendees answer and
 * what it adds up to.
 */
@Service
@Transactional(readOnly = true)
public class SessionFollowUpService {

    public static final int MINUTES_MAX = 20_000;

    private final SessionStore store;
    private final IdeaService ideas;
    private final Translations texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionAccess access;
    private final SessionSearchStore search;

    SessionFollowUpService(SessionStore store, IdeaService ideas, Translations texts,
                           ApplicationEventPublisher events, Clock clock, SessionAccess access,
                           SessionSearchStore search) {
        this.search = search;
        this.store = store;
        this.ideas = ideas;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void saveMinutes(long sessionId, String markdown) {
        var clean = markdown.strip();
        if (clean.length() > MINUTES_MAX) {
            throw new Problem("sessions.problem.minutes", MINUTES_MAX);
        }
        var session = access.locked(sessionId);
        session.writeMinutes(clean);
        search.replaceTerms(session);
    }

    /** Records an outcome: a short title and what was found or decided, in Markdown. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addOutcome(long sessionId, String title, String text) {
        var me = CurrentUser.require();
        var cleanTitle = title.strip();
        var cleanText = text.strip();
        if (cleanTitle.length() < IdeaDraft.TITLE_MIN || cleanTitle.length() > SessionOutcome.TITLE_MAX) {
            throw new Problem("sessions.problem.outcome-title", IdeaDraft.TITLE_MIN, SessionOutcome.TITLE_MAX);
        }
        if (cleanText.isEmpty() || cleanText.length() > SessionOutcome.TEXT_MAX) {
            throw new Problem("sessions.problem.outcome-text", SessionOutcome.TEXT_MAX);
        }
        var session = access.locked(sessionId);
        if (session.getStatus() == SessionStatus.DRAFT) {
            throw new Problem("sessions.problem.not-open");
        }
        long id = store.addOutcome(sessionId, cleanTitle, cleanText, me.personId(), Instant.now(clock));
        events.publishEvent(new SessionOutcomeRecorded(sessionId, id, null));
        return id;
    }

    /**
     * Turns an outcome into an idea in one step: submitted by the staff member, tied to the session's
     * first touchpoint (if any), and linked to the session. Returns the idea's id.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long turnIntoIdea(long outcomeId) {
        var me = CurrentUser.require();
        var outcome = store.outcome(outcomeId).orElseThrow(() -> new NoSuchElementException("outcome " + outcomeId));
        var session = access.locked(outcome.sessionId());
        if (outcome.ideaId() != null) {
            throw new Problem("sessions.problem.already-idea");
        }
        var zone = ZoneId.of(session.getTimeZone());
        var locale = me.language().locale();
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).withZone(zone).format(session.getStartsAt());
        var description = outcome.text() + "\n\n" + texts.getTranslation("sessions.idea.from-session", locale,
                session.getTitle(), when);
        var touchpoint = session.getTouchpointIds().isEmpty() ? null : session.getTouchpointIds().getFirst();
        long ideaId = ideas.submit(new IdeaDraft(outcome.title(), description, null, List.of(), Visibility.MEMBERS,
                touchpoint), List.of());
        if (!store.linkIdea(outcomeId, ideaId)) {
            throw new Problem("sessions.problem.already-idea");
        }
        events.publishEvent(new SessionOutcomeRecorded(session.getId(), outcomeId, ideaId));
        return ideaId;
    }

    /** The caller answers the pulse (or changes their answer): only after a session they attended. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void answerPulse(long sessionId, PulseAnswer answer) {
        var me = CurrentUser.require();
        var session = access.visible(sessionId, me);
        var registration = store.registration(sessionId, me.personId())
                .filter(r -> r.attendance() == Attendance.ATTENDED)
                .orElseThrow(() -> new Problem("sessions.problem.pulse-not-attended"));
        var now = Instant.now(clock);
        if (now.isBefore(session.getEndsAt()) || session.getStatus() != SessionStatus.SCHEDULED) {
            throw new Problem("sessions.problem.pulse-early");
        }
        if (answer.effort() < 1 || answer.effort() > 7 || answer.recommend() < 0 || answer.recommend() > 10) {
            throw new Problem("sessions.problem.pulse-range");
        }
        var comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
        if (comment != null && comment.length() > PulseAnswer.COMMENT_MAX) {
            throw new Problem("sessions.problem.pulse-comment", PulseAnswer.COMMENT_MAX);
        }
        store.savePulse(sessionId, registration.personId(), new PulseAnswer(answer.effort(), answer.recommend(), comment),
                now);
        events.publishEvent(new SessionPulseAnswered(sessionId, me.personId(), answer.effort(), answer.recommend()));
    }

    /** What one session's pulse adds up to, with its latest comments (without names). */
    @PreAuthorize(Access.STAFF)
    public PulseResults pulseResults(long sessionId) {
        access.session(sessionId);
        return store.pulseResults(sessionId, 50);
    }

    /** The pulse of every session held that ended between two moments, for the dashboard. */
    @PreAuthorize(Access.STAFF)
    public PulseFigures pulseFigures(Instant from, Instant to) {
        return new PulseFigures(from, to, store.heldBetween(from, to), store.attendedBetween(from, to),
                store.pulseResults(from, to));
    }
}
