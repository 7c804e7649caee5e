package app.rada.ideas;

import app.rada.ideas.internal.TriageStore;
import app.rada.people.PeopleService;
import app.rada.shared.security.Access;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What members reported as out of place on ideas and comments, for staff to look at and close. */
@Service
@Transactional(readOnly = true)
public class IdeaReportService {

    private final TriageStore triage;
    private final PeopleService people;
    private final Clock clock;

    IdeaReportService(TriageStore triage, PeopleService people, Clock clock) {
        this.triage = triage;
        this.people = people;
        this.clock = clock;
    }

    /** Open reports, oldest first. */
    @PreAuthorize(Access.STAFF)
    public List<IdeaReport> reports(int offset, int limit) {
        var stored = triage.openReports(Math.max(offset, 0), Math.min(Math.max(limit, 1), TriageService.PAGE_MAX));
        var names = people.displayNames(stored.stream().map(TriageStore.StoredReport::reporterId).toList());
        return stored.stream().map(r -> new IdeaReport(r.id(), r.ideaId(), r.ideaTitle(), r.commentId(),
                r.reporterId(), names.getOrDefault(r.reporterId(), Optional.empty()), r.reason(), r.at())).toList();
    }

    @PreAuthorize(Access.STAFF)
    public long countReports() {
        return triage.countOpenReports();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void resolveReport(long reportId) {
        if (!triage.resolveReport(reportId, Instant.now(clock)) && !triage.reportExists(reportId)) {
            throw new NoSuchElementException("report " + reportId);
        }
    }
}
