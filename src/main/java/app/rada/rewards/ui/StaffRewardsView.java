package app.rada.rewards.ui;

import app.rada.people.PeopleDirectory;
import app.rada.people.PersonName;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.EntryKind;
import app.rada.rewards.Redemption;
import app.rada.rewards.RedemptionStatus;
import app.rada.rewards.RewardItem;
import app.rada.rewards.RewardService;
import app.rada.shared.Role;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import app.rada.rewards.RedemptionExport;

/**
 * Staff's rewards desk: the queue of redemptions to approve, reject (with a reason the member reads) or
 * mark as handed over, and points added or taken by hand. Admins also keep the catalogue and the point
 * rules here.
 */
@Route(RewardNavigation.STAFF)
@RolesAllowed(Roles.STAFF)
@Menu(order = 720, title = "nav.staff-rewards", icon = "vaadin:gift")
@StyleSheet("styles/rewards.css")
class StaffRewardsView extends Main implements HasDynamicTitle {

    /** Which redemptions the queue shows. */
    enum QueueFilter {
        OPEN(CatalogueService.OPEN),
        PENDING(EnumSet.of(RedemptionStatus.PENDING)),
        APPROVED(EnumSet.of(RedemptionStatus.APPROVED)),
        FULFILLED(EnumSet.of(RedemptionStatus.FULFILLED)),
        REJECTED(EnumSet.of(RedemptionStatus.REJECTED));

        final Set<RedemptionStatus> statuses;

        QueueFilter(Collection<RedemptionStatus> statuses) {
            this.statuses = Set.copyOf(statuses);
        }

        String labelKey() {
            return "rewards.staff.queue." + name().toLowerCase(Locale.ROOT);
        }
    }

    final RedemptionQueuePanel queuePanel;
    final ManualPointsPanel manualPanel;
    final @Nullable CataloguePanel cataloguePanel;
    final @Nullable PointRulesPanel rulesPanel;

    // the panels' parts that tests and the page reach by their old names
    final Select<QueueFilter> filter;
    final Grid<Redemption> queue;
    final ComboBox<PersonName> person;
    final Span balance;
    final IntegerField amount;
    final TextField reason;
    final Button award;
    final Button deduct;
    final @Nullable Grid<RewardItem> items;
    final Map<EntryKind, IntegerField[]> ruleFields;
    final @Nullable Button saveRules;

    StaffRewardsView(RewardService rewards, CatalogueService catalogue, PeopleDirectory people, Validator validator,
                     RedemptionExport redemptionExport) {
        var me = CurrentUser.require();
        var language = me.language();
        addClassNames("list-view", "staff-rewards-view");
        add(new H1(getTranslation("rewards.staff.title")), new Paragraph(getTranslation("rewards.staff.intro")));
        queuePanel = new RedemptionQueuePanel(catalogue, redemptionExport, language, validator);
        manualPanel = new ManualPointsPanel(rewards, people, validator);
        add(queuePanel, manualPanel);
        if (me.has(Role.ADMIN)) {
            cataloguePanel = new CataloguePanel(catalogue, language, validator);
            rulesPanel = new PointRulesPanel(rewards, validator);
            add(cataloguePanel, rulesPanel);
        } else {
            cataloguePanel = null;
            rulesPanel = null;
        }
        filter = queuePanel.filter;
        queue = queuePanel.queue;
        person = manualPanel.person;
        balance = manualPanel.balance;
        amount = manualPanel.amount;
        reason = manualPanel.reason;
        award = manualPanel.award;
        deduct = manualPanel.deduct;
        items = cataloguePanel == null ? null : cataloguePanel.items;
        ruleFields = rulesPanel == null ? Map.of() : rulesPanel.ruleFields;
        saveRules = rulesPanel == null ? null : rulesPanel.save;
    }

    /** The reward editor open now, if an admin opened one. */
    @Nullable RewardForm form() {
        return cataloguePanel == null ? null : cataloguePanel.form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-rewards");
    }
}
