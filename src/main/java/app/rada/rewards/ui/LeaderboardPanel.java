package app.rada.rewards.ui;

import app.rada.people.OrganisationService;
import app.rada.people.ProfileService;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.LeaderboardRow;
import app.rada.rewards.RewardService;
import app.rada.shared.security.RadaUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The leaderboard for this or last quarter or all time, of everyone or of one organisation, with a
 * member's choice to stay off it.
 */
class LeaderboardPanel extends Section {

    /** Whose leaderboard: everyone's (no organisation) or one organisation's. */
    record Scope(@Nullable Long organisationId, String label) {
    }

    final Select<LeaderboardPeriod> period = new Select<>();
    final Select<Scope> scope = new Select<>();
    final Grid<LeaderboardRow> leaderboard = new Grid<>();
    final Checkbox showMe = new Checkbox();

    /** {@code onShownChanged} runs after a member chose to appear on the leaderboard or not. */
    LeaderboardPanel(RewardService rewards, OrganisationService organisations, ProfileService profiles, RadaUser me,
                     boolean hidden, Runnable onShownChanged) {
        addClassName("card");
        setId("rewards-leaderboard-section");
        period.setLabel(getTranslation("rewards.leaderboard.period"));
        period.setItems(LeaderboardPeriod.values());
        period.setItemLabelGenerator(p -> RewardTexts.period(this, p, rewards.quarterStart(p).orElse(null)));
        period.setValue(LeaderboardPeriod.THIS_QUARTER);
        period.setId("leaderboard-period");
        period.setWidth("16rem");

        var scopes = new ArrayList<Scope>();
        scopes.add(new Scope(null, getTranslation("rewards.leaderboard.everyone")));
        if (me.isStaff()) {
            organisations.organisations().forEach(o -> scopes.add(new Scope(o.id(), o.name())));
        } else if (me.organisationId() != null) {
            var name = profiles.profile(me.personId()).organisationName();
            scopes.add(new Scope(me.organisationId(), getTranslation("rewards.leaderboard.mine",
                    name == null ? "" : name)));
        }
        scope.setLabel(getTranslation("rewards.leaderboard.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        scope.setValue(scopes.getFirst());
        scope.setId("leaderboard-scope");
        scope.setWidth("16rem");

        leaderboard.setId("rewards-leaderboard");
        leaderboard.addColumn(LeaderboardRow::rank).setHeader(getTranslation("rewards.column.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        leaderboard.addColumn(r -> r.me() ? getTranslation("rewards.leaderboard.you",
                        r.name().orElse(getTranslation("people.former-member")))
                        : r.name().orElse(getTranslation("people.former-member")))
                .setHeader(getTranslation("rewards.column.name")).setFlexGrow(3);
        leaderboard.addColumn(r -> getTranslation("rewards.points.value", r.points()))
                .setHeader(getTranslation("rewards.column.points")).setAutoWidth(true);
        leaderboard.setPartNameGenerator(r -> r.me() ? "me" : null);
        leaderboard.setItems(q -> rewards.leaderboard(period.getValue(), scope.getValue().organisationId(),
                q.getOffset(), q.getLimit()).stream(),
                q -> (int) rewards.countLeaderboard(period.getValue(), scope.getValue().organisationId()));
        leaderboard.setEmptyStateText(getTranslation("rewards.leaderboard.empty"));
        period.addValueChangeListener(e -> leaderboard.getDataProvider().refreshAll());
        scope.addValueChangeListener(e -> leaderboard.getDataProvider().refreshAll());

        var filters = new Div(period, scope);
        filters.addClassName("filters");
        add(new H2(getTranslation("rewards.leaderboard")), filters, leaderboard);
        if (!me.isStaff()) {
            showMe.setLabel(getTranslation("rewards.leaderboard.show-me"));
            showMe.setValue(!hidden);
            showMe.setId("leaderboard-show-me");
            showMe.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != e.getOldValue()) {
                    rewards.showOnLeaderboard(e.getValue());
                    onShownChanged.run();
                    leaderboard.getDataProvider().refreshAll();
                }
            });
            add(showMe);
        }
    }
}
