package app.rada.journeys;

import app.rada.journeys.internal.AgendaQueries;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the journey maps ask of a member on the start page. */
@Service
@Transactional(readOnly = true)
public class JourneyAgendaService {

    private final AgendaQueries queries;

    JourneyAgendaService(AgendaQueries queries) {
        this.queries = queries;
    }

    /** Published maps with touchpoints the caller has not annotated yet. */
    @PreAuthorize(Access.MEMBER)
    public List<MapToAnnotate> mapsToAnnotate(int limit) {
        return queries.mapsToAnnotate(CurrentUser.require().personId(), Math.min(Math.max(limit, 1), 10));
    }
}
