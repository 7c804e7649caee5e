package app.rada.journeys.ui;

import app.rada.journeys.DraftRules;
import app.rada.journeys.JourneyMap;
import app.rada.journeys.MapVersion;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.VersionLabel;
import app.rada.shared.Problem;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** Saving the map's figures under a name, the versions saved so far, and the way to compare them. */
class VersionsPanel extends Section {

    final TextField versionLabel = new TextField();
    final Button saveVersion = new Button();
    /** Checks the name against the version's rules while staff type; it writes nothing. */
    private final Binder<VersionLabel> binder = new Binder<>();
    private final MapVersionService mapVersions;

    VersionsPanel(JourneyEditView page, MapVersionService mapVersions, DraftRules rules) {
        this.mapVersions = mapVersions;
        addClassNames("card", "journey-edit-versions");
        versionLabel.setMaxLength(MapVersion.LABEL_MAX);
        versionLabel.setId("version-label");
        // the field's own length check would show an empty message; the version's rules speak instead
        binder.setDefaultValidatorsEnabled(false);
        DraftBinding.bind(binder, versionLabel, rules, VersionLabel.class, "label", VersionLabel::label);
        saveVersion.setId("save-version");
        saveVersion.addClickListener(e -> {
            var status = binder.validate();
            if (status.hasErrors()) {
                // the field shows the refusal; the notice also says it, as a refusal from the service would
                status.getFieldValidationErrors().getFirst().getMessage().ifPresent(Toasts::error);
                return;
            }
            try {
                var version = mapVersions.snapshot(page.map().id(), versionLabel.getValue());
                Toasts.success(getTranslation("journeys.version.saved", version.number()));
                page.reload();
            } catch (Problem problem) {
                page.refused(problem);
            }
        });
    }

    void show(JourneyMap shown) {
        removeAll();
        add(new H2(getTranslation("journeys.version.title")), new Paragraph(getTranslation("journeys.version.intro")));
        versionLabel.setLabel(getTranslation("journeys.version.label"));
        saveVersion.setText(getTranslation("journeys.version.save"));
        var adder = new Div(versionLabel, saveVersion);
        adder.addClassName("edit-adder");
        add(adder);
        var versions = mapVersions.versions(shown.id());
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("journeys.version.none")));
        } else {
            var list = new OrderedList();
            versions.forEach(v -> list.add(new ListItem(getTranslation("journeys.version.item", v.number(), v.label(),
                    Formats.date(v.createdAt(), getLocale(), Formats.zone())))));
            var compare = new Anchor(JourneyNavigation.compare(shown.id()), getTranslation("journeys.version.compare"));
            compare.setId("compare-versions");
            add(list, compare);
        }
    }
}
