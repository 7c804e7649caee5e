package app.rada.ballots.ui;

import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotRow;
import app.rada.ballots.BallotStatus;
import app.rada.shared.Role;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ballots' card on the start page: for a board member, the open ballots that wait for their vote;
 * for staff, the ballots closing soonest with their turnout.
 */
@org.springframework.stereotype.Component
class BallotStartCard implements StartCard {

    /** Open ballots read to find the ones waiting; a board rarely has more open at once. */
    private static final int OPEN_READ = 20;
    private static final int SHOWN = 5;

    private final BallotReadingService ballots;
    private final Clock clock;

    BallotStartCard(BallotReadingService ballots, Clock clock) {
        this.ballots = ballots;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(StartContext context) {
        var user = context.user();
        if (user.isStaff()) {
            return Optional.of(staff(ballots.list(BallotStatus.OPEN, 0, SHOWN), ballots.count(BallotStatus.OPEN)));
        }
        if (user.has(Role.BOARD_MEMBER)) {
            return Optional.of(board(ballots.list(BallotStatus.OPEN, 0, OPEN_READ)));
        }
        return Optional.empty();
    }

    private AgendaCard board(List<BallotRow> open) {
        var ui = UI.getCurrent();
        var now = Instant.now(clock);
        var waiting = open.stream().filter(b -> b.eligible() && !b.voted()).toList();
        var card = new AgendaCard("start-ballots", ui.getTranslation("start.ballots.board.title"));
        if (!waiting.isEmpty()) {
            card.summary(ui.getTranslation("start.ballots.board.summary", waiting.size()));
        }
        for (var ballot : waiting.stream().limit(SHOWN).toList()) {
            card.item(ballot.title(), BallotNavigation.ballot(ballot.id()), closes(ballot, now));
        }
        return card.whenEmpty(ui.getTranslation("start.ballots.board.empty"))
                .more(ui.getTranslation("start.ballots.all"), BallotNavigation.LIST);
    }

    private AgendaCard staff(List<BallotRow> closingSoon, long open) {
        var ui = UI.getCurrent();
        var now = Instant.now(clock);
        var card = new AgendaCard("start-ballots", ui.getTranslation("start.ballots.staff.title"));
        if (open > 0) {
            card.summary(ui.getTranslation("start.ballots.staff.summary", open));
        }
        for (var ballot : closingSoon) {
            int percent = ballot.eligibleCount() == 0 ? 0 : Math.round(100f * ballot.votes() / ballot.eligibleCount());
            card.item(ballot.title(), BallotNavigation.ballot(ballot.id()), ui.getTranslation("start.ballots.turnout",
                    ballot.votes(), ballot.eligibleCount(), percent) + " · " + closes(ballot, now));
        }
        return card.whenEmpty(ui.getTranslation("start.ballots.staff.empty"))
                .more(ui.getTranslation("start.ballots.all"), BallotNavigation.LIST);
    }

    private static String closes(BallotRow ballot, Instant now) {
        var ui = UI.getCurrent();
        var left = Duration.between(now, ballot.closesAt());
        return ui.getTranslation("start.ballots.closes", Formats.duration(left.isNegative() ? Duration.ZERO : left,
                ui.getLocale()));
    }
}
