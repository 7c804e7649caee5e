package app.rada.ballots.ui;

import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotRow;
import app.rada.ballots.BallotStatus;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.WhileAttached;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The board's ballots: open ones with the time left (refreshed every minute), past ones with their
 * outcome, and for staff the drafts and a button to prepare a new ballot.
 */
@Route("ballots")
@RolesAllowed({Roles.BOARD_MEMBER, Roles.STAFF})
@Menu(order = 15, title = "nav.ballots", icon = "vaadin:check-square-o")
@StyleSheet("styles/ballots.css")
class BallotsView extends Main implements HasDynamicTitle {

    final Grid<BallotRow> open = new Grid<>();
    final Grid<BallotRow> past = new Grid<>();
    final @Nullable Grid<BallotRow> drafts;
    final @Nullable Button create;

    BallotsView(BallotReadingService ballots) {
        addClassNames("list-view", "ballots-view");
        boolean staff = CurrentUser.require().isStaff();
        var heading = new Div(new H1(getTranslation("ballots.title")));
        heading.addClassName("ballots-heading");
        if (staff) {
            create = new Button(getTranslation("ballots.new"), e -> getUI().ifPresent(ui -> ui.navigate(BallotNavigation.NEW)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("ballots-new");
            heading.add(create);
        } else {
            create = null;
        }
        add(heading, new Paragraph(getTranslation(staff ? "ballots.intro.staff" : "ballots.intro.board")));

        open.setId("ballots-open");
        open.addComponentColumn(this::link)
                .setHeader(getTranslation("ballots.column.title")).setFlexGrow(3);
        open.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("ballots.column.type"))
                .setAutoWidth(true);
        open.addColumn(r -> BallotTexts.timeLeft(this, getLocale(), r.closesAt(), Instant.now()) + " · "
                        + Formats.dateTime(r.closesAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("ballots.column.closes")).setAutoWidth(true);
        open.addColumn(r -> getTranslation("ballots.turnout.short", r.votes(), r.eligibleCount()))
                .setHeader(getTranslation("ballots.column.turnout")).setAutoWidth(true);
        open.addColumn(this::myState).setHeader(getTranslation("ballots.column.mine")).setAutoWidth(true);
        open.setItems(q -> ballots.list(BallotStatus.OPEN, q.getOffset(), q.getLimit()).stream(),
                q -> (int) ballots.count(BallotStatus.OPEN));
        open.setEmptyStateText(getTranslation("ballots.open.empty"));
        open.setAllRowsVisible(true);
        add(section("ballots.open", open));

        if (staff) {
            drafts = new Grid<>();
            drafts.setId("ballots-drafts");
            drafts.addComponentColumn(this::link)
                    .setHeader(getTranslation("ballots.column.title")).setFlexGrow(3);
            drafts.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("ballots.column.type"))
                    .setAutoWidth(true);
            drafts.addColumn(r -> Formats.dateTime(r.opensAt(), getLocale(), Formats.zone()))
                    .setHeader(getTranslation("ballots.column.opens")).setAutoWidth(true);
            drafts.setItems(q -> ballots.list(BallotStatus.DRAFT, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) ballots.count(BallotStatus.DRAFT));
            drafts.setEmptyStateText(getTranslation("ballots.drafts.empty"));
            drafts.setAllRowsVisible(true);
            add(section("ballots.drafts", drafts));
        } else {
            drafts = null;
        }

        past.setId("ballots-past");
        past.addComponentColumn(this::link)
                .setHeader(getTranslation("ballots.column.title")).setFlexGrow(3);
        past.addColumn(r -> r.closedAt() == null ? "" : Formats.date(r.closedAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("ballots.column.closed")).setAutoWidth(true);
        past.addComponentColumn(r -> r.outcome() == null ? new Span() : BallotTexts.outcome(this, r.outcome()))
                .setHeader(getTranslation("ballots.column.outcome")).setAutoWidth(true);
        past.addColumn(r -> getTranslation("ballots.turnout.short", r.votes(), r.eligibleCount()))
                .setHeader(getTranslation("ballots.column.turnout")).setAutoWidth(true);
        past.setItems(q -> ballots.list(BallotStatus.CLOSED, q.getOffset(), q.getLimit()).stream(),
                q -> (int) ballots.count(BallotStatus.CLOSED));
        past.setEmptyStateText(getTranslation("ballots.past.empty"));
        add(section("ballots.past", past));

        // the time left moves on: refresh the open ballots once a minute
        WhileAttached.listen(this, ui -> {
            ui.setPollInterval(60_000);
            var poll = ui.addPollListener(e -> open.getDataProvider().refreshAll());
            return () -> {
                ui.setPollInterval(-1);
                poll.remove();
            };
        });
    }

    private Anchor link(BallotRow row) {
        var link = new Anchor(BallotNavigation.ballot(row.id()), row.title());
        link.addClassName("ballot-link");
        return link;
    }

    private Section section(String titleKey, Grid<BallotRow> grid) {
        return Cards.section(getTranslation(titleKey), grid);
    }

    private String myState(BallotRow row) {
        if (!row.eligible()) {
            return getTranslation("ballots.mine.not-eligible");
        }
        return getTranslation(row.voted() ? "ballots.mine.voted" : "ballots.mine.waiting");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ballots");
    }
}
