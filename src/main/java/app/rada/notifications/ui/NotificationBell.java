package app.rada.notifications.ui;

import app.rada.notifications.LiveNotifications;
import app.rada.notifications.NotificationService;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.HeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;

/** The bell in the header: the number of unread notifications, kept current while the page is open. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationService notifications;
    private final LiveNotifications live;

    NotificationBell(NotificationService notifications, LiveNotifications live) {
        this.notifications = notifications;
        this.live = live;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(RadaUser user) {
        return Optional.of(new Bell(user.personId()));
    }

    /** The bell of one page. */
    final class Bell extends Button {

        final Span badge = new Span();
        private final long personId;
        private Runnable stopListening = () -> { };

        Bell(long personId) {
            this.personId = personId;
            setIcon(VaadinIcon.BELL.create());
            addThemeVariants(ButtonVariant.TERTIARY);
            addClassName("notification-bell");
            setId("notification-bell");
            badge.addClassName("bell-badge");
            badge.getElement().setAttribute("aria-hidden", "true");
            getElement().appendChild(badge.getElement());
            addClickListener(e -> UI.getCurrent().navigate("notifications"));
            show(notifications.unreadCount(personId));
            addAttachListener(e -> {
                var ui = e.getUI();
                // runs in the owner's session, so the count is read with their own rights
                stopListening = live.listen(personId, id -> ui.access(() -> {
                    // a bell left from a login that has ended in this browser stays as it is
                    if (CurrentUser.get().map(u -> u.personId() == personId).orElse(false)) {
                        show(notifications.unreadCount(personId));
                    }
                }));
            });
            addDetachListener(e -> stopListening.run());
        }

        void show(long unread) {
            badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            setAriaLabel(getTranslation("notifications.bell", unread));
            setTooltipText(getTranslation("notifications.bell", unread));
        }
    }
}
