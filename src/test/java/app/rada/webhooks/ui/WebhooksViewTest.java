package app.rada.webhooks.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import app.rada.webhooks.Receiver;
import app.rada.webhooks.WebhookEvent;
import app.rada.webhooks.WebhookFormat;
import app.rada.webhooks.internal.WebhookSender;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WebhooksViewTest extends KaribuTest {

    @Autowired
    WebhookSender sender;

    @Autowired
    JdbcTemplate jdbc;

    private final Receiver receiver = Receiver.onFreePort();

    @AfterEach
    void quiet() {
        jdbc.update("update webhook_endpoint set enabled = false");
        receiver.stop();
    }

    private WebhooksView open() {
        UI.getCurrent().navigate("admin/webhooks");
        return _get(WebhooksView.class);
    }

    /** The button of an endpoint's row with this accessible name. */
    private static Button button(WebhooksView view, String endpointName, String label) {
        var items = view.endpoints.getGenericDataView().getItems().map(e -> e.name()).toList();
        var cell = GridKt._getCellComponent(view.endpoints, items.indexOf(endpointName), "actions");
        return cell.getChildren().map(Button.class::cast)
                .filter(b -> label.equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
    }

    @Test
    void admin_sees_the_demo_endpoint_adds_one_sees_its_secret_once_sends_a_test_and_sees_it_delivered() {
        receiver.start();
        loginAs("admin");
        var view = open();
        int before = _size(view.endpoints);
        assertThat(before).isGreaterThanOrEqualTo(1);
        assertThat(view.endpoints.getGenericDataView().getItems()
                .anyMatch(e -> e.url().contains("example.invalid") && !e.enabled() && e.format() == WebhookFormat.SLACK))
                .isTrue();

        var name = "Support desk " + UUID.randomUUID();
        _click(_get(Button.class, spec -> spec.withId("webhook-new")));
        var form = _get(EndpointForm.class);
        form.name.setValue(name);
        form.url.setValue(receiver.url());
        form.events.setValue(Set.of(WebhookEvent.IDEA_SUBMITTED, WebhookEvent.IDEA_VOTED));
        form.format.setValue(WebhookFormat.STANDARD);
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));

        var secret = _get(TextField.class, spec -> spec.withId("webhook-secret"));
        assertThat(secret.getValue()).startsWith("whsec_");
        assertThat(secret.isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));
        assertThat(_find(TextField.class, spec -> spec.withId("webhook-secret"))).isEmpty();

        assertThat(_size(view.endpoints)).isEqualTo(before + 1);
        int row = view.endpoints.getGenericDataView().getItems().map(e -> e.name()).toList().indexOf(name);
        assertThat(_getFormattedRow(view.endpoints, row)).contains(name, receiver.url(),
                "Signed JSON (Standard Webhooks)", "2 events");

        _click(button(view, name, "Send a test event to the endpoint " + name));
        sender.deliverDue();
        _click(button(view, name, "Show the deliveries to the endpoint " + name));
        assertThat(view.deliveriesTitle.getText()).isEqualTo("Deliveries to " + name);
        assertThat(_size(view.deliveries)).isEqualTo(1);
        assertThat(_getFormattedRow(view.deliveries, 0)).contains("Test", "1", "200", "ok, thanks");
        assertThat(view.deliveries.getGenericDataView().getItems().findFirst().orElseThrow().status().name())
                .isEqualTo("DELIVERED");
        assertThat(receiver.received()).hasSize(1);

        var replay = (Button) GridKt._getCellComponent(view.deliveries, 0, "replay");
        assertThat(replay.getElement().getAttribute("aria-label")).isEqualTo("Send the delivery "
                + view.deliveries.getGenericDataView().getItems().findFirst().orElseThrow().id() + " again");
        _click(replay);
        assertThat(_size(view.deliveries)).isEqualTo(2);
    }

    @Test
    void a_private_address_is_refused_when_saved_and_an_empty_name_on_the_field_in_polish() {
        loginAs("admin");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        var view = open();
        int before = _size(view.endpoints);
        _click(_get(Button.class, spec -> spec.withId("webhook-new")));
        var form = _get(EndpointForm.class);
        form.url.setValue("ftp://example.com/hook");
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Nadaj adresowi nazwę.");
        assertThat(form.url.getErrorMessage()).isEqualTo("Wpisz adres zaczynający się od http:// lub https://.");
        assertThat(_size(view.endpoints)).isEqualTo(before);
    }

    @Test
    void a_new_secret_is_asked_for_and_then_shown() {
        loginAs("admin");
        var view = open();
        var demo = view.endpoints.getGenericDataView().getItems().filter(e -> e.url().contains("example.invalid"))
                .findFirst().orElseThrow();
        _click(button(view, demo.name(), "Make a new secret for the endpoint " + demo.name()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-secret")).getValue()).startsWith("whsec_");
    }

    @Test
    void staff_board_members_and_customers_cannot_open_the_webhooks_page() {
        for (var role : List.of("staff", "board", "customer")) {
            loginAs(role);
            UI.getCurrent().navigate("admin/webhooks");
            assertThat(_find(WebhooksView.class)).isEmpty();
            _get(NoAccessView.class);
        }
    }
}
