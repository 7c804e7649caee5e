package app.rada.demo;

import app.rada.api.ApiScope;
import app.rada.api.ApiTokenService;
import app.rada.api.TokenDraft;
import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.SystemActor;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's API tokens, made by the demo administrator: one for an issue tracker that reads and
 * answers ideas, and an older one for a CRM export, revoked. Their secrets are thrown away as they are made
 * (only their hashes are stored), so nobody can call with them; the page shows how tokens look in use.
 */
@Component
@Order(96)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoApiTokens implements ApplicationRunner {

    private final ApiTokenService tokens;
    private final PeopleService people;
    private final DemoSettings settings;
    private final Translations texts;

    DemoApiTokens(ApiTokenService tokens, PeopleService people, DemoSettings settings, Translations texts) {
        this.tokens = tokens;
        this.people = people;
        this.settings = settings;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = SystemActor.call(() -> people.findLoginAccount("admin" + DemoSettings.DOMAIN));
        if (admin.isEmpty()) {
            return;
        }
        SystemActor.callAs(admin.get().asUser(), () -> {
            if (tokens.count() > 0) {
                return null;
            }
            var locale = settings.language().locale();
            var crm = tokens.create(new TokenDraft(texts.getTranslation("api.demo.crm", locale),
                    EnumSet.of(ApiScope.READ, ApiScope.STAFF)));
            tokens.revoke(crm.id());
            tokens.create(new TokenDraft(texts.getTranslation("api.demo.tracker", locale),
                    EnumSet.of(ApiScope.READ, ApiScope.WRITE, ApiScope.STAFF)));
            return null;
        });
    }
}
