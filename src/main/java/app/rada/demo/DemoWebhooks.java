package app.rada.demo;

import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.SystemActor;
import app.rada.webhooks.EndpointDraft;
import app.rada.webhooks.WebhookEvent;
import app.rada.webhooks.WebhookFormat;
import app.rada.webhooks.WebhookService;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's webhook: one example endpoint for a team channel, switched off and pointing at an
 * address that never resolves, so administrators see how the page looks filled without anything leaving.
 */
@Component
@Order(95)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoWebhooks implements ApplicationRunner {

    static final String EXAMPLE_URL = "https://hooks.example.invalid/services/rada-demo";

    private final WebhookService webhooks;
    private final PeopleService people;
    private final DemoSettings settings;
    private final Translations texts;

    DemoWebhooks(WebhookService webhooks, PeopleService people, DemoSettings settings, Translations texts) {
        this.webhooks = webhooks;
        this.people = people;
        this.settings = settings;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (people.findLoginAccount("admin" + DemoSettings.DOMAIN).isEmpty() || webhooks.countEndpoints() > 0) {
                return;
            }
            webhooks.create(new EndpointDraft(texts.getTranslation("webhooks.demo.name", settings.language().locale()),
                    EXAMPLE_URL, EnumSet.of(WebhookEvent.IDEA_SUBMITTED, WebhookEvent.IDEA_STATUS_CHANGED),
                    WebhookFormat.SLACK, false));
        });
    }
}
