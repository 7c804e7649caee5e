package app.rada.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Problem;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UiKitTest extends KaribuTest {

    @Test
    void a_problem_shows_as_an_error_in_the_users_language() {
        loginAs("customer");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        var shown = Toasts.problem(new Problem("error.action-refused"));
        assertThat(shown.getThemeNames()).contains(NotificationVariant.ERROR.getVariantName());
        assertThat(shown.getPosition()).isEqualTo(Toasts.POSITION);
        expectNotifications("Nie masz uprawnień do tej czynności.");
    }

    @Test
    void success_and_error_share_one_position() {
        loginAs("customer");
        assertThat(Toasts.success("Saved").getPosition()).isEqualTo(Toasts.error("No").getPosition());
        assertThat(getNotifications()).hasSize(2);
    }

    @Test
    void undo_runs_its_action_only_when_clicked() {
        loginAs("customer");
        var undone = new AtomicInteger();
        var toast = Toasts.undo("Archived", undone::incrementAndGet);
        assertThat(undone).hasValue(0);
        _click(_get(toast, Button.class, spec -> spec.withText("Undo")));
        assertThat(undone).hasValue(1);
        assertThat(toast.isOpened()).isFalse();
    }

    @Test
    void a_confirmation_runs_its_action_only_on_confirm() {
        loginAs("customer");
        var done = new AtomicInteger();
        var dialog = Confirmations.ask("Close?", "It cannot be reopened.", "Close", done::incrementAndGet);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(done).hasValue(0);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertThat(done).hasValue(1);
    }

    @Test
    void a_page_header_names_the_trail_and_marks_the_current_page() {
        loginAs("customer");
        var header = new PageHeader("Checkout map", new PageHeader.Crumb("journeys", "Journey maps"));
        UI.getCurrent().add(header);
        assertThat(header.title().getText()).isEqualTo("Checkout map");
        var crumb = _get(header, Anchor.class);
        assertThat(crumb.getHref()).isEqualTo("journeys");
        assertThat(crumb.getText()).isEqualTo("Journey maps");
        assertThat(header.getElement().toString()).contains("aria-current=\"page\"").contains("You are here");
    }

    @Test
    void an_empty_state_says_its_sentence_and_offers_its_action() {
        loginAs("customer");
        var empty = new EmptyState("No ideas yet.", new Button("Share an idea"));
        UI.getCurrent().add(empty);
        assertThat(_get(empty, Paragraph.class).getText()).isEqualTo("No ideas yet.");
        assertThat(_get(empty, Button.class).getText()).isEqualTo("Share an idea");
    }

    @Test
    void a_listener_lives_only_while_its_component_is_attached() {
        loginAs("customer");
        var listening = new AtomicInteger();
        var panel = new Div();
        WhileAttached.listen(panel, ui -> {
            listening.incrementAndGet();
            return listening::decrementAndGet;
        });
        UI.getCurrent().add(panel);
        assertThat(listening).hasValue(1);
        UI.getCurrent().remove(panel);
        assertThat(listening).hasValue(0);
        UI.getCurrent().add(panel);
        UI.getCurrent().remove(panel);
        assertThat(listening).hasValue(0);
    }
}
