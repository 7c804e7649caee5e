package app.rada.ideas;

import app.rada.ideas.internal.AgendaStore;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the ideas ask of the reader on the start page, and what happened to what they said. */
@Service
@Transactional(readOnly = true)
public class IdeaAgendaService {

    /** The promise every member reads: a first answer within a week. */
    public static final Duration FIRST_ANSWER_TARGET = Duration.ofDays(7);
    private static final int LIMIT_MAX = 20;

    private final AgendaStore agenda;
    private final Clock clock;

    IdeaAgendaService(AgendaStore agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    /** Answers and status changes on the caller's ideas and the ones they follow since the moment. */
    @PreAuthorize(Access.MEMBER)
    public List<IdeaNews> newsSince(Instant since, int limit) {
        var me = CurrentUser.require();
        return agenda.news(me.personId(), me.isStaff(), since, bounded(limit));
    }

    /** Done ideas that wait for the caller's "did this solve it?". */
    @PreAuthorize(Access.MEMBER)
    public List<WaitingIdea> pulseWaiting(int limit) {
        var me = CurrentUser.require();
        return agenda.pulseWaiting(me.personId(), me.isStaff(), bounded(limit));
    }

    /** New ideas without a first answer, oldest first, with the counts against the week's target. */
    @PreAuthorize(Access.STAFF)
    public FirstAnswers firstAnswers(int limit) {
        var counts = agenda.awaitingCounts(Instant.now(clock).minus(FIRST_ANSWER_TARGET),
                FirstAnswers.COUNTED + 1);
        return new FirstAnswers(agenda.awaitingFirstAnswer(bounded(limit)), counts[0], counts[1], FIRST_ANSWER_TARGET);
    }

    /** Reports staff have not dealt with yet. */
    @PreAuthorize(Access.STAFF)
    public long openReports() {
        return agenda.openReports();
    }

    private static int bounded(int limit) {
        return Math.min(Math.max(limit, 1), LIMIT_MAX);
    }
}
