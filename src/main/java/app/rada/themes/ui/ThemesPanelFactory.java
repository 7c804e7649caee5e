package app.rada.themes.ui;

import app.rada.journeys.JourneyService;
import app.rada.shared.ui.ThemesPanels;
import app.rada.themes.ThemeService;
import com.vaadin.flow.component.Component;
import jakarta.validation.Validator;

/** Makes the themes panels the journey map and the triage page show their staff. */
@org.springframework.stereotype.Component
class ThemesPanelFactory implements ThemesPanels {

    private final ThemeService themes;
    private final JourneyService journeys;
    private final Validator validator;

    ThemesPanelFactory(ThemeService themes, JourneyService journeys, Validator validator) {
        this.themes = themes;
        this.journeys = journeys;
        this.validator = validator;
    }

    @Override
    public MapThemes forMap(long mapId) {
        return new ThemesPanel(themes, validator, journeys.map(mapId));
    }

    @Override
    public Component forIdeas() {
        return new ThemesPanel(themes, validator, null);
    }
}
