package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import app.rada.journeys.JourneyService;
import app.rada.journeys.JourneySummary;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The journey maps: members see the published ones, staff all of them and a way to start a new one.
 * The list is fed page by page.
 */
@Route(JourneyNavigation.LIST)
@PermitAll
@Menu(order = 20, title = "nav.journeys", icon = "vaadin:road-branches")
@StyleSheet("styles/journeys.css")
class JourneysView extends Main implements HasDynamicTitle {

    final Grid<JourneySummary> grid = new Grid<>();
    final Button create = new Button();
    final Paragraph empty = new Paragraph();
    private final JourneyService journeys;
    private final MapEditingService mapEditing;
    private final DraftRules rules;

    JourneysView(JourneyService journeys, MapEditingService mapEditing, DraftRules rules) {
        this.journeys = journeys;
        this.mapEditing = mapEditing;
        this.rules = rules;
        RadaUser me = CurrentUser.require();
        addClassNames("list-view", "journeys-view");
        var heading = new H2(getTranslation("journeys.list.title"));
        var top = new Div(heading);
        top.addClassName("journeys-top");
        if (me.isStaff()) {
            create.setText(getTranslation("journeys.list.create"));
            create.setIcon(VaadinIcon.PLUS.create());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("create-map");
            create.addClickListener(e -> openCreate());
            top.add(create);
        }
        grid.setId("journey-grid");
        grid.addComponentColumn(m -> new Anchor(JourneyNavigation.map(m.id()), m.title()))
                .setHeader(getTranslation("journeys.list.column.title")).setFlexGrow(3);
        grid.addColumn(JourneySummary::persona).setHeader(getTranslation("journeys.list.column.persona")).setFlexGrow(2);
        if (me.isStaff()) {
            grid.addComponentColumn(m -> StatusBadge.of(getTranslation(m.status().labelKey()), "journey-status", m.status()))
                    .setHeader(getTranslation("journeys.list.column.status"));
        }
        grid.addColumn(m -> getTranslation("journeys.list.size", m.stages(), m.touchpoints()))
                .setHeader(getTranslation("journeys.list.column.size")).setFlexGrow(2);
        grid.addColumn(JourneySummary::annotations).setHeader(getTranslation("journeys.list.column.annotations"));
        grid.setItems(q -> journeys.maps(q.getOffset(), q.getLimit()).stream(), q -> (int) journeys.countMaps());
        empty.setText(getTranslation("journeys.list.empty"));
        empty.setVisible(journeys.countMaps() == 0);
        add(top, new Paragraph(getTranslation("journeys.list.intro")), empty, grid);
    }

    void openCreate() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("journeys.create.title"));
        var title = new TextField(getTranslation("journeys.map.title"));
        title.setMaxLength(MapDraft.TITLE_MAX);
        title.setRequired(true);
        title.setId("new-map-title");
        var persona = new TextField(getTranslation("journeys.map.persona"));
        persona.setMaxLength(MapDraft.PERSONA_MAX);
        var description = new TextArea(getTranslation("journeys.map.description"));
        description.setMaxLength(MapDraft.DESCRIPTION_MAX);
        var binder = new Binder<MapDraft>();
        DraftBinding.bind(binder, title, rules, MapDraft.class, "title", MapDraft::title);
        DraftBinding.bind(binder, persona, rules, MapDraft.class, "persona", MapDraft::persona);
        DraftBinding.bind(binder, description, rules, MapDraft.class, "description", MapDraft::description);
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var form = new Div(title, persona, description, error);
        form.addClassName("dialog-form");
        dialog.add(form);
        var save = new Button(getTranslation("journeys.create.save"), e -> {
            try {
                long id = mapEditing.create(new MapDraft(title.getValue(), description.getValue(), persona.getValue()));
                dialog.close();
                UI.getCurrent().navigate(JourneyNavigation.edit(id));
            } catch (Problem problem) {
                error.setText(getTranslation(problem.key(), problem.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("create-map-save");
        dialog.getFooter().add(new Button(getTranslation("journeys.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journeys.list.title");
    }
}
