package app.rada.home.ui;

import app.rada.shared.Role;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * For administrators, on the start page: the settings this installation still runs without, each with
 * what it costs and the variable that sets it.
 */
@org.springframework.stereotype.Component
class SetupCard implements StartCard {

    private final Environment environment;

    SetupCard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int order() {
        return 5;
    }

    /** The text keys of what is missing, in the order an administrator fixes them. */
    List<String> missing() {
        var missing = new ArrayList<String>();
        if (blank("spring.mail.host")) {
            missing.add("start.setup.mail");
        }
        if (environment.getProperty("rada.base-url", "").contains("localhost")) {
            missing.add("start.setup.base-url");
        }
        if (blank("rada.ballots.secret-key")) {
            missing.add("start.setup.ballot-key");
        }
        if (blank("rada.security.token-secret")) {
            missing.add("start.setup.token-secret");
        }
        if (environment.getProperty("rada.demo.enabled", Boolean.class, false)) {
            missing.add("start.setup.demo");
        }
        return missing;
    }

    private boolean blank(String key) {
        var value = environment.getProperty(key);
        return value == null || value.isBlank();
    }

    @Override
    public Optional<Component> create(StartContext context) {
        if (!context.user().has(Role.ADMIN)) {
            return Optional.empty();
        }
        var missing = missing();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        var card = new AgendaCard("start-setup", ui.getTranslation("start.setup.title"));
        card.summary(ui.getTranslation("start.setup.summary", missing.size()));
        for (var key : missing) {
            card.note(ui.getTranslation(key), ui.getTranslation(key + ".how"));
        }
        return Optional.of(card);
    }
}
