package app.rada.themes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.JourneyService;
import app.rada.journeys.JourneySummary;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ThemesPanelTest extends KaribuTest {

    @Autowired
    JourneyService journeys;

    private long demoMap() {
        // other tests publish maps of their own, which list before the demo's: look through every page
        for (int offset = 0; ; offset += 100) {
            var page = journeys.maps(offset, 100);
            var found = page.stream().filter(m -> m.title().equals("Buying a home appliance online"))
                    .map(JourneySummary::id).findFirst();
            if (found.isPresent() || page.isEmpty()) {
                return found.orElseThrow();
            }
        }
    }

    @Test
    void staff_open_the_themes_of_the_demo_map_and_turn_one_into_an_idea() {
        loginAs("staff");
        long map = demoMap();
        UI.getCurrent().navigate("journeys/" + map);

        var panel = _get(ThemesPanel.class);
        assertThat(panel.getSummaryText()).isEqualTo("Themes in what customers say");
        panel.setOpened(true);

        var titles = _find(panel.cards, H3.class);
        assertThat(titles).hasSizeGreaterThanOrEqualTo(3);
        assertThat(_find(panel.cards, ListItem.class)).isNotEmpty().allMatch(q -> q.getText().startsWith("“"));
        var turn = _find(panel.cards, Button.class).stream().filter(b -> b.getText().equals("Turn into an idea"))
                .findFirst().orElseThrow();
        _click(turn);
        var dialog = _get(ThemeIdeaDialog.class);
        assertThat(dialog.title.getValue()).isNotBlank();
        assertThat(dialog.description.getValue()).contains("say the same thing, for example:");
        _click(dialog.save);

        assertThat(_find(ThemeIdeaDialog.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("ideas/\\d+");
    }

    @Test
    void staff_narrow_the_themes_to_one_touchpoint_of_the_map() {
        loginAs("staff");
        UI.getCurrent().navigate("journeys/" + demoMap());
        var panel = _get(ThemesPanel.class);
        panel.setOpened(true);
        var delivery = panel.place.getListDataView().getItems()
                .filter(p -> p.label().equals("Touchpoint: Delivery address and slot")).findFirst().orElseThrow();

        panel.place.setValue(delivery);

        assertThat(_find(panel.cards, H3.class)).isNotEmpty();
        assertThat(panel.cardList()).allMatch(card -> card.getElement().getTextRecursively().contains("address")
                || card.getElement().getTextRecursively().contains("addresses"));
    }

    @Test
    void staff_plan_a_design_session_about_a_theme_with_its_words_as_topic_and_its_touchpoint_linked() {
        loginAs("staff");
        UI.getCurrent().navigate("journeys/" + demoMap());
        var panel = _get(ThemesPanel.class);
        panel.setOpened(true);
        var label = _find(panel.cards, H3.class).getFirst().getText();
        var plan = _find(panel.cards, Anchor.class).stream().filter(a -> a.getId().orElse("").startsWith("theme-session-"))
                .findFirst().orElseThrow();

        var location = new Location(plan.getHref());
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());

        assertThat(_get(TextField.class, spec -> spec.withId("editor-title")).getValue()).isEqualTo(label);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Purpose")).getValue())
                .contains("say the same thing, for example:");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("editor-touchpoints")).getValue()).hasSize(1);
    }

    @Test
    void staff_see_the_themes_of_the_open_ideas_in_triage() {
        loginAs("staff");
        UI.getCurrent().navigate("staff/ideas");

        var panel = _get(ThemesPanel.class);
        assertThat(panel.getSummaryText()).isEqualTo("Themes among the open ideas");
        assertThat(panel.place.isVisible() && panel.place.getParent().isPresent()).isFalse();
    }

    @Test
    void a_customer_sees_no_themes_on_the_map() {
        loginAs("customer");
        UI.getCurrent().navigate("journeys/" + demoMap());

        assertThat(_find(ThemesPanel.class)).isEmpty();
        assertThat(_find(Button.class)).noneMatch(b -> b.getId().orElse("").startsWith("theme-idea-"));
    }
}
