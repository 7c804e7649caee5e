package app.rada.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.notifications.Channel;
import app.rada.notifications.NotificationKind;
import app.rada.notifications.NotificationService;
import app.rada.notifications.UnsubscribeTokens;
import app.rada.security.ui.LoginView;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationViewsTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    UnsubscribeTokens tokens;

    @Test
    void the_bell_counts_unread_notifications_and_updates_live_when_one_arrives() {
        var user = loginAs("customer");
        UI.getCurrent().navigate("");
        var bell = _get(NotificationBell.Bell.class);
        long unread = notifications.unreadCount(user.personId());
        assertThat(bell.badge.getText()).isEqualTo(unread == 0 ? "" : String.valueOf(unread));

        SystemActor.run(() -> notifications.notify(user.personId(), NotificationKind.ACCOUNT,
                "notifications.welcome", null, List.of(), null));
        MockVaadin.runUIQueue();
        assertThat(bell.badge.getText()).isEqualTo(String.valueOf(unread + 1));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, " + (unread + 1) + " unread");
    }

    @Test
    void the_list_shows_the_persons_notifications_and_marks_them_all_read() {
        var user = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        SystemActor.run(() -> notifications.notify(user.personId(), NotificationKind.ACCOUNT,
                "notifications.welcome", null, List.of(), null));
        UI.getCurrent().navigate("notifications");
        var view = _get(NotificationsView.class);
        assertThat(_size(view.list)).isGreaterThanOrEqualTo(1);
        _click(view.markAll);
        assertThat(notifications.unreadCount(user.personId())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void preferences_on_the_profile_are_saved_per_kind() {
        var user = loginAsEmail(freshMember(Role.BOARD_MEMBER, Language.EN));
        UI.getCurrent().navigate("me");
        Select<Channel> ballots = _get(Select.class, spec -> spec.withId("preference-ballots"));
        assertThat(ballots.getValue()).isEqualTo(Channel.EMAIL_NOW);
        ballots.setValue(Channel.DAILY_DIGEST);
        assertThat(notifications.preferences(user.personId()).get(NotificationKind.BALLOTS))
                .isEqualTo(Channel.DAILY_DIGEST);
    }

    @Test
    void an_unsubscribe_link_works_without_logging_in_and_a_broken_one_gets_a_clear_page() {
        var customer = loginAs("customer");
        logout();
        UI.getCurrent().navigate("unsubscribe/" + tokens.token(customer.personId(), NotificationKind.SESSIONS));
        assertThat(_get(H1.class, spec -> spec.withId("unsubscribe-done")).getText())
                .isEqualTo("You will get fewer e-mails");
        UI.getCurrent().navigate("unsubscribe/1.SESSIONS.forged");
        assertThat(_get(H1.class, spec -> spec.withId("unsubscribe-invalid")).getText())
                .isEqualTo("This link does not work");
    }

    @Test
    void notifications_are_refused_to_anonymous_visitors() {
        UI.getCurrent().navigate("notifications");
        _get(LoginView.class);
    }
}
