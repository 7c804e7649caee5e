package app.rada.mail.ui;

import app.rada.mail.MailOutbox;
import app.rada.mail.MailStatus;
import app.rada.mail.OutboxFilter;
import app.rada.shared.Role;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** For administrators, on the start page: mail that could not be delivered. */
@org.springframework.stereotype.Component
class MailStartCard implements StartCard {

    private static final int SHOWN = 5;

    private final MailOutbox outbox;
    private final Clock clock;

    MailStartCard(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 26;
    }

    @Override
    public Optional<Component> create(StartContext context) {
        if (!context.user().has(Role.ADMIN)) {
            return Optional.empty();
        }
        var failed = new OutboxFilter(MailStatus.FAILED, null);
        long count = outbox.count(failed);
        if (count == 0) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        var now = Instant.now(clock);
        var card = new AgendaCard("start-failed-mail", ui.getTranslation("start.mail.title"));
        card.summary(ui.getTranslation("start.mail.summary", count));
        for (var mail : outbox.find(failed, 0, SHOWN)) {
            card.item(mail.subject(), OutboxView.ROUTE, ui.getTranslation("start.mail.item", mail.recipient(),
                    Formats.age(mail.createdAt(), now, ui.getLocale())));
        }
        return Optional.of(card.more(ui.getTranslation("start.mail.all"), OutboxView.ROUTE));
    }
}
