package app.rada.people.ui;

import app.rada.people.InvitationService;
import app.rada.shared.Role;
import app.rada.shared.ui.AgendaCard;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.StartCard;
import app.rada.shared.ui.StartContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;

/** For administrators, on the start page: people invited who have not accepted yet. */
@org.springframework.stereotype.Component
class InvitationStartCard implements StartCard {

    private static final int SHOWN = 5;

    private final InvitationService invitations;

    InvitationStartCard(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Component> create(StartContext context) {
        if (!context.user().has(Role.ADMIN)) {
            return Optional.empty();
        }
        long pending = invitations.countPending();
        if (pending == 0) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        var card = new AgendaCard("start-invitations", ui.getTranslation("start.invitations.title"));
        card.summary(ui.getTranslation("start.invitations.summary", pending));
        for (var invitation : invitations.pending(SHOWN)) {
            card.item(invitation.name(), PeopleNavigation.INVITATIONS, ui.getTranslation("start.invitations.item",
                    invitation.email(), Formats.date(invitation.expiresAt(), ui.getLocale(), Formats.zone())));
        }
        return Optional.of(card.more(ui.getTranslation("start.invitations.all"), PeopleNavigation.INVITATIONS));
    }
}
