package app.rada.rewards.ui;

import app.rada.people.OrganisationService;
import app.rada.people.ProfileService;
import app.rada.rewards.BadgeCatalogueService;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.EntryKind;
import app.rada.rewards.LeaderboardPeriod;
import app.rada.rewards.LeaderboardRow;
import app.rada.rewards.LedgerEntry;
import app.rada.rewards.MyPoints;
import app.rada.rewards.Redemption;
import app.rada.rewards.RewardItem;
import app.rada.rewards.RewardService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Confirmations;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A member's rewards: their points (lifetime, spendable, this quarter, rank), badges, the catalogue with a
 * way to redeem, their redemptions, their points history, how points are earned, and the leaderboard for
 * this or last quarter or all time, of everyone or of their organisation, with the choice to stay off it.
 * Lists are read page by page.
 */
@Route(RewardNavigation.REWARDS)
@PermitAll
@Menu(order = 40, title = "nav.rewards", icon = "vaadin:trophy")
@StyleSheet("styles/rewards.css")
class RewardsView extends Main implements HasDynamicTitle {

    static final int CATALOGUE_PAGE = 12;

    private final RewardService rewards;
    private final BadgeCatalogueService badgeStyles;
    private final CatalogueService catalogue;
    private final RadaUser me;
    private final Language language;

    final Div figures = new Div();
    final Div badges = new Div();
    final Div items = new Div();
    final Button moreItems = new Button();
    final Grid<Redemption> redemptions = new Grid<>();
    final Grid<LedgerEntry> history = new Grid<>();
    final LeaderboardPanel leaderboardPanel;
    // the leaderboard's parts that tests reach by their old names
    final Select<LeaderboardPeriod> period;
    final Select<LeaderboardPanel.Scope> scope;
    final Grid<LeaderboardRow> leaderboard;
    final Checkbox showMe;
    private int itemsShown = CATALOGUE_PAGE;
    private MyPoints points;
    private @Nullable ConfirmDialog confirm;

    RewardsView(RewardService rewards, CatalogueService catalogue, OrganisationService organisations,
                ProfileService profiles, BadgeCatalogueService badgeStyles) {
        this.rewards = rewards;
        this.badgeStyles = badgeStyles;
        this.catalogue = catalogue;
        this.me = CurrentUser.require();
        this.language = me.language();
        this.points = rewards.myPoints();
        addClassNames("list-view", "rewards-view");

        add(new H1(getTranslation("rewards.title")), new Paragraph(getTranslation(me.isStaff()
                ? "rewards.intro.staff" : "rewards.intro")));

        figures.setId("rewards-figures");
        figures.addClassName("figure-grid");
        showFigures();
        add(section("rewards.points", "rewards-points", figures));

        badges.setId("rewards-badges");
        badges.addClassName("reward-badges");
        showBadges();
        add(section("rewards.badges", "rewards-badges-section", badges));

        items.setId("rewards-catalogue");
        items.addClassName("reward-items");
        moreItems.setText(getTranslation("rewards.catalogue.more"));
        moreItems.setId("rewards-catalogue-more");
        moreItems.addClickListener(e -> {
            itemsShown += CATALOGUE_PAGE;
            showItems();
        });
        showItems();
        add(section("rewards.catalogue", "rewards-catalogue-section", items, moreItems));

        redemptions.setId("rewards-redemptions");
        redemptions.addColumn(r -> r.name(language)).setHeader(getTranslation("rewards.column.reward")).setFlexGrow(2);
        redemptions.addColumn(r -> getTranslation("rewards.points.value", r.cost()))
                .setHeader(getTranslation("rewards.column.cost")).setAutoWidth(true);
        redemptions.addComponentColumn(r -> RewardTexts.status(this, r.status()))
                .setHeader(getTranslation("rewards.column.status")).setAutoWidth(true);
        redemptions.addColumn(r -> Formats.date(r.requestedAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("rewards.column.requested")).setAutoWidth(true);
        redemptions.addColumn(r -> r.note() == null ? "" : r.note())
                .setHeader(getTranslation("rewards.column.note")).setFlexGrow(2);
        redemptions.setItems(q -> catalogue.myRedemptions(q.getOffset(), q.getLimit()).stream(),
                q -> (int) catalogue.countMyRedemptions());
        redemptions.setEmptyStateText(getTranslation("rewards.redemptions.empty"));
        redemptions.setAllRowsVisible(true);
        add(section("rewards.redemptions", "rewards-redemptions-section", redemptions));

        history.setId("rewards-history");
        history.addColumn(e -> Formats.dateTime(e.createdAt(), getLocale(), Formats.zone()))
                .setHeader(getTranslation("rewards.column.when")).setAutoWidth(true);
        history.addColumn(this::what).setHeader(getTranslation("rewards.column.what")).setFlexGrow(3);
        history.addColumn(this::change).setHeader(getTranslation("rewards.column.points")).setAutoWidth(true);
        history.setItems(q -> rewards.history(me.personId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) rewards.countHistory(me.personId()));
        history.setEmptyStateText(getTranslation("rewards.history.empty"));
        add(section("rewards.history", "rewards-history-section", history));

        var rules = new UnorderedList();
        rules.setId("rewards-rules");
        rewards.rules().stream().filter(r -> r.points() > 0).forEach(r -> rules.add(new ListItem(
                r.dailyCap() == null ? getTranslation("rewards.rule", getTranslation(r.kind().labelKey()), r.points())
                        : getTranslation("rewards.rule.capped", getTranslation(r.kind().labelKey()), r.points(),
                        r.dailyCap()))));
        add(section("rewards.rules", "rewards-rules-section", new Paragraph(getTranslation("rewards.rules.intro")),
                rules));

        leaderboardPanel = new LeaderboardPanel(rewards, organisations, profiles, me, points.hidden(), () -> {
            points = rewards.myPoints();
            showFigures();
        });
        period = leaderboardPanel.period;
        scope = leaderboardPanel.scope;
        leaderboard = leaderboardPanel.leaderboard;
        showMe = leaderboardPanel.showMe;
        add(leaderboardPanel);
    }

    // --- points and badges

    private void showFigures() {
        figures.removeAll();
        if (me.isStaff()) {
            figures.add(new Paragraph(getTranslation("rewards.points.staff")));
            return;
        }
        figures.add(figure("rewards.points.spendable", getTranslation("rewards.points.value", points.spendable()),
                "rewards-spendable"));
        figures.add(figure("rewards.points.lifetime", getTranslation("rewards.points.value", points.lifetime()),
                "rewards-lifetime"));
        figures.add(figure("rewards.points.quarter", getTranslation("rewards.points.value", points.thisQuarter()),
                "rewards-quarter"));
        figures.add(figure("rewards.points.rank", points.rank() == null
                ? getTranslation(points.hidden() ? "rewards.points.rank.hidden" : "rewards.points.rank.none")
                : getTranslation("rewards.points.rank.value", points.rank()), "rewards-rank"));
    }

    private static Div figure(String labelKey, String value, String id) {
        var v = new Span(value);
        v.addClassName("figure-value");
        v.setId(id);
        var box = new Div(v, new Span(v.getTranslation(labelKey)));
        box.addClassName("figure");
        return box;
    }

    private void showBadges() {
        badges.removeAll();
        badges.add(RewardTexts.badges(this, badgeStyles.styles(), rewards.badges(me.personId()), true));
    }

    // --- the catalogue

    private void showItems() {
        items.removeAll();
        var page = catalogue.catalogue(0, itemsShown);
        if (page.isEmpty()) {
            items.add(new Paragraph(getTranslation("rewards.catalogue.empty")));
        }
        page.forEach(item -> items.add(card(item)));
        moreItems.setVisible(catalogue.countCatalogue() > itemsShown);
    }

    private Component card(RewardItem item) {
        var card = new Div();
        card.addClassName("reward-card");
        card.setId("reward-" + item.id());
        if (item.hasImage()) {
            var image = new Image(DownloadHandler.fromInputStream(e -> catalogue.image(item.id())
                    .map(i -> new DownloadResponse(new ByteArrayInputStream(i.content()),
                            "reward-" + item.id(), i.contentType(), i.content().length))
                    .orElse(DownloadResponse.error(404))), item.name(language));
            image.addClassName("reward-image");
            card.add(image);
        }
        var name = new H3(item.name(language));
        var description = new Paragraph(item.description(language));
        description.addClassName("reward-description");
        var cost = new Span(getTranslation("rewards.points.value", item.cost()));
        cost.addClassName("reward-cost");
        var stock = new Span(item.stock() == 0 ? getTranslation("rewards.catalogue.none-left")
                : getTranslation("rewards.catalogue.left", item.stock()));
        stock.addClassName("reward-stock");
        var facts = new Div(cost, stock);
        facts.addClassName("reward-facts");
        card.add(name, description, facts);
        if (!me.isStaff()) {
            var redeem = new Button(getTranslation("rewards.catalogue.redeem"), e -> askToRedeem(item));
            redeem.setId("redeem-" + item.id());
            redeem.addThemeVariants(ButtonVariant.PRIMARY);
            redeem.getElement().setAttribute("aria-label", getTranslation("rewards.catalogue.redeem.label",
                    item.name(language)));
            if (item.stock() == 0 || item.cost() > points.spendable()) {
                redeem.setEnabled(false);
                var why = new Span(getTranslation(item.stock() == 0 ? "rewards.catalogue.none-left"
                        : "rewards.catalogue.short", item.cost() - points.spendable()));
                why.addClassName("reward-why");
                card.add(redeem, why);
            } else {
                card.add(redeem);
            }
        }
        return card;
    }

    private void askToRedeem(RewardItem item) {
        if (confirm != null) {
            confirm.close();
        }
        var dialog = Confirmations.ask(getTranslation("rewards.redeem.title"),
                getTranslation("rewards.redeem.text", item.name(language), item.cost(), points.spendable()),
                getTranslation("rewards.redeem.ok"), () -> {
                    if (confirm != null) {
                        confirm.close();
                    }
                    redeem(item);
                });
        dialog.setId("redeem-confirm");
        dialog.setCancelText(getTranslation("rewards.redeem.cancel"));
        confirm = dialog;
    }

    void redeem(RewardItem item) {
        try {
            catalogue.redeem(item.id());
            Toasts.success(getTranslation("rewards.redeem.done", item.name(language)));
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
        refresh();
    }

    private void refresh() {
        points = rewards.myPoints();
        showFigures();
        showItems();
        redemptions.getDataProvider().refreshAll();
        history.getDataProvider().refreshAll();
    }

    // --- history

    private String what(LedgerEntry e) {
        var label = getTranslation(e.kind().labelKey());
        return e.detail() == null ? label : getTranslation("rewards.history.detail", label, e.detail());
    }

    private String change(LedgerEntry e) {
        if (e.kind() == EntryKind.REDEEMED || e.kind() == EntryKind.RETURNED) {
            return getTranslation("rewards.history.spendable", signed(e.spendablePoints()));
        }
        if (e.kind().isRule() && e.lifetimePoints() == 0) {
            return getTranslation("rewards.history.capped");
        }
        return signed(e.lifetimePoints());
    }

    private static String signed(int points) {
        return points > 0 ? "+" + points : points < 0 ? "−" + Math.abs(points) : "0";
    }

    private Section section(String titleKey, String id, Component... content) {
        return Cards.section(getTranslation(titleKey), id, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rewards");
    }
}
