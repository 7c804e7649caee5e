package app.rada.security;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Tells a person whose rights changed while their page was open why it reloaded (and perhaps shows
 * "No access" now): once, on the first page after {@link AccountStampsFilter} renewed their login.
 */
@Component
class RightsChangedNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
            if (session == null || session.getAttribute(AccountStampsFilter.RIGHTS_CHANGED) == null) {
                return;
            }
            session.removeAttribute(AccountStampsFilter.RIGHTS_CHANGED);
            var ui = init.getUI();
            var notice = Notification.show(ui.getTranslation("rights.changed"), 8000, Notification.Position.TOP_CENTER);
            notice.setId("rights-changed");
        }));
    }
}
