package app.rada.dashboard.internal;

import app.rada.ballots.BallotVoteCast;
import app.rada.ideas.IdeaCommented;
import app.rada.ideas.IdeaSubmitted;
import app.rada.ideas.IdeaVoted;
import app.rada.journeys.AnnotationAdded;
import app.rada.people.PeopleService;
import app.rada.people.api.PeopleFacts;
import app.rada.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks a member active in the current month when they submit, vote, comment, annotate or vote in a
 * ballot, with their organisation and segment of that moment. Staff are not counted. Delivering an event
 * twice changes nothing: a person is active in a month or not.
 */
@Component
class ActivityListeners {

    private final ActivityStore store;
    private final PeopleService people;
    private final PeopleFacts directory;
    private final Clock clock;
    private final ZoneId zone;

    ActivityListeners(ActivityStore store, PeopleService people, PeopleFacts directory, Clock clock,
                      @Value("${rada.time-zone:Europe/Warsaw}") ZoneId zone) {
        this.store = store;
        this.people = people;
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    @ApplicationModuleListener
    void on(IdeaSubmitted event) {
        active(event.authorId());
    }

    @ApplicationModuleListener
    void on(IdeaVoted event) {
        if (event.voted()) {
            active(event.personId());
        }
    }

    @ApplicationModuleListener
    void on(IdeaCommented event) {
        active(event.authorId());
    }

    @ApplicationModuleListener
    void on(AnnotationAdded event) {
        active(event.authorId());
    }

    @ApplicationModuleListener
    void on(BallotVoteCast event) {
        active(event.personId());
    }

    void active(long personId) {
        var month = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        if (store.known(month, personId)) {
            return;
        }
        try {
            var account = people.findLoginAccountOf(personId);
            if (account.roles().contains(Role.STAFF) || account.roles().contains(Role.ADMIN)) {
                return;
            }
            var organisationId = account.organisationId();
            var segmentId = organisationId == null ? null
                    : directory.segmentOf(organisationId).orElse(null);
            store.add(month, personId, organisationId, segmentId);
        } catch (NoSuchElementException unknown) {
            // a person who is gone leaves no trace
        }
    }
}
