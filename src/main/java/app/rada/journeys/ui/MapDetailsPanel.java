package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapStatus;
import app.rada.shared.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** A map's title, persona and description, and the buttons that publish, archive or copy it. */
class MapDetailsPanel extends Section {

    final TextField title = new TextField();
    final TextField persona = new TextField();
    final TextArea description = new TextArea();
    final Button saveDetails = new Button();
    final Button publish = new Button();
    final Button archive = new Button();
    final Button duplicate = new Button();
    private final Binder<MapDraft> binder = new Binder<>();

    MapDetailsPanel(JourneyEditView page, MapEditingService mapEditing, DraftRules rules) {
        addClassNames("card", "journey-edit-details");
        DraftBinding.bind(binder, title, rules, MapDraft.class, "title", MapDraft::title);
        DraftBinding.bind(binder, persona, rules, MapDraft.class, "persona", MapDraft::persona);
        DraftBinding.bind(binder, description, rules, MapDraft.class, "description", MapDraft::description);
        title.setMaxLength(MapDraft.TITLE_MAX);
        title.setId("map-title");
        persona.setMaxLength(MapDraft.PERSONA_MAX);
        description.setMaxLength(MapDraft.DESCRIPTION_MAX);
        description.setWidthFull();
        saveDetails.setId("save-details");
        saveDetails.addClickListener(e -> page.act(() -> mapEditing.edit(page.map().id(),
                new MapDraft(title.getValue(), description.getValue(), persona.getValue())), "journeys.edit.saved"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.setId("publish-map");
        publish.addClickListener(e -> page.act(() -> mapEditing.publish(page.map().id()), "journeys.edit.published"));
        archive.setId("archive-map");
        archive.addClickListener(e -> page.act(() -> mapEditing.archive(page.map().id()), "journeys.edit.archived-done"));
        duplicate.setId("duplicate-map");
        duplicate.addClickListener(e -> {
            var shown = page.map();
            try {
                long copy = mapEditing.duplicate(shown.id(), getTranslation("journeys.edit.duplicate.title", shown.title()));
                UI.getCurrent().navigate(JourneyNavigation.edit(copy));
            } catch (Problem problem) {
                page.refused(problem);
            }
        });
    }

    void show(JourneyMap shown) {
        removeAll();
        add(new H2(getTranslation("journeys.edit.details")));
        title.setLabel(getTranslation("journeys.map.title"));
        persona.setLabel(getTranslation("journeys.map.persona"));
        description.setLabel(getTranslation("journeys.map.description"));
        binder.readBean(new MapDraft(shown.title(), shown.description(), shown.persona()));
        saveDetails.setText(getTranslation("journeys.edit.save-details"));
        publish.setText(getTranslation("journeys.edit.publish"));
        publish.setVisible(shown.status() == MapStatus.DRAFT);
        archive.setText(getTranslation("journeys.edit.archive"));
        archive.setVisible(shown.status() != MapStatus.ARCHIVED);
        duplicate.setText(getTranslation("journeys.edit.duplicate"));
        var actions = new Div(saveDetails, publish, archive, duplicate);
        actions.addClassName("row-actions");
        var fields = new Div(title, persona);
        fields.addClassName("edit-fields");
        add(fields, description, actions);
        saveDetails.setEnabled(shown.status() != MapStatus.ARCHIVED);
    }
}
