package app.rada.notifications.ui;

import app.rada.notifications.NotificationItem;
import app.rada.notifications.NotificationService;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every notification of the person, newest first, with what it is about and a way to mark it read. */
@Route("notifications")
@PermitAll
@Menu(order = 50, title = "nav.notifications", icon = "vaadin:bell")
class NotificationsView extends Main implements HasDynamicTitle {

    final Grid<NotificationItem> list = new Grid<>();
    final Button markAll = new Button();

    NotificationsView(NotificationService notifications) {
        addClassName("list-view");
        long me = CurrentUser.require().personId();
        markAll.setText(getTranslation("notifications.mark-all"));
        markAll.setId("mark-all-read");
        markAll.addClickListener(e -> {
            notifications.markAllRead(me);
            list.getDataProvider().refreshAll();
        });
        list.addComponentColumn(item -> {
            var title = new Span(getTranslation(item.titleKey(), item.args().toArray()));
            title.addClassName("notification-title");
            var when = new Span(Formats.dateTime(item.createdAt(), getLocale(), Formats.zone()));
            when.addClassName("notification-time");
            var box = new Div(title, when);
            if (item.bodyKey() != null) {
                var body = new Span(getTranslation(item.bodyKey(), item.args().toArray()));
                body.addClassName("notification-body");
                box.add(body);
            }
            box.addClassName(item.read() ? "notification-read" : "notification-unread");
            return box;
        }).setHeader(getTranslation("nav.notifications")).setFlexGrow(1);
        list.addComponentColumn(item -> {
            var actions = new Div();
            actions.addClassName("row-actions");
            if (item.link() != null) {
                var open = new Button(getTranslation("notifications.open"), e -> {
                    notifications.markRead(item.id());
                    UI.getCurrent().navigate(item.link());
                });
                open.addThemeVariants(ButtonVariant.SMALL);
                actions.add(open);
            }
            if (!item.read()) {
                var read = new Button(getTranslation("notifications.mark-read"), e -> {
                    notifications.markRead(item.id());
                    list.getDataProvider().refreshAll();
                });
                read.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                actions.add(read);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        list.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        list.setItems(q -> notifications.page(me, q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.count(me));
        list.setEmptyStateText(getTranslation("notifications.empty"));
        list.setId("notification-list");
        add(markAll, list);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
