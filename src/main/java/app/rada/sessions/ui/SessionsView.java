package app.rada.sessions.ui;

import app.rada.sessions.SessionList;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionRow;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Design sessions: the month calendar, upcoming sessions with free seats and the member's own place,
 * and past ones. Members see only the sessions whose audience includes them; staff also see drafts
 * and cancelled sessions, and start a new one.
 */
@Route("sessions")
@PermitAll
@Menu(order = 17, title = "nav.sessions", icon = "vaadin:calendar-user")
@StyleSheet("styles/sessions.css")
class SessionsView extends Main implements HasDynamicTitle {

    private final SessionReadingService sessions;
    final Grid<SessionRow> upcoming = new Grid<>();
    final Grid<SessionRow> past = new Grid<>();
    final @Nullable Grid<SessionRow> drafts;
    final @Nullable Grid<SessionRow> cancelled;
    final @Nullable Button create;
    final Div calendar = new Div();
    final Button previousMonth = new Button();
    final Button nextMonth = new Button();
    YearMonth month;

    SessionsView(SessionReadingService sessions) {
        this.sessions = sessions;
        addClassNames("list-view", "sessions-view");
        boolean staff = CurrentUser.require().isStaff();
        var heading = new Div(new H1(getTranslation("sessions.title")));
        heading.addClassName("sessions-heading");
        if (staff) {
            create = new Button(getTranslation("sessions.new"),
                    e -> getUI().ifPresent(ui -> ui.navigate(SessionNavigation.NEW)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("sessions-new");
            heading.add(create);
        } else {
            create = null;
        }
        add(heading, new Paragraph(getTranslation(staff ? "sessions.intro.staff" : "sessions.intro")));

        month = YearMonth.now(Formats.zone());
        previousMonth.setText(getTranslation("sessions.calendar.previous"));
        previousMonth.setId("calendar-previous");
        previousMonth.addClickListener(e -> showMonth(month.minusMonths(1)));
        nextMonth.setText(getTranslation("sessions.calendar.next"));
        nextMonth.setId("calendar-next");
        nextMonth.addClickListener(e -> showMonth(month.plusMonths(1)));
        calendar.setId("sessions-calendar");
        calendar.addClassName("sessions-calendar");
        var monthSection = new Section(new H2(getTranslation("sessions.calendar")), calendar);
        monthSection.addClassNames("card", "sessions-month");
        showMonth(month);

        configure(upcoming, "sessions-upcoming", SessionList.UPCOMING, "sessions.upcoming.empty", true);
        add(section("sessions.upcoming", upcoming), monthSection);
        configure(past, "sessions-past", SessionList.PAST, "sessions.past.empty", false);
        add(section("sessions.past", past));
        if (staff) {
            drafts = new Grid<>();
            configure(drafts, "sessions-drafts", SessionList.DRAFTS, "sessions.drafts.empty", true);
            cancelled = new Grid<>();
            configure(cancelled, "sessions-cancelled", SessionList.CANCELLED, "sessions.cancelled.empty", false);
            add(section("sessions.drafts", drafts), section("sessions.cancelled", cancelled));
        } else {
            drafts = null;
            cancelled = null;
        }
    }

    private void configure(Grid<SessionRow> grid, String id, SessionList list, String emptyKey, boolean seats) {
        grid.setId(id);
        grid.addComponentColumn(this::link).setHeader(getTranslation("sessions.column.title")).setFlexGrow(3);
        grid.addColumn(r -> Formats.dateTime(r.startsAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("sessions.column.when")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.format().labelKey())).setHeader(getTranslation("sessions.column.format"))
                .setAutoWidth(true);
        if (seats) {
            grid.addColumn(this::seats).setHeader(getTranslation("sessions.column.seats")).setAutoWidth(true);
            grid.addColumn(r -> r.myState() == null ? "" : getTranslation(r.myState().labelKey()))
                    .setHeader(getTranslation("sessions.column.mine")).setAutoWidth(true);
        }
        grid.setItems(q -> sessions.list(list, q.getOffset(), q.getLimit()).stream(),
                q -> (int) sessions.count(list));
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
    }

    private String seats(SessionRow row) {
        return row.seatsLeft() == 0 ? getTranslation("sessions.seats.full")
                : getTranslation("sessions.seats.left", row.seatsLeft(), row.capacity());
    }

    private Anchor link(SessionRow row) {
        var link = new Anchor(SessionNavigation.session(row.id()), row.title());
        link.addClassName("session-link");
        return link;
    }

    private Section section(String titleKey, Grid<SessionRow> grid) {
        return Cards.section(getTranslation(titleKey), grid);
    }

    /** Draws a month as a table of weeks, Monday first, each day listing its sessions. */
    void showMonth(YearMonth shown) {
        month = shown;
        calendar.removeAll();
        var zone = Formats.zone();
        var locale = getLocale();
        var from = shown.atDay(1).atStartOfDay(zone).toInstant();
        var to = shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, List<SessionRow>> byDay = sessions.between(from, to).stream()
                .collect(Collectors.groupingBy(r -> LocalDate.ofInstant(r.startsAt(), zone)));
        var title = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(shown);
        var label = new Span(title);
        label.setId("calendar-month");
        label.addClassName("calendar-month");
        label.getElement().setAttribute("aria-live", "polite");
        var navigation = new Div(previousMonth, label, nextMonth);
        navigation.addClassName("calendar-navigation");

        var table = new NativeTable();
        table.addClassName("calendar-table");
        var caption = new NativeTableCaption();
        caption.setText(getTranslation("sessions.calendar.caption", title));
        caption.addClassName("visually-hidden");
        table.add(caption);
        var head = new NativeTableRow();
        for (int d = 0; d < 7; d++) {
            var day = DayOfWeek.MONDAY.plus(d);
            var cell = new NativeTableHeaderCell(day.getDisplayName(TextStyle.SHORT, locale));
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, locale));
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        var body = new NativeTableBody();
        var first = shown.atDay(1);
        var cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        var today = LocalDate.now(zone);
        var timeFormat = DateTimeFormatter.ofPattern("HH:mm", locale);
        while (!cursor.isAfter(shown.atEndOfMonth())) {
            var week = new NativeTableRow();
            for (int d = 0; d < 7; d++) {
                var cell = new NativeTableCell();
                cell.addClassName("calendar-day");
                if (YearMonth.from(cursor).equals(shown)) {
                    var number = new Span(String.valueOf(cursor.getDayOfMonth()));
                    number.addClassName("calendar-day-number");
                    cell.add(number);
                    if (cursor.equals(today)) {
                        cell.addClassName("calendar-today");
                    }
                    var items = new ArrayList<>(byDay.getOrDefault(cursor, List.of()));
                    for (var row : items) {
                        var link = new Anchor(SessionNavigation.session(row.id()),
                                timeFormat.format(row.startsAt().atZone(zone)) + " " + row.title());
                        link.addClassName("calendar-session");
                        if (row.myState() != null) {
                            link.addClassName("calendar-session-mine");
                        }
                        cell.add(link);
                    }
                } else {
                    cell.addClassName("calendar-outside");
                }
                week.add(cell);
                cursor = cursor.plusDays(1);
            }
            body.add(week);
        }
        table.add(body);
        var scroller = new Div(table);
        scroller.addClassName("calendar-scroller");
        calendar.add(navigation, scroller);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }
}
