package app.rada.notifications.ui;

import app.rada.people.ui.PeopleNavigation;
import app.rada.notifications.NotificationService;
import app.rada.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where an e-mail's unsubscribe link leads: that kind of e-mail stops, and the page says so. */
@Route(value = "unsubscribe", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final NotificationService notifications;
    private final Div card = new Div();

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("login-view");
        var top = new Div(new LanguageSwitch());
        top.addClassName("login-top");
        card.addClassName("login-column");
        add(top, card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        card.removeAll();
        var subject = notifications.unsubscribe(token);
        if (subject.isPresent()) {
            var heading = new H1(getTranslation("unsubscribe.done.title"));
            heading.setId("unsubscribe-done");
            card.add(heading, new Paragraph(getTranslation("unsubscribe.done.text",
                    getTranslation(subject.get().kind().labelKey()))), new Anchor(PeopleNavigation.PROFILE, getTranslation("unsubscribe.preferences")));
        } else {
            var heading = new H1(getTranslation("unsubscribe.invalid.title"));
            heading.setId("unsubscribe-invalid");
            card.add(heading, new Paragraph(getTranslation("unsubscribe.invalid.text")),
                    new Anchor(PeopleNavigation.PROFILE, getTranslation("unsubscribe.preferences")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.done.title");
    }
}
