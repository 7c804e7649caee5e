package app.rada.sessions.ui;

import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionRow;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sessions' card on the start page: for a member, the sessions they signed up for (the next first)
 * and the ones open to them; for staff, this week's sessions with their registrations.
 */
@org.springframework.stereotype.Component
class SessionStartCard implements StartCard {

    private static final int MINE = 3;
    private static final int OPEN = 3;
    private static final int WEEK = 8;

    private final SessionReadingService sessions;
    private final Clock clock;

    SessionStartCard(SessionReadingService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(StartContext context) {
        return Optional.of(context.user().isStaff() ? staff() : member());
    }

    private AgendaCard member() {
        var ui = UI.getCurrent();
        var card = new AgendaCard("start-sessions", ui.getTranslation("start.sessions.member.title"));
        for (var session : sessions.mineUpcoming(MINE)) {
            var state = session.myState() == null ? RegistrationState.REGISTERED : session.myState();
            card.item(session.title(), SessionNavigation.session(session.id()), when(session),
                    StatusBadge.of(ui.getTranslation(state.labelKey()), "session-state", state));
        }
        for (var session : sessions.openToMe(OPEN)) {
            card.item(session.title(), SessionNavigation.session(session.id()), when(session) + " · "
                    + ui.getTranslation("start.sessions.seats", session.seatsLeft()));
        }
        return card.whenEmpty(ui.getTranslation("start.sessions.member.empty"))
                .more(ui.getTranslation("start.sessions.all"), SessionNavigation.LIST);
    }

    private AgendaCard staff() {
        var ui = UI.getCurrent();
        var now = Instant.now(clock);
        var week = sessions.between(now, now.plus(Duration.ofDays(7)));
        var card = new AgendaCard("start-sessions", ui.getTranslation("start.sessions.staff.title"));
        for (var session : week.stream().limit(WEEK).toList()) {
            card.item(session.title(), SessionNavigation.session(session.id()), when(session) + " · "
                    + ui.getTranslation("start.sessions.registered", session.registered(), session.capacity()));
        }
        return card.whenEmpty(ui.getTranslation("start.sessions.staff.empty"))
                .more(ui.getTranslation("start.sessions.all"), SessionNavigation.LIST);
    }

    private static String when(SessionRow session) {
        return Formats.dateTime(session.startsAt(), UI.getCurrent().getLocale(), Formats.zone());
    }
}
