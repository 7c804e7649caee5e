package app.rada.notifications.ui;

import app.rada.notifications.Channel;
import app.rada.notifications.NotificationKind;
import app.rada.notifications.NotificationService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.ProfileSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.Optional;

/** On the profile page: how the person hears about each kind of notification. */
@org.springframework.stereotype.Component
class PreferencesSection implements ProfileSection {

    private final NotificationService notifications;

    PreferencesSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(RadaUser user) {
        var section = new Section();
        section.addClassName("card");
        section.setId("notification-preferences");
        section.add(new H2(section.getTranslation("notifications.preferences.title")),
                new Paragraph(section.getTranslation("notifications.preferences.intro")));
        var fields = new Div();
        fields.addClassName("filters");
        var chosen = notifications.preferences(user.personId());
        for (var kind : NotificationKind.values()) {
            var select = new Select<Channel>();
            select.setLabel(section.getTranslation(kind.labelKey()));
            select.setItems(Channel.values());
            select.setItemLabelGenerator(c -> section.getTranslation(c.labelKey()));
            select.setValue(chosen.get(kind));
            select.setId("preference-" + kind.name().toLowerCase(Locale.ROOT));
            select.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    notifications.choose(user.personId(), kind, e.getValue());
                    Notification.show(section.getTranslation("common.saved"), 2000, Notification.Position.BOTTOM_START);
                }
            });
            fields.add(select);
        }
        section.add(fields);
        return Optional.of(section);
    }
}
