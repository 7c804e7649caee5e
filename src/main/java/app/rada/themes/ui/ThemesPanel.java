package app.rada.themes.ui;

import app.rada.journeys.JourneyMap;
import app.rada.shared.ui.EmptyState;
import app.rada.shared.ui.ThemesPanels;
import app.rada.themes.ThemeScope;
import app.rada.themes.ThemeService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The recurring themes of a journey map (the whole map, a stage or a touchpoint, chosen here) or of the
 * idea board, as cards. Folded until opened, so a page view never groups texts it does not show.
 */
@StyleSheet("styles/themes.css")
class ThemesPanel extends Details implements ThemesPanels.MapThemes {

    /** A place to look for themes, with its name. */
    record Place(ThemeScope scope, String label) {
    }

    final Select<Place> place = new Select<>();
    final Div cards = new Div();
    final Paragraph note = new Paragraph();
    private final ThemeService themes;
    private final Validator validator;
    private ThemeScope shown;

    ThemesPanel(ThemeService themes, Validator validator, @Nullable JourneyMap map) {
        this.themes = themes;
        this.validator = validator;
        addClassName("themes-panel");
        setId("themes-panel");
        setSummaryText(getTranslation(map == null ? "themes.panel.title.ideas" : "themes.panel.title.map"));
        note.setText(getTranslation(map == null ? "themes.panel.note.ideas" : "themes.panel.note.map"));
        note.addClassName("themes-note");
        cards.addClassName("theme-cards");
        cards.setId("theme-cards");
        cards.getElement().setAttribute("aria-live", "polite");
        var content = new Div(note);
        if (map != null) {
            var places = new ArrayList<Place>();
            places.add(new Place(ThemeScope.map(map.id()), getTranslation("themes.place.map")));
            map.stages().forEach(stage -> {
                places.add(new Place(ThemeScope.stage(map.id(), stage.id()), getTranslation("themes.place.stage", stage.name())));
                stage.touchpoints().forEach(t -> places.add(new Place(ThemeScope.touchpoint(map.id(), t.id()),
                        getTranslation("themes.place.touchpoint", t.name()))));
            });
            place.setLabel(getTranslation("themes.place"));
            place.setItems(places);
            place.setItemLabelGenerator(Place::label);
            place.setId("themes-place");
            place.setValue(places.getFirst());
            place.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    shown = e.getValue().scope();
                    if (isOpened()) {
                        load();
                    }
                }
            });
            content.add(place);
            shown = ThemeScope.map(map.id());
        } else {
            shown = ThemeScope.board();
        }
        content.add(cards);
        add(content);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                load();
            }
        });
    }

    void load() {
        cards.removeAll();
        var found = themes.themes(shown);
        if (found.isEmpty()) {
            cards.add(new EmptyState(getTranslation("themes.panel.empty")));
            return;
        }
        found.forEach(theme -> cards.add(ThemeCard.of(this, theme, t -> new ThemeIdeaDialog(t, themes, validator).open())));
    }

    List<Component> cardList() {
        return cards.getChildren().toList();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void showTouchpoint(long touchpointId) {
        place.getListDataView().getItems().filter(p -> p.scope().kind() == ThemeScope.Kind.TOUCHPOINT
                && p.scope().targetId() == touchpointId).findFirst().ifPresent(place::setValue);
    }
}
